# shellcheck shell=bash disable=SC2034,SC2154  # variables shared with bench/run.sh, which sources this
# Start to ready of each service in JVM mode: its packaged jar started alone, with the command line
# and environment the stack started it with (the stack's Kafka and database stay up), on a spare
# port. Timed from exec to the first 200 of /q/health/ready. Sourced by bench/run.sh.

alone_pid=""

# Whether /q/health/ready on the port answers 200; bash's /dev/tcp keeps the polling from forking.
ready() {
  local fd line
  # braces: a redirection of exec itself would stay on the whole shell
  { exec {fd}<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
  printf 'GET /q/health/ready HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&"$fd"
  IFS= read -r -t 5 line <&"$fd" || true
  exec {fd}>&-
  [[ "$line" == "HTTP/1.1 200"* ]]
}

stop_alone() {
  [ -n "$alone_pid" ] || return 0
  kill -TERM "$alone_pid" 2>/dev/null || true
  local deadline=$((SECONDS + 30))
  while kill -0 "$alone_pid" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do
    sleep 0.2
  done
  kill -KILL "$alone_pid" 2>/dev/null || true
  wait "$alone_pid" 2>/dev/null || true
  alone_pid=""
}

# measure_start <service> <port>: starts it $starts times; writes $work/start-<service>.json.
measure_start() {
  local service="$1" port="$2" source_pid="${watched_pid[$1]}"
  ! ready "$port" || die "port $port is taken; it is needed to start $service alone"
  local -a environment command millis rss started_in
  mapfile -d '' environment <"/proc/$source_pid/environ"
  mapfile -d '' command <"/proc/$source_pid/cmdline"
  # the stack runs each service in its quarkus-app folder, where the class-data archive's paths hold
  local directory
  directory="$(readlink "/proc/$source_pid/cwd")"
  local run log_file begin end deadline
  for ((run = 1; run <= starts; run++)); do
    log_file="$work/start-$service-$run.log"
    begin="${EPOCHREALTIME/[.,]/}"
    (cd "$directory" && exec env -i "${environment[@]}" "QUARKUS_HTTP_PORT=$port" "${command[@]}") >"$log_file" 2>&1 &
    alone_pid=$!
    deadline=$((SECONDS + 120))
    until ready "$port"; do
      kill -0 "$alone_pid" 2>/dev/null || die "$service ended during start-up: $(tail -n 20 "$log_file")"
      [ "$SECONDS" -lt "$deadline" ] || die "$service was not ready within 2 minutes; see $log_file"
      sleep 0.02
    done
    end="${EPOCHREALTIME/[.,]/}"
    millis+=("$(((end - begin) / 1000))")
    rss+=("$(rss_mb "$alone_pid")")
    started_in+=("$(sed -n 's/.* started in \([0-9.]*\)s\..*/\1/p' "$log_file" | head -n 1)")
    stop_alone
  done
  log "$service: start to ready ${millis[*]} ms, RSS ${rss[*]} MB"
  jq -n --arg service "$service" \
    --argjson millis "$(printf '%s\n' "${millis[@]}" | jq -s .)" \
    --argjson rss "$(printf '%s\n' "${rss[@]}" | jq -s .)" \
    --argjson started_in "$(printf '%s\n' "${started_in[@]}" | jq -R 'tonumber? // null' | jq -s .)" \
    --argjson fleet_rss_start "${fleet_rss_start[$service]}" --argjson fleet_rss_load "${fleet_rss_load[$service]}" \
    --arg jvm_options "$(printf '%s ' "${command[@]:1}" | sed 's/ -jar .*//')" '
    def median: sort | .[(length - 1) / 2 | floor];
    {service: $service, millis: $millis, median_ms: ($millis | median), rss_mb: ($rss | median),
     quarkus_started_in: ($started_in | map(select(. != null)) | if length > 0 then median else null end),
     fleet_rss_start: $fleet_rss_start, fleet_rss_load: $fleet_rss_load, jvm_options: $jvm_options}' \
    >"$work/start-$service.json"
}
