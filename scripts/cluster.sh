#!/usr/bin/env bash
# The bot as a small cluster on one machine: nginx in front of three Rasa servers and
# two action servers, sharing PostgreSQL (conversations and the project's tables) and
# Redis (the conversation lock store, endpoints.scale.yml). Everything runs in the
# background and keeps running after this script ends.
#
#   scripts/cluster.sh up       start it (make cluster); returns when every server answers
#   scripts/cluster.sh down     stop it (make cluster-down); nothing running is fine
#   scripts/cluster.sh status   each process with its pid, port and health
#
# Settings (environment); relative paths are relative to the repository:
#   CLUSTER_PORT           nginx's public port for the page, REST and socket.io, on all
#                          interfaces (8080)
#   CLUSTER_DIR            pid files <name>.pid, logs <name>.log, <name>.port, the rendered
#                          nginx.conf, nginx-access.log (one JSON object per request),
#                          nginx-error.log and nginx's temporary files (var/cluster)
#   RASA_PORTS             the Rasa servers' ports, one server each ("5105 5106 5107")
#   ACTION_PORTS           the action servers' ports, one server each ("5155 5156")
#   ACTION_LB_PORT         nginx's internal listener (127.0.0.1 only) that balances the
#                          action servers; every Rasa server's ACTION_SERVER_URL is
#                          http://127.0.0.1:$ACTION_LB_PORT/webhook (CLUSTER_PORT + 1)
#   DATABASE_URL           the SQL tracker store and the project's tables
#                          (postgresql://postgres@127.0.0.1:5432/test)
#   REDIS_URL              the lock store, redis://host[:port][/db], no password
#                          (redis://127.0.0.1:6379/1); exported to endpoints.scale.yml as
#                          REDIS_HOST, REDIS_PORT and REDIS_DB
#   COACH_ALLOWED_ORIGINS  origins of intranet pages that embed the widget (comma-separated)
#   MODEL                  the trained model (models/gesprekscoach.tar.gz)
#   CLUSTER_START_TIMEOUT  seconds `up` waits for every server to answer (240)
#
# Processes (names of the pid and log files): actions-1, actions-2, rasa-1, rasa-2,
# rasa-3 (one per port in ACTION_PORTS and RASA_PORTS) and nginx.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

export RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=3 PYTHONWARNINGS=ignore SQLALCHEMY_SILENCE_UBER_WARNING=1

