# shellcheck shell=bash disable=SC2034,SC2154  # variables shared with bench/run.sh, which sources this
# The local stack for one benchmark run: ./accountable up on a throw-away home, its processes, and
# the HTTP calls that load data through the REST APIs. Sourced by bench/run.sh.

service_names=(client-service quota-service compliance-service notification-service)
declare -A service_port=([client-service]=8081 [quota-service]=8082 [compliance-service]=8083 [notification-service]=8084)

stack_pid=""

# Starts ./accountable up with its data under $home and waits until it has printed its welcome.
start_stack() {
  log "starting the stack (data in $home) ..."
  ACCOUNTABLE_HOME="$home" "$root/accountable" up >"$home/up.log" 2>&1 &
  stack_pid=$!
  local deadline=$((SECONDS + 900))
  until grep -q "Accountable is running" "$home/up.log"; do
    if ! kill -0 "$stack_pid" 2>/dev/null; then
      stack_pid=""
      die "./accountable up ended before the stack was ready:"$'\n'"$(tail -n 30 "$home/up.log")"
    fi
    [ "$SECONDS" -lt "$deadline" ] || die "the stack was not ready within 15 minutes; see $home/up.log"
    sleep 1
  done
}

# Stops LocalRun with SIGTERM (its shutdown hook stops the services, Kafka and the database), then
# waits until none of its processes is left, watchdogs included.
stop_stack() {
  [ -n "$stack_pid" ] || return 0
  log "stopping the stack ..."
  kill -TERM "$stack_pid" 2>/dev/null || true
  local deadline=$((SECONDS + 180))
  while kill -0 "$stack_pid" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do
    sleep 1
  done
  if kill -0 "$stack_pid" 2>/dev/null; then
    log "LocalRun did not stop within 3 minutes; killing it (its watchdogs then stop what it started)"
    kill -KILL "$stack_pid" 2>/dev/null || true
  fi
  wait "$stack_pid" 2>/dev/null || true
  # ChildProcess's watchdog shells give each child 10 s after LocalRun ends before a SIGKILL.
  deadline=$((SECONDS + 30))
  while [ -n "$(processes_of_run)" ] && [ "$SECONDS" -lt "$deadline" ]; do
    sleep 1
  done
  local left
  left="$(processes_of_run)"
  stack_pid=""
  [ -z "$left" ] || log "WARNING: processes of this run are still running: $left"
}

# The pids of every process of this run: those naming its home or watching LocalRun's pid.
processes_of_run() {
  local dir pid cmdline
  for dir in /proc/[0-9]*; do
    pid="${dir#/proc/}"
    [ "$pid" != "$$" ] || continue
    cmdline="$(tr '\0' ' ' 2>/dev/null <"$dir/cmdline")" || continue
    case "$cmdline" in
      *"$home"* | *"kill -0 $stack_pid "*) printf '%s ' "$pid" ;;
    esac
  done
}

# The pid of the process whose command line contains $1 (the first one found).
pid_matching() {
  local dir cmdline
  for dir in /proc/[0-9]*; do
    cmdline="$(tr '\0' ' ' 2>/dev/null <"$dir/cmdline")" || continue
    case "$cmdline" in
      *"$1"*)
        echo "${dir#/proc/}"
        return 0
        ;;
    esac
  done
  return 1
}

# The pid of the stack's copy of a service: the JVM running quarkus-run.jar in the service's
# quarkus-app folder (ServiceFleet starts it there, for its class-data archive).
service_pid() {
  local folder="$root/$1/target/quarkus-app" dir
  for dir in /proc/[0-9]*; do
    [ "$(readlink "$dir/cwd" 2>/dev/null)" = "$folder" ] || continue
    case "$(tr '\0' ' ' 2>/dev/null <"$dir/cmdline")" in
      *"-jar quarkus-run.jar"*)
        echo "${dir#/proc/}"
        return 0
        ;;
    esac
  done
  return 1
}

# Resident set size of a process in MB.
rss_mb() {
  awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$1/status"
}

token() {
  ACCOUNTABLE_HOME="$home" "$root/accountable" token "$@"
}

# call <method> <url> <token> [body] [curl arguments ...]: prints the HTTP status; the answer's
# body is in $work/answer.json.
call() {
  local method="$1" url="$2" bearer="$3" body="${4:-}"
  shift 3
  [ $# -eq 0 ] || shift
  local args=(-s -o "$work/answer.json" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $bearer" --max-time 30)
  if [ -n "$body" ]; then
    args+=(-H 'Content-Type: application/json' --data "$body")
  fi
  curl "${args[@]}" "$@" "$url" || echo 000
}

# expect <status> <what> <method> <url> <token> [body] [curl arguments ...]: calls, fails the run on any other status.
expect() {
  local wanted="$1" what="$2" status
  shift 2
  status="$(call "$@")"
  [ "$status" = "$wanted" ] || die "$what: expected HTTP $wanted, got $status: $(head -c 600 "$work/answer.json")"
}

# eventually <status> <what> <method> <url> <token> [body] [curl arguments ...]: retries for up to two
# minutes, for what a service learns from another's events.
eventually() {
  local wanted="$1" what="$2" status deadline=$((SECONDS + 120))
  shift 2
  while true; do
    status="$(call "$@")"
    [ "$status" != "$wanted" ] || return 0
    [ "$SECONDS" -lt "$deadline" ] || die "$what: still HTTP $status after 2 minutes: $(head -c 600 "$work/answer.json")"
    sleep 0.5
  done
}

answer() {
  jq -r "$1" "$work/answer.json"
}
