#!/usr/bin/env bash
# Start the action server and the Rasa server together; Ctrl-C stops both.
#   scripts/serve.sh [extra rasa run args]
# Settings (environment): RASA_PORT (5005), ACTION_PORT (5055), DATABASE_URL
# (sqlite:///var/gesprekscoach.db), MODEL (models/gesprekscoach.tar.gz),
# COACH_ALLOWED_ORIGINS (origins of intranet pages that embed the widget), REDIS_HOST
# (Redis lock store for several Rasa servers), COACH_RETENTION_DAYS (365).
set -euo pipefail
cd "$(dirname "$0")/.."
export RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=3 PYTHONWARNINGS=ignore SQLALCHEMY_SILENCE_UBER_WARNING=1
RASA_PORT=${RASA_PORT:-5005}
ACTION_PORT=${ACTION_PORT:-5055}
MODEL=${MODEL:-models/gesprekscoach.tar.gz}
mkdir -p var
export DATABASE_URL=${DATABASE_URL:-sqlite:///$PWD/var/gesprekscoach.db}
export ACTION_SERVER_URL=${ACTION_SERVER_URL:-http://127.0.0.1:${ACTION_PORT}/webhook}

pids=()
stop() {
  trap - INT TERM EXIT
  echo; echo "stopping…"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop INT TERM EXIT

# Fail before starting anything when a scenario file is broken or the database
# cannot be reached; bring the schema up to date.
.venv/bin/python -m bot.persona.check
.venv/bin/python -m bot.storage.migrate

# Both servers warm up before they listen (components/server.py): they answer, and this
# script says the bot is running, only when a first turn is as fast as any other.
.venv/bin/python -m components.server run actions --actions actions --port "$ACTION_PORT" &
pids+=($!)
# Rasa's HTTP API (--enable-api) stays off: it would let anyone read or replace
# conversations and models. Cross-origin requests are answered only for the origins in
# COACH_ALLOWED_ORIGINS (comma-separated), for the widget on intranet pages.
cors=()
IFS=',' read -r -a origins <<< "${COACH_ALLOWED_ORIGINS:-}"
for origin in "${origins[@]}"; do [ -n "${origin// /}" ] && cors+=("${origin// /}"); done
[ ${#cors[@]} -gt 0 ] && set -- --cors "${cors[@]}" "$@"
# With REDIS_HOST set, conversations are locked in Redis (endpoints.scale.yml): the
# set-up for several Rasa servers behind a load balancer.
ENDPOINTS=endpoints.yml
if [ -n "${REDIS_HOST:-}" ]; then
  export REDIS_PORT=${REDIS_PORT:-6379} REDIS_DB=${REDIS_DB:-1}
  ENDPOINTS=endpoints.scale.yml
fi
.venv/bin/python -m components.server run --model "$MODEL" --port "$RASA_PORT" \
  --endpoints "$ENDPOINTS" --credentials credentials.yml "$@" &
pids+=($!)

for _ in $(seq 1 180); do
  if curl -fs "http://127.0.0.1:${RASA_PORT}/" >/dev/null 2>&1 \
     && curl -fs "http://127.0.0.1:${ACTION_PORT}/health" >/dev/null 2>&1; then
    cat <<MSG

Gesprekscoach is running.
  Practice:  http://localhost:${RASA_PORT}/coach/
  Widget:    <script src="http://localhost:${RASA_PORT}/coach/widget.js" data-scenario="babette"></script>
  REST:      POST http://localhost:${RASA_PORT}/webhooks/rest/webhook  {"sender": "me", "message": "/start{\"scenario\":\"babette\"}"}
  Actions:   http://localhost:${ACTION_PORT}/health
  Terminal:  make shell   (in another terminal)
Press Ctrl-C to stop both servers.
MSG
    break
  fi
  for pid in "${pids[@]}"; do
    kill -0 "$pid" 2>/dev/null || { echo "a server stopped during start-up; see the log above" >&2; exit 1; }
  done
  sleep 1
done
wait -n "${pids[@]}"
echo "a server stopped; stopping the other" >&2