# Makes a path absolute, relative to the repository.
absolute() {
  case "$1" in
    /*) printf '%s\n' "$1" ;;
    *) printf '%s\n' "$ROOT/$1" ;;
  esac
}

CLUSTER_PORT=${CLUSTER_PORT:-8080}
CLUSTER_DIR=$(absolute "${CLUSTER_DIR:-var/cluster}")
RASA_PORTS=${RASA_PORTS:-5105 5106 5107}
ACTION_PORTS=${ACTION_PORTS:-5155 5156}
ACTION_LB_PORT=${ACTION_LB_PORT:-$((CLUSTER_PORT + 1))}
DATABASE_URL=${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/test}
REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379/1}
MODEL=$(absolute "${MODEL:-models/gesprekscoach.tar.gz}")
CLUSTER_START_TIMEOUT=${CLUSTER_START_TIMEOUT:-240}
PY=$ROOT/.venv/bin/python
read -r -a rasa_ports <<< "$RASA_PORTS"
read -r -a action_ports <<< "$ACTION_PORTS"

die() { echo "error: $*" >&2; exit 1; }

# ---------------------------------------------------------------- processes

# The names of the processes that have a pid file, in start order (the action servers,
# the Rasa servers, nginx); with "stop", in stop order (nginx first).
pid_file_names() {
  local file name prefix prefixes=(actions- rasa- nginx)
  [ "${1:-}" = stop ] && prefixes=(nginx rasa- actions-)
  for prefix in "${prefixes[@]}"; do
    for file in "$CLUSTER_DIR/$prefix"*.pid; do
      [ -e "$file" ] || continue
      name=$(basename "$file" .pid)
      printf '%s\n' "$name"
    done
  done
}

# What a process's command line must contain to be ours: a recycled pid that now
# belongs to another program is never signalled.
is_ours() {
  local pid=$1 name=$2 cmdline
  cmdline=$(tr '\0' ' ' 2>/dev/null < "/proc/$pid/cmdline") || return 1
  case "$name" in
    nginx) [[ "$cmdline" == *nginx* && "$cmdline" == *"$CLUSTER_DIR"* ]] ;;
    *) [[ "$cmdline" == *components.server* ]] ;;
  esac
}

# The pid of a running process of ours, from its pid file; nothing if it is not running.
live_pid() {
  local name=$1 pid
  pid=$(cat "$CLUSTER_DIR/$name.pid" 2>/dev/null) || return 1
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null && is_ours "$pid" "$name" || return 1
  printf '%s\n' "$pid"
}

# The URL that answers 200 once a process is ready.
health_url() {
  local name=$1 port=$2
  case "$name" in
    rasa-*) printf 'http://127.0.0.1:%s/\n' "$port" ;;
    actions-*) printf 'http://127.0.0.1:%s/health\n' "$port" ;;
    nginx) printf 'http://127.0.0.1:%s/coach/\n' "$port" ;;
  esac
}

healthy() {
  local name=$1 port
  port=$(cat "$CLUSTER_DIR/$name.port" 2>/dev/null) || return 1
  curl -fs -o /dev/null --max-time 3 "$(health_url "$name" "$port")"
}

# Starts a process detached from this script (its own session, SIGHUP ignored), with
# stdout and stderr in <name>.log; the process itself writes its pid to <name>.pid
# before it becomes the program, so the pid file holds the program's own pid.
launch() {
  local name=$1 port=$2
  shift 2
  printf '%s\n' "$port" > "$CLUSTER_DIR/$name.port"
  rm -f "$CLUSTER_DIR/$name.pid"
  echo "=== $(date '+%F %T') scripts/cluster.sh up: $*" >> "$CLUSTER_DIR/$name.log"
  # shellcheck disable=SC2016 # $$ and $0 belong to the inner shell
  setsid nohup sh -c 'echo $$ > "$0"; exec "$@"' "$CLUSTER_DIR/$name.pid" "$@" \
    < /dev/null >> "$CLUSTER_DIR/$name.log" 2>&1 &
  disown $!  # no "Killed" notice from this shell when the process is ended
  for _ in $(seq 1 50); do
    [ -s "$CLUSTER_DIR/$name.pid" ] && return 0
    sleep 0.1
  done
  die "$name did not start (see $CLUSTER_DIR/$name.log)"
}

# The last lines a process wrote since this script last started it.
log_tail() {
  local name=$1 lines=$2
  awk '/^=== .* scripts\/cluster.sh up: /{n=0} {buf[++n]=$0} END{for(i=1;i<=n;i++) print buf[i]}' \
    "$CLUSTER_DIR/$name.log" 2>/dev/null | tail -n "$lines"
}

# Stops every process that has a pid file: SIGTERM, up to 20 s, then SIGKILL. Removes
# the pid files. Prints what it stopped.
stop_all() {
  local name pid names=() pids=() stale=()
  while read -r name; do
    [ -n "$name" ] || continue
    if pid=$(live_pid "$name"); then
      names+=("$name"); pids+=("$pid")
    else
      stale+=("$name")
    fi
  done < <(pid_file_names stop)
  if [ ${#stale[@]} -gt 0 ]; then
    echo "not running any more: ${stale[*]} (pid files removed)"
  fi
  if [ ${#pids[@]} -eq 0 ]; then
    rm -f "$CLUSTER_DIR"/*.pid "$CLUSTER_DIR"/*.port
    echo "nothing is running in $CLUSTER_DIR"
    return 0
  fi
  # nginx first, so no request reaches a server that is stopping.
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  local deadline=$((SECONDS + 20)) alive
  while :; do
    alive=()
    for i in "${!pids[@]}"; do
      if kill -0 "${pids[$i]}" 2>/dev/null && is_ours "${pids[$i]}" "${names[$i]}"; then alive+=("$i"); fi
    done
    [ ${#alive[@]} -eq 0 ] && break
    if [ $SECONDS -ge $deadline ]; then
      for i in "${alive[@]}"; do
        echo "${names[$i]} (pid ${pids[$i]}) did not stop within 20 s: killing it"
        kill -KILL "${pids[$i]}" 2>/dev/null || true
      done
      sleep 0.5
      break
    fi
    sleep 0.2
  done
  for i in "${!pids[@]}"; do echo "stopped ${names[$i]} (pid ${pids[$i]})"; done
  rm -f "$CLUSTER_DIR"/*.pid "$CLUSTER_DIR"/*.port
}

# One line per process: name, pid, port, health, log. Returns 1 when one is down.
print_table() {
  local name pid port health status=0
  printf '  %-10s %-8s %-6s %-7s %s\n' process pid port health log
  while read -r name; do
    [ -n "$name" ] || continue
    pid=$(live_pid "$name") || pid="-"
    port=$(cat "$CLUSTER_DIR/$name.port" 2>/dev/null) || port="-"
    if [ "$pid" != "-" ] && healthy "$name"; then health=ok; else health=down; status=1; fi
    printf '  %-10s %-8s %-6s %-7s %s\n' "$name" "$pid" "$port" "$health" "$CLUSTER_DIR/$name.log"
  done < <(pid_file_names)
  return $status
}

# ---------------------------------------------------------------- settings

# REDIS_URL into the REDIS_HOST, REDIS_PORT and REDIS_DB that endpoints.scale.yml reads.
parse_redis_url() {
  local pattern='^redis://([^/@:]+)(:([0-9]+))?(/([0-9]+))?/?$'
  [[ "$REDIS_URL" =~ $pattern ]] \
    || die "REDIS_URL must look like redis://host[:port][/db] (no password: endpoints.scale.yml has none), not '$REDIS_URL'"
  export REDIS_HOST=${BASH_REMATCH[1]} REDIS_PORT=${BASH_REMATCH[3]:-6379} REDIS_DB=${BASH_REMATCH[5]:-0}
}

check_ports() {
  local all=("$CLUSTER_PORT" "$ACTION_LB_PORT" "${rasa_ports[@]}" "${action_ports[@]}") busy
  [ ${#rasa_ports[@]} -gt 0 ] || die "RASA_PORTS is empty"
  [ ${#action_ports[@]} -gt 0 ] || die "ACTION_PORTS is empty"
  for port in "${all[@]}"; do
    [[ "$port" =~ ^[0-9]+$ ]] && [ "$port" -gt 0 ] && [ "$port" -lt 65536 ] || die "'$port' is not a port"
  done
  if [ "$(printf '%s\n' "${all[@]}" | sort -u | wc -l)" -ne ${#all[@]} ]; then
    die "the ports must all differ: CLUSTER_PORT=$CLUSTER_PORT ACTION_LB_PORT=$ACTION_LB_PORT RASA_PORTS='$RASA_PORTS' ACTION_PORTS='$ACTION_PORTS'"
  fi
  # A port is free when it can be bound on all interfaces (a listener on any address,
  # IPv4 or IPv6, is in the way).
  busy=$("$PY" - "${all[@]}" <<'PY'
import socket
import sys

busy = []
for port in sys.argv[1:]:
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("0.0.0.0", int(port)))
        except OSError:
            busy.append(port)
print(" ".join(busy))
PY
)
  [ -z "$busy" ] || die "port(s) $busy already in use: stop what uses them, or choose others (CLUSTER_PORT, ACTION_LB_PORT, RASA_PORTS, ACTION_PORTS)"
}

# deploy/nginx.conf.template into $CLUSTER_DIR/nginx.conf: only this script's names are
# substituted; nginx's own $variables stay.
render_nginx_conf() {
  local rasa_servers="" action_servers="" port
  for port in "${rasa_ports[@]}"; do
    rasa_servers+="        server 127.0.0.1:$port max_fails=1 fail_timeout=5s;"$'\n'
  done
  for port in "${action_ports[@]}"; do
    action_servers+="        server 127.0.0.1:$port max_fails=1 fail_timeout=5s;"$'\n'
  done
  CLUSTER_DIR="$CLUSTER_DIR" CLUSTER_PORT="$CLUSTER_PORT" ACTION_LB_PORT="$ACTION_LB_PORT" \
  RASA_SERVERS="${rasa_servers%$'\n'}" ACTION_SERVERS="${action_servers%$'\n'}" \
    "$PY" - deploy/nginx.conf.template "$CLUSTER_DIR/nginx.conf" <<'PY'
import os
import re
import string
import sys

names = ("CLUSTER_DIR", "CLUSTER_PORT", "ACTION_LB_PORT", "RASA_SERVERS", "ACTION_SERVERS")
source, target = sys.argv[1:]
text = string.Template(open(source, encoding="utf-8").read()).safe_substitute(
    {name: os.environ[name] for name in names})
left = re.findall(r"\$\{[A-Z_]+\}", text)
if left:
    sys.exit(f"{source}: no value for {', '.join(sorted(set(left)))}")
with open(target, "w", encoding="utf-8") as out:
    out.write(text)
PY
}

find_nginx() {
  if command -v nginx >/dev/null 2>&1; then command -v nginx
  elif [ -x /usr/sbin/nginx ]; then echo /usr/sbin/nginx
  else return 1
  fi
}

# ---------------------------------------------------------------- commands

started=""
# When `up` fails or is interrupted, whatever it started is stopped again.
cleanup_failed_start() {
  if [ -n "$started" ]; then
    echo "stopping what was started…" >&2
    stop_all >&2 || true
  fi
}

cmd_up() {
  [ -x "$PY" ] || die ".venv is missing: run make setup (or make cluster)"
  [ -f "$MODEL" ] || die "no trained model at $MODEL: run make train (or make cluster)"
  local nginx
  if ! nginx=$(find_nginx); then
    scripts/install-nginx.sh
    nginx=$(find_nginx) || die "nginx is still not installed"
  fi
  mkdir -p "$CLUSTER_DIR/tmp"

  local name pid
  while read -r name; do
    [ -n "$name" ] || continue
    if pid=$(live_pid "$name"); then
      die "a cluster is already running in $CLUSTER_DIR ($name has pid $pid): stop it first with make cluster-down"
    fi
  done < <(pid_file_names)
  rm -f "$CLUSTER_DIR"/*.pid "$CLUSTER_DIR"/*.port
  check_ports
  parse_redis_url
  export DATABASE_URL
  export ACTION_SERVER_URL="http://127.0.0.1:${ACTION_LB_PORT}/webhook"

  # Fail before starting anything when a scenario file is broken or the database
  # cannot be reached; bring the schema up to date (once, for every server).
  "$PY" -m bot.persona.check
  "$PY" -m bot.storage.migrate
  render_nginx_conf
  "$nginx" -t -q -p "$CLUSTER_DIR/" -e "$CLUSTER_DIR/nginx-error.log" -c "$CLUSTER_DIR/nginx.conf" \
    || die "the rendered $CLUSTER_DIR/nginx.conf is not valid (see above)"

  # Cross-origin requests are answered only for COACH_ALLOWED_ORIGINS, as in serve.sh.
  local cors=() origins origin
  IFS=',' read -r -a origins <<< "${COACH_ALLOWED_ORIGINS:-}"
  for origin in "${origins[@]}"; do [ -n "${origin// /}" ] && cors+=("${origin// /}"); done
  [ ${#cors[@]} -gt 0 ] && cors=(--cors "${cors[@]}")

  trap cleanup_failed_start EXIT
  trap 'exit 130' INT TERM
  started=1
  local i
  for i in "${!action_ports[@]}"; do
    launch "actions-$((i + 1))" "${action_ports[$i]}" \
      "$PY" -m components.server run actions --actions actions --port "${action_ports[$i]}"
  done
  for i in "${!rasa_ports[@]}"; do
    launch "rasa-$((i + 1))" "${rasa_ports[$i]}" \
      "$PY" -m components.server run --model "$MODEL" --port "${rasa_ports[$i]}" \
      --endpoints endpoints.scale.yml --credentials credentials.yml "${cors[@]}"
  done
  launch nginx "$CLUSTER_PORT" \
    "$nginx" -p "$CLUSTER_DIR/" -e "$CLUSTER_DIR/nginx-error.log" -c "$CLUSTER_DIR/nginx.conf" -g 'daemon off;'

  echo "starting $(pid_file_names | wc -l) processes; the servers warm up before they answer (up to ${CLUSTER_START_TIMEOUT} s)…"
  local deadline=$((SECONDS + CLUSTER_START_TIMEOUT)) waiting
  while :; do
    waiting=()
    while read -r name; do
      if ! live_pid "$name" >/dev/null; then
        echo "error: $name stopped during start-up; the end of $CLUSTER_DIR/$name.log:" >&2
        log_tail "$name" 30 >&2 || true
        exit 1
      fi
      # nginx is asked last: asked before a Rasa server listens, it would mark that
      # server failed for fail_timeout (5 s).
      if [ "$name" = nginx ] && [ ${#waiting[@]} -gt 0 ]; then waiting+=(nginx); continue; fi
      healthy "$name" || waiting+=("$name")
    done < <(pid_file_names)
    [ ${#waiting[@]} -eq 0 ] && break
    if [ $SECONDS -ge $deadline ]; then
      echo "error: not answering after ${CLUSTER_START_TIMEOUT} s: ${waiting[*]}" >&2
      for name in "${waiting[@]}"; do
        echo "--- the end of $CLUSTER_DIR/$name.log:" >&2
        log_tail "$name" 15 >&2 || true
      done
      exit 1
    fi
    sleep 1
  done
  trap - EXIT INT TERM
  started=""

  cat <<MSG

Gesprekscoach is running as a cluster: nginx on port ${CLUSTER_PORT} in front of ${#rasa_ports[@]} Rasa servers and ${#action_ports[@]} action servers.
  Practice:  http://localhost:${CLUSTER_PORT}/coach/
  Widget:    <script src="http://localhost:${CLUSTER_PORT}/coach/widget.js" data-scenario="babette"></script>
  REST:      POST http://localhost:${CLUSTER_PORT}/webhooks/rest/webhook  {"sender": "me", "message": "/start{\"scenario\":\"babette\"}"}
  Database:  $(sed -E 's#//([^:/@]*):[^@/]*@#//\1:***@#' <<< "$DATABASE_URL")   Redis: ${REDIS_URL}
MSG
  print_table || true
  echo "stop with: make cluster-down"
}

cmd_status() {
  if [ -z "$(pid_file_names)" ]; then
    echo "no cluster in $CLUSTER_DIR"
    return 1
  fi
  print_table
}

case "${1:-}" in
  up) cmd_up ;;
  down) stop_all ;;
  status) cmd_status ;;
  *) echo "usage: $0 up|down|status   (settings: see the top of this script)" >&2; exit 2 ;;
esac
