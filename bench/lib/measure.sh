# shellcheck shell=bash disable=SC2034,SC2154  # variables shared with bench/run.sh, which sources this
# One load measurement with wrk, and what limited it: CPU time of every process of the stack and of
# wrk itself, the database's row-lock waits, commits and fsyncs, and what the measured service's
# request threads were doing in thread dumps taken during the run. Sourced by bench/run.sh.

declare -A watched_pid
mariadb_client=""

# Finds the processes whose CPU time each measurement reports: the services, the database, Kafka.
watch_processes() {
  local service
  for service in "${service_names[@]}"; do
    watched_pid[$service]="$(service_pid "$service")" || die "no process found for $service"
  done
  watched_pid[mariadb]="$(pid_matching "--datadir=$home/")" || die "no MariaDB server process found"
  watched_pid[kafka]="$(pid_matching "kafka.Kafka")" || die "no Kafka broker process found"
  mariadb_client="$(dirname "$(readlink "/proc/${watched_pid[mariadb]}/exe")")/mariadb"
  [ -x "$mariadb_client" ] || die "no mariadb client next to the server at $mariadb_client"
}

# "<busy> <idle>" clock ticks of the whole machine since boot.
machine_ticks() {
  awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6 }' /proc/stat
}

# User and system clock ticks of a process (all its threads) since it started.
process_ticks() {
  awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"
}

# "<jit> <gc>" clock ticks of a JVM's compiler threads and of its VM thread, which runs the serial
# collector's pauses (the services run with -XX:+UseSerialGC).
jvm_thread_ticks() {
  local pid="$1"
  cat "/proc/$pid/task/"*/stat 2>/dev/null | awk '
    { name = substr($0, index($0, "(") + 1); name = substr(name, 1, index(name, ")") - 1)
      rest = substr($0, index($0, ") ") + 2); split(rest, f, " ")
      if (name ~ /^C[12] CompilerThre/) jit += f[12] + f[13]
      else if (name == "VM Thread") gc += f[12] + f[13] }
    END { print jit + 0, gc + 0 }'
}

# "name value" lines of the database counters that show lock waits and write load.
database_counters() {
  "$mariadb_client" --skip-ssl -h 127.0.0.1 -P 13306 -u root -N -B -e "SHOW GLOBAL STATUS WHERE Variable_name IN
    ('Innodb_row_lock_waits', 'Innodb_row_lock_time', 'Com_commit', 'Innodb_data_fsyncs', 'Questions', 'Rows_read')"
}

snapshot() {
  local name jit gc
  {
    echo "machine $(machine_ticks)"
    for name in "${!watched_pid[@]}"; do
      echo "process $name $(process_ticks "${watched_pid[$name]}")"
    done
    for name in "${service_names[@]}"; do
      read -r jit gc < <(jvm_thread_ticks "${watched_pid[$name]}")
      echo "jit $name $jit"
      echo "gc $name $gc"
    done
    database_counters | awk '{ print "db", $1, $2 }'
  } >"$1"
}

# Asks the JVM for thread dumps (SIGQUIT; the JVM writes them to its log, which is the service's
# log under $home) at a third and two thirds of the measured window.
thread_dumps() {
  local pid="$1" window="$2"
  local pause=$((window / 3))
  sleep "$pause"
  kill -QUIT "$pid"
  sleep "$pause"
  kill -QUIT "$pid"
}

# Counts what the request threads ("executor-thread-*") of the thread dumps in a log excerpt were
# doing; prints a JSON object.
classify_threads() {
  awk '
    function flush() {
      if (name ~ /^"executor-thread/) {
        if (block ~ /io\.agroal\.pool\.ConnectionPool/ && block ~ /park/) pool++
        else if (block ~ /NioSocketImpl|socketRead|SocketInputStream/) database++
        else if (block ~ /State: BLOCKED/) blocked++
        else if (block ~ /State: RUNNABLE/) running++
        else if (block ~ /io\.accountable/) waiting++
        else idle++
      }
      name = ""; block = ""
    }
    /^"/ { flush(); name = $1 }
    { block = block "\n" $0 }
    /^Full thread dump/ { dumps++ }
    END {
      flush()
      printf "{\"dumps\":%d,\"running\":%d,\"database\":%d,\"pool\":%d,\"blocked\":%d,\"waiting\":%d,\"idle\":%d}\n",
        dumps, running, database, pool, blocked, waiting, idle
    }'
}

