#!/bin/sh
# Container entry point: migrate, then serve. The scheduler runs as its own service.
set -e
flask --app backend db upgrade
exec gunicorn --bind 0.0.0.0:8000 --workers "${WEB_WORKERS:-2}" --threads 4 --access-logfile - backend.wsgi:app
