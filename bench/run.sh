#!/usr/bin/env bash
# ./accountable bench: starts the local stack on a throw-away home, loads what the benchmarks need
# through the REST APIs, measures with wrk, stops everything and writes bench/results/<date>.md.
# What each benchmark does and how to read the results: bench/README.md.
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$bench")"
cd "$root"

connections="${BENCH_CONNECTIONS:-32}"
wrk_threads="${BENCH_WRK_THREADS:-2}"
warmup="${BENCH_WARMUP_SECONDS:-30}"
seconds="${BENCH_SECONDS:-15}"
contact_count="${BENCH_CONTACTS:-200}"
sales_executive_count="${BENCH_SALES_EXECUTIVES:-20}"
starts="${BENCH_STARTS:-3}"
# Quiet ports for starting each service alone while the stack's own copy keeps its port.
declare -A alone_port=([client-service]=18081 [quota-service]=18082 [compliance-service]=18083 [notification-service]=18084)

log() {
  printf '%s bench: %s\n' "$(date +%H:%M:%S)" "$*" >&2
}

die() {
  log "FAILED: $*"
  exit 1
}

# shellcheck source=bench/lib/stack.sh
source "$bench/lib/stack.sh"
# shellcheck source=bench/lib/seed.sh
source "$bench/lib/seed.sh"
# shellcheck source=bench/lib/measure.sh
source "$bench/lib/measure.sh"
# shellcheck source=bench/lib/startup.sh
source "$bench/lib/startup.sh"
# shellcheck source=bench/lib/report.sh
source "$bench/lib/report.sh"

for tool in wrk curl jq awk; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is missing (Debian: apt-get install $tool)"
done
[ "$(uname -s)" = Linux ] || die "the benchmarks read /proc, so they run on Linux only"

# Next to .accountable/, on the disk the developer's run uses (a tmpfs would flatter the database).
home="$root/.accountable-bench"
work="$home/bench"
run_id="$(date +%s)"
[ -z "$(processes_of_run)" ] || die "another benchmark is running on $home"
rm -rf "$home"
mkdir -p "$work"

cleanup() {
  local status=$?
  stop_alone
  stop_stack
  rm -rf "$home"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Waits until the machine is nearly idle again (at most a minute), so that the events a run left in
# the outbox and in the consumers do not burden the next run.
settle() {
  local before after busy total deadline=$((SECONDS + 60))
  while [ "$SECONDS" -lt "$deadline" ]; do
    before="$(machine_ticks)"
    sleep 1
    after="$(machine_ticks)"
    read -r busy total < <(echo "$before $after" | awk '{ print $3 - $1, $3 + $4 - $1 - $2 }')
    [ $((busy * 100)) -ge $((total * 15)) ] || return 0
  done
  log "the machine did not settle within a minute; measuring anyway"
}

start_stack
watch_processes
declare -A fleet_rss_start fleet_rss_load
for service in "${service_names[@]}"; do
  fleet_rss_start[$service]="$(rss_mb "${watched_pid[$service]}")"
done

seed
settle

client="http://localhost:${service_port[client-service]}"
compliance="http://localhost:${service_port[compliance-service]}"
quota="http://localhost:${service_port[quota-service]}"

measure health client-service "$client/q/health/live" "$bench/lua/report.lua" ""
measure client-get client-service "$client/api/clients/$client_id" "$bench/lua/report.lua" "Authorization: Bearer $admin_token"
settle
measure gifts-many compliance-service "$compliance/api/gifts" "$bench/lua/gifts.lua" "" \
  "$work/contacts.txt" "$executive_token" "$today" 0.01
settle
measure_statements_loop gifts-jdbc "$work/contacts.txt"
settle
measure gifts-one compliance-service "$compliance/api/gifts" "$bench/lua/gifts.lua" "" \
  "$work/hot-recipient.txt" "$executive_token" "$today" 0.01
check_gift_limit
settle
measure sales quota-service "$quota/api/sales" "$bench/lua/sales.lua" "" \
  "$work/sale-clients.txt" "$admin_token" "$today" "$run_id"
settle

for service in "${service_names[@]}"; do
  fleet_rss_load[$service]="$(rss_mb "${watched_pid[$service]}")"
done
for service in "${service_names[@]}"; do
  measure_start "$service" "${alone_port[$service]}"
done

write_results
stop_stack

# The benchmarks that need a whole system of their own (event latency, outbox relay backlog,
# statement generation) run from system-test's bench profile and append to <date>-system.md.
log "system benchmarks: ./mvnw -pl system-test -am verify -Pbench ..."
./mvnw -B -q -pl system-test -am verify -Pbench || die "the system benchmarks failed"
