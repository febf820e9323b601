# shellcheck shell=bash disable=SC2034,SC2154  # variables shared with bench/run.sh, which sources this
# The proof that the one-recipient run kept the gift limit exact, and the results file with its
# machine description. Sourced by bench/run.sh.

# Every accepted gift of the one-recipient run was 0.01, so the recipient's used amount in cents
# must equal the number of gifts compliance-service recorded for them. wrk cannot tell how requests
# in flight when it stopped were answered, so its count of accepted gifts is a lower bound, at most
# one request per connection and run (warm-up and measured) short.
check_gift_limit() {
  local compliance="http://localhost:${service_port[compliance-service]}"
  expect 200 "read the recipients report" GET "$compliance/api/reports/recipients?date=$today" "$officer_token"
  local used
  used="$(jq -r --arg id "$hot_recipient" '.[] | select(.recipientId == $id) | .used.amount' "$work/answer.json")"
  [ -n "$used" ] || die "the recipients report does not list the one-recipient run's recipient $hot_recipient"
  expect 200 "count the recipient's gifts" GET "$compliance/api/gifts?recipientId=$hot_recipient&size=1" "$officer_token"
  local recorded
  recorded="$(answer .totalItems)"
  jq -n --arg used "$used" --arg limit "$gift_limit" --argjson recorded "$recorded" --argjson connections "$connections" \
    --slurpfile run "$work/gifts-one.json" '
    def cents: split(".") | (.[0] | tonumber) * 100 + (((.[1] // "") + "00")[0:2] | tonumber);
    $run[0] as $r
    | ($r.warmup.requests - $r.warmup.status_errors + $r.run.requests - $r.run.status_errors) as $answered_2xx
    | {used: $used, limit: $limit, recorded: $recorded, answered_2xx: $answered_2xx,
       refused: ($r.warmup.status_errors + $r.run.status_errors),
       socket_errors: ($r.warmup.socket_errors + $r.run.socket_errors),
       exact: (($used | cents) == $recorded),
       within_limit: (($used | cents) <= ($limit | cents)),
       consistent: ($answered_2xx <= $recorded and $recorded <= $answered_2xx + 2 * $connections)}' >"$work/gift-limit.json"
  log "gift limit: $(jq -c . "$work/gift-limit.json")"
}

machine_description() {
  local java_bin
  java_bin="$(readlink "/proc/${watched_pid[client-service]}/exe")"
  echo "| cores | $(nproc) × $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo) |"
  echo "| memory | $(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) |"
  echo "| JDK | $("$java_bin" -version 2>&1 | sed -n 2p) |"
  echo "| OS | $(uname -sr) |"
  echo "| database | MariaDB $("$mariadb_client" --skip-ssl -h 127.0.0.1 -P 13306 -u root -N -B -e 'SELECT VERSION()') (dev stack, default settings) |"
  echo "| load generator | $(wrk -v 2>&1 | awk 'NR == 1 { print $1, $2 }'), $wrk_threads threads, $connections connections, ${warmup} s warm-up, ${seconds} s measured |"
}

results_table() {
  jq -rs '
    def ms: . / 1000 | if . < 10 then (. * 100 | round / 100) else (. * 10 | round / 10) end;
    def yes($ok): if $ok then "yes" else "**no**" end;
    (map({key: .name, value: .}) | from_entries) as $r
    | ($r["client-get"].rps / $r.health.rps) as $ratio
    | ($r["gifts-many"].rps / $r["gifts-jdbc"].rps) as $gift_ratio
    | [
        ["`GET /q/health/live` (baseline, client-service JVM)", $r.health, "", true],
        ["`GET /api/clients/{id}`, admin token", $r["client-get"],
          "≥ 3,000 req/s, p99 ≤ 20 ms, ratio ≥ 0.35 (here \($ratio * 1000 | round / 1000))",
          ($r["client-get"].rps >= 3000 and $r["client-get"].run.p99_us <= 20000 and $ratio >= 0.35)],
        ["`POST /api/gifts`, rotating over the contacts", $r["gifts-many"], "≥ 800 req/s, p99 ≤ 50 ms",
          ($r["gifts-many"].rps >= 800 and $r["gifts-many"].run.p99_us <= 50000)],
        ["plain JDBC, same statements (the baseline of the row above)", $r["gifts-jdbc"],
          "the row above ≥ 0.5 of it (here \($gift_ratio * 1000 | round / 1000))", ($gift_ratio >= 0.5)],
        ["`POST /api/gifts`, all to one recipient", $r["gifts-one"], "≥ 300 req/s", ($r["gifts-one"].rps >= 300)],
        ["`POST /api/sales`, new reference and Idempotency-Key each", $r.sales, "≥ 800 req/s, p99 ≤ 50 ms",
          ($r.sales.rps >= 800 and $r.sales.run.p99_us <= 50000)]
      ]
    | "| operation | req/s | p50 ms | p99 ms | non-2xx | socket errors | req/s in the warm-up | target | met | limited by |",
      "|---|---:|---:|---:|---:|---:|---:|---|---|---|",
      (.[] | . as [$operation, $x, $target, $ok]
        | "| \($operation) | \($x.rps | round) | \($x.run.p50_us | ms) | \($x.run.p99_us | ms) | \($x.run.status_errors) | \($x.run.socket_errors) | \($x.warmup_rps | round) | \($target) | \(if $target == "" then "" else yes($ok) end) | \($x.limit) |")
  ' "$work"/health.json "$work"/client-get.json "$work"/gifts-many.json "$work"/gifts-jdbc.json "$work"/gifts-one.json "$work"/sales.json
}

limits_table() {
  jq -rs '
    def one: if . < 10 then (. * 10 | round / 10) else round end;
    "| run | machine CPU | client | quota | compliance | notification | MariaDB | Kafka | wrk (or the JDBC loop) | rest | of which JIT compiling | GC | SQL statements / req | commits / req | rows read / req | row-lock wait ms / s | request threads in 2 dumps: running / in DB / waiting for pool / blocked / other wait / idle |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    (.[] | .usage as $u | $u.process_pct as $p | .threads as $t
      | "| \(.name) | \($u.machine_pct)% of \($u.cores * 100)% | \($p["client-service"])% | \($p["quota-service"])% | \($p["compliance-service"])% | \($p["notification-service"])% | \($p.mariadb)% | \($p.kafka)% | \($p["jdbc-loop"] // $p.wrk)% | \($p.rest)% | \([$u.jit_pct[]] | add)% | \([$u.gc_pct[]] | add)% | \(.per_request.statements | one) | \(.per_request.commits | one) | \(.per_request.rows_read | one) | \($u.db.Innodb_row_lock_time / $u.seconds | round) | \(if $t.dumps == 0 then "—" else "\($t.running) / \($t.database) / \($t.pool) / \($t.blocked) / \($t.waiting) / \($t.idle)" end) |")
  ' "$work"/health.json "$work"/client-get.json "$work"/gifts-many.json "$work"/gifts-jdbc.json "$work"/gifts-one.json "$work"/sales.json
}

startup_table() {
  jq -rs '
    "| service | start → ready, median of \(.[0].millis | length) | each run | Quarkus \"started in\" | RSS at ready | RSS in the stack: after start | after the load | target | met |",
    "|---|---:|---|---:|---:|---:|---:|---|---|",
    (.[] | "| \(.service) | \(.median_ms) ms | \(.millis | map(tostring) | join(", ")) ms | \(if .quarkus_started_in == null then "?" else "\(.quarkus_started_in) s" end) | \(.rss_mb) MB | \(.fleet_rss_start) MB | \(.fleet_rss_load) MB | ≤ 2,500 ms, ≤ 250 MB | \(if .median_ms <= 2500 and ([.rss_mb, .fleet_rss_load] | max) <= 250 then "yes" else "**no**" end) |")
  ' "$work"/start-*.json
}

gift_limit_text() {
  jq -r '
    "The one-recipient run ended with **\(.recorded) gifts** of 0.01 recorded for its recipient and a used amount of **USD \(.used)** "
    + "(limit USD \(.limit)) in the recipients report: "
    + (if .exact then "exactly \(.recorded) × 0.01" else "**not** \(.recorded) × 0.01" end)
    + (if .within_limit then ", within the limit" else ", **over the limit**" end) + ". "
    + "wrk saw \(.answered_2xx) of them accepted and \(.refused) refused (\(.socket_errors) socket errors); the difference to the recorded gifts is the requests in flight when wrk stopped "
    + (if .consistent then "(at most one per connection and run, as expected)." else "— **more than one per connection and run, which is not explained**." end)
  ' "$work/gift-limit.json"
}

write_results() {
  mkdir -p "$bench/results"
  local file n=2
  file="$bench/results/$(date +%F).md"
  while [ -e "$file" ]; do
    file="$bench/results/$(date +%F)-$n.md"
    n=$((n + 1))
  done
  local jvm_options commit
  jvm_options="$(jq -r .jvm_options "$work/start-client-service.json")"
  commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  [ -z "$(git -C "$root" status --porcelain 2>/dev/null)" ] || commit="$commit with uncommitted changes"
  {
    echo "# Benchmarks, $(date -u '+%Y-%m-%d %H:%M') UTC"
    echo
    echo "\`./accountable bench\` on commit $commit. Everything — the four services, Kafka, MariaDB and wrk — ran on"
    echo "this one machine and shared its cores; each service ran as the local stack starts it (\`$jvm_options\`)."
    echo
    echo "| machine | |"
    echo "|---|---|"
    machine_description
    echo
    echo "## Throughput and latency"
    echo
    results_table
    echo
    gift_limit_text
    echo
    echo "## Start to ready and memory (JVM mode)"
    echo
    echo "Each service's packaged jar started alone (the stack's Kafka and database up, its own copy in the stack idle),"
    echo "timed from exec to the first 200 of \`/q/health/ready\`; RSS from /proc."
    echo
    startup_table
    echo
    echo "## What limited each run"
    echo
    echo "CPU as % of one core over the measured window; \"rest\" is everything else on the machine (LocalRun included),"
    echo "\"JIT compiling\" and \"GC\" the services' compiler threads and serial-collector pauses. The database columns count"
    echo "everything the stack did in the window (relay and consumers included) per request measured. \"limited by\" names"
    echo "row locks when transactions waited on them ≥ 300 ms per second, and CPU when the machine was at ≥ 90 % (with its"
    echo "three largest users); otherwise what most request threads of the measured service were doing in the thread dumps."
    echo "gifts-jdbc is GiftStatementsLoop (system-test): compliance-service's SQL for the same gifts from plain JDBC, one"
    echo "connection per thread; its own CPU is in the wrk column, and it has no request threads to dump."
    echo
    limits_table
  } >"$file"
  cat "$file"
  log "results written to ${file#"$root"/}"
}