# usage <name> <load generator>: CPU and database use in the window between $work/<name>.before and
# .after, as JSON; $work/<name>.wrk-cpu holds the load generator's user and system seconds.
usage() {
  local name="$1" load="$2" clk_tck
  clk_tck="$(getconf CLK_TCK)"
  awk -v clk="$clk_tck" -v cores="$(nproc)" -v generator="$load" -v wrk_cpu="$(tail -n 1 "$work/$name.wrk-cpu")" '
    function pct(ticks) { return sprintf("%.0f", 100 * ticks / clk / seconds) }
    function object(values, scale,   key, out, sep) {
      out = "{"; sep = ""
      for (key in values) { out = out sep "\"" key "\":" (scale ? pct(values[key]) : values[key]); sep = "," }
      return out "}"
    }
    FNR == NR { before[$1 " " $2] = $3; if ($1 == "machine") { busy0 = $2; idle0 = $3 }; next }
    $1 == "machine" { busy = $2 - busy0; total = busy + $3 - idle0; next }
    { delta = $3 - before[$1 " " $2] }
    $1 == "process" { process[$2] = delta }
    $1 == "jit" { jit[$2] = delta }
    $1 == "gc" { gc[$2] = delta }
    $1 == "db" { db[$2] = delta }
    END {
      seconds = total / clk / cores
      split(wrk_cpu, w, " ")
      process[generator] = (w[1] + w[2]) * clk
      rest = busy
      for (p in process) rest -= process[p]
      process["rest"] = rest > 0 ? rest : 0
      printf "{\"seconds\":%.1f,\"cores\":%d,\"machine_pct\":%s,\"process_pct\":%s,\"jit_pct\":%s,\"gc_pct\":%s,\"db\":%s}\n",
        seconds, cores, pct(busy), object(process, 1), object(jit, 1), object(gc, 1), object(db, 0)
    }' "$work/$name.before" "$work/$name.after"
}

# write_result <name> <service> <run JSON> <warm-up JSON> <threads JSON> <load generator>:
# $work/<name>.json, with the usage of its window and what limited it.
write_result() {
  local name="$1" service="$2" run_json="$3" warm_json="$4" threads_json="$5" load="$6"
  jq -n --arg name "$name" --arg service "$service" --argjson run "$run_json" --argjson warmup "$warm_json" \
    --argjson usage "$(usage "$name" "$load")" --argjson threads "$threads_json" '
    def display_name: {"mariadb": "MariaDB", "kafka": "Kafka", "wrk": "wrk", "jdbc-loop": "the JDBC loop", "rest": "rest of the machine"}[.] // .;
    def top_consumers($u):
      $u.process_pct | to_entries | sort_by(-.value) | .[:3]
      | map("\(.key | display_name) \(.value)%" + (if $u.jit_pct[.key] then " (JIT \($u.jit_pct[.key])%)" else "" end))
      | join(", ");
    def verdict:
      .usage as $u | .threads as $t
      | [ (if $u.db.Innodb_row_lock_time >= 300 * $u.seconds
           then "row locks (\($u.db.Innodb_row_lock_time / $u.seconds / 1000 | . * 10 | round / 10) s of waiting per second)" else empty end),
          (if $u.machine_pct >= 90 * $u.cores then "CPU: " + top_consumers($u)
           elif $u.process_pct["jdbc-loop"] != null then "database round trips and commits (CPU \($u.machine_pct)%)"
           elif $t.pool > 0 and $t.pool >= $t.database and $t.pool >= $t.running then "connection pool"
           elif $t.database > $t.running then "database round trips (CPU \($u.machine_pct)%)"
           else "not saturated (CPU \($u.machine_pct)%)" end) ]
      | join("; ");
    {name: $name, service: $service, run: $run, warmup: $warmup, usage: $usage, threads: $threads,
     rps: ($run.requests / ($run.duration_us / 1e6)),
     warmup_rps: ($warmup.requests / ($warmup.duration_us / 1e6))}
    | .per_request = (.run.requests as $n | .usage.db | {statements: (.Questions / $n), commits: (.Com_commit / $n),
        rows_read: (.Rows_read / $n), fsyncs: (.Innodb_data_fsyncs / $n)})
    | .limit = verdict' >"$work/$name.json"
}

