#!/usr/bin/env bash
# Installs what BoothMate needs on Debian; cheap to run again (skips what is there).
#   scripts/setup.sh        the app
#   scripts/setup.sh test   the app plus test tools (Chromium, pytest, Playwright, aiosmtpd)
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-app}"

sudo_() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_lists=(scripts/apt-packages.txt)
[ "$mode" = test ] && apt_lists+=(scripts/apt-packages-test.txt)
wanted=$(grep -hv '^\s*\(#\|$\)' "${apt_lists[@]}")
missing=$(for p in $wanted; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || echo "$p"; done)
if [ -n "$missing" ]; then
  echo "Installing Debian packages: $(echo $missing)"
  sudo_ apt-get update -qq
  sudo_ env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
reqs=requirements.txt
[ "$mode" = test ] && reqs=requirements-dev.txt
stamp=".venv/.installed-$(cat requirements*.txt | sha256sum | cut -c1-16)-$mode"
if [ ! -f "$stamp" ]; then
  .venv/bin/pip install -q --disable-pip-version-check -r "$reqs"
  touch "$stamp"
fi

# The booth app's npm packages; Debian's nodejs comes without npm, so ask for both.
if ! command -v npm >/dev/null; then
  sudo_ apt-get update -qq
  sudo_ env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
if [ -f pwa/package-lock.json ] && [ ! -f pwa/node_modules/.package-lock.json -o pwa/package-lock.json -nt pwa/node_modules/.package-lock.json ]; then
  (cd pwa && npm ci --no-audit --no-fund --loglevel=error)
fi
