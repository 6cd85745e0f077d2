#!/usr/bin/env bash
# Practise in the terminal: `rasa shell` with its own action server (port 5056 by
# default, so it can run beside `make run`). Ctrl-C or /stop then Ctrl-D to leave.
set -euo pipefail
cd "$(dirname "$0")/.."
export RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=3 PYTHONWARNINGS=ignore SQLALCHEMY_SILENCE_UBER_WARNING=1
ACTION_PORT=${SHELL_ACTION_PORT:-5056}
mkdir -p var
export DATABASE_URL=${DATABASE_URL:-sqlite:///$PWD/var/gesprekscoach.db}
export ACTION_SERVER_URL=http://127.0.0.1:${ACTION_PORT}/webhook
.venv/bin/python -m bot.persona.check >/dev/null
.venv/bin/python -m bot.storage.migrate >/dev/null
.venv/bin/rasa run actions --actions actions --port "$ACTION_PORT" >var/shell-actions.log 2>&1 &
actions=$!
trap 'kill $actions 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:${ACTION_PORT}/health" >/dev/null 2>&1 && break; sleep 1; done
cat <<'MSG'
Start with /start{"scenario":"babette"} (or rooster, overleg); /hint for a tip, /stop for the debrief.
MSG
.venv/bin/rasa shell --model models/gesprekscoach.tar.gz --endpoints endpoints.yml