# measure <name> <service> <url> <lua script> <header or ""> [script arguments ...]
# Warms up for $warmup seconds, then measures for $seconds; writes $work/<name>.json.
measure() {
  local name="$1" service="$2" url="$3" script="$4" header="$5"
  shift 5
  local -a wrk_args=(-t "$wrk_threads" -c "$connections" --timeout 10s -s "$script")
  [ -z "$header" ] || wrk_args+=(-H "$header")
  log "$name: warm-up ${warmup} s, then ${seconds} s at $connections connections ..."
  wrk "${wrk_args[@]}" -d "${warmup}s" "$url" -- "$@" >"$work/$name.warmup.out"

  local pid="${watched_pid[$service]}" log_file="$home/logs/$service.log" log_start
  log_start="$(stat -c %s "$log_file")"
  snapshot "$work/$name.before"
  thread_dumps "$pid" "$seconds" &
  local dumper=$!
  local TIMEFORMAT='%U %S'
  { time wrk "${wrk_args[@]}" -d "${seconds}s" "$url" -- "$@" >"$work/$name.out"; } 2>"$work/$name.wrk-cpu"
  snapshot "$work/$name.after"
  wait "$dumper"
  sleep 1
  tail -c "+$((log_start + 1))" "$log_file" | classify_threads >"$work/$name.threads.json"

  local warm_json run_json
  warm_json="$(sed -n 's/^BENCH //p' "$work/$name.warmup.out")"
  run_json="$(sed -n 's/^BENCH //p' "$work/$name.out")"
  [ -n "$run_json" ] || die "$name: wrk printed no result: $(cat "$work/$name.out")"
  write_result "$name" "$service" "$run_json" "$warm_json" "$(cat "$work/$name.threads.json")" wrk
  log "$name: $(jq -r '"\(.rps | floor) req/s, p50 \(.run.p50_us / 1000) ms, p99 \(.run.p99_us / 1000) ms, non-2xx \(.run.status_errors), limited by \(.limit)"' "$work/$name.json")"
}

# measure_statements_loop <name> <contacts file>: the baseline of gifts-many, GiftStatementsLoop
# (system-test's benchmarks), which issues the SQL compliance-service issues for such gifts from plain JDBC, with as
# many threads as wrk has connections, in one JVM started like the services'. It warms up for
# $warmup s, then waits (a line on its stdin) while the snapshot is taken, measures for $seconds s
# and waits again for the second one. Writes $work/<name>.json like measure, with the loop's CPU as
# the load generator's and no thread dumps.
measure_statements_loop() {
  local name="$1" contacts="$2"
  local classes="$root/system-test/target/test-classes"
  [ -f "$classes/io/accountable/system/GiftStatementsLoop.class" ] && [ -f "$root/system-test/target/test.classpath" ] ||
    die "$name: system-test is not built with GiftStatementsLoop (./mvnw -DskipTests package)"
  local java_bin
  java_bin="$(readlink "/proc/${watched_pid[compliance-service]}/exe")"
  log "$name: plain JDBC, warm-up ${warmup} s, then ${seconds} s at $connections threads ..."
  rm -f "$work/$name.go"
  mkfifo "$work/$name.go"
  "$java_bin" -XX:+UseSerialGC -Xmx256m -cp "$classes:$(cat "$root/system-test/target/test.classpath")" \
    io.accountable.system.GiftStatementsLoop "jdbc:mysql://127.0.0.1:13306/compliance" root "" "$contacts" \
    "$executive_id" "$today" 0.01 "$connections" "$warmup" "$seconds" \
    <"$work/$name.go" >"$work/$name.out" 2>"$work/$name.err" &
  local pid=$! go ticks_before phase
  exec {go}>"$work/$name.go"
  for phase in WARMUP BENCH; do
    until grep -q "^$phase " "$work/$name.out"; do
      kill -0 "$pid" 2>/dev/null || die "$name: GiftStatementsLoop ended early: $(tail -n 20 "$work/$name.err")"
      sleep 0.1
    done
    if [ "$phase" = WARMUP ]; then
      snapshot "$work/$name.before"
      ticks_before="$(process_ticks "$pid")"
    else
      awk -v ticks="$(($(process_ticks "$pid") - ticks_before))" -v clk="$(getconf CLK_TCK)" \
        'BEGIN { print ticks / clk, 0 }' >"$work/$name.wrk-cpu"
      snapshot "$work/$name.after"
    fi
    echo >&"$go"
  done
  exec {go}>&-
  wait "$pid" || die "$name: GiftStatementsLoop failed: $(tail -n 20 "$work/$name.err")"

  write_result "$name" "plain JDBC" "$(sed -n 's/^BENCH //p' "$work/$name.out")" "$(sed -n 's/^WARMUP //p' "$work/$name.out")" \
    '{"dumps":0,"running":0,"database":0,"pool":0,"blocked":0,"waiting":0,"idle":0}' jdbc-loop
  log "$name: $(jq -r '"\(.rps | floor) req/s, p50 \(.run.p50_us / 1000) ms, p99 \(.run.p99_us / 1000) ms, failed \(.run.status_errors), limited by \(.limit)"' "$work/$name.json")"
}
