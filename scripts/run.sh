#!/usr/bin/env bash
# Installs, migrates, makes a demo login if there is none, and serves BoothMate on
# http://127.0.0.1:${PORT:-5000}. Data lives in ./instance unless BOOTHMATE_DATA_DIR says otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh app

export BOOTHMATE_DATA_DIR="${BOOTHMATE_DATA_DIR:-$PWD/instance}"
mkdir -p "$BOOTHMATE_DATA_DIR"
flask=(.venv/bin/flask --app backend)
"${flask[@]}" db upgrade >/dev/null

login_file="$BOOTHMATE_DATA_DIR/demo-login.txt"
if [ ! -f "$login_file" ]; then
  password=$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(9))')
  "${flask[@]}" demo-data --email demo@boothmate.local --password "$password"
  (umask 077; printf 'email: demo@boothmate.local\npassword: %s\n' "$password" > "$login_file")
fi

port="${PORT:-5000}"
echo
echo "BoothMate is running on http://127.0.0.1:$port"
echo "Demo login ($login_file):"
sed 's/^/  /' "$login_file"
echo

exec .venv/bin/gunicorn --bind "127.0.0.1:$port" --workers 2 --threads 4 --access-logfile - backend.wsgi:app
