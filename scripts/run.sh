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

# The one scheduler (follow-up rules and mail delivery) runs next to gunicorn, never
# inside it: each worker would start its own. It stops when gunicorn stops.
"${flask[@]}" scheduler &
scheduler_pid=$!
.venv/bin/gunicorn --bind "127.0.0.1:$port" --workers 2 --threads 4 --access-logfile - backend.wsgi:app &
gunicorn_pid=$!
trap 'kill -TERM "$gunicorn_pid" 2>/dev/null || true' INT TERM
status=0
# `wait` returns early when a signal arrives; keep waiting until gunicorn has really exited.
while kill -0 "$gunicorn_pid" 2>/dev/null; do wait "$gunicorn_pid" || status=$?; done
kill -TERM "$scheduler_pid" 2>/dev/null || true
wait "$scheduler_pid" 2>/dev/null || true
exit "$status"
