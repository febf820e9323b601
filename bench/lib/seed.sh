# shellcheck shell=bash disable=SC2034,SC2154  # variables shared with bench/run.sh, which sources this
# What the benchmarks need, loaded through the public REST APIs as a user would: executives on a
# commission plan with a quota, a client each of them holds, and contacts at the first one's; then
# waits until quota-service and compliance-service have learnt of them from client-service's events.
# Sourced by bench/run.sh; sets the variables the measurements use.

seed() {
  log "loading the data through the APIs ..."
  local client="http://localhost:${service_port[client-service]}"
  local quota="http://localhost:${service_port[quota-service]}"
  local compliance="http://localhost:${service_port[compliance-service]}"
  admin_token="$(token admin)"
  officer_token="$(token compliance-officer)"

  expect 201 "register the executive" POST "$client/api/executives" "$admin_token" \
    "{\"fullName\":\"Bench Executive\",\"email\":\"bench.executive.$run_id@firm.example\",\"region\":\"Northeast\",\"hireDate\":\"2020-02-01\"}"
  executive_id="$(answer .id)"
  executive_token="$(token account-executive --sub "$executive_id")"

  expect 201 "onboard the client" POST "$client/api/clients" "$admin_token" \
    "{\"legalName\":\"Bench Holdings $run_id\",\"clientType\":\"CORPORATE\",\"industry\":\"Logistics\",\"segment\":\"Mid-market\",\"region\":\"Northeast\",\"country\":\"US\",\"primaryExecutiveId\":\"$executive_id\"}"
  client_id="$(answer .id)"

  # The sales rotate over the clients of several executives, the first one's included, as a billing
  # feed spreads over a sales force: one executive with every sale would pile up more credits in
  # seconds than anyone closes in years.
  local -a sellers=("$executive_id") seller_clients=("$client_id")
  local i
  for ((i = 1; i < sales_executive_count; i++)); do
    expect 201 "register seller $i" POST "$client/api/executives" "$admin_token" \
      "{\"fullName\":\"Bench Seller $i\",\"email\":\"bench.seller.$i.$run_id@firm.example\",\"region\":\"Northeast\",\"hireDate\":\"2020-02-01\"}"
    sellers+=("$(answer .id)")
    expect 201 "onboard the client of seller $i" POST "$client/api/clients" "$admin_token" \
      "{\"legalName\":\"Bench Holdings $i $run_id\",\"clientType\":\"CORPORATE\",\"industry\":\"Logistics\",\"segment\":\"Mid-market\",\"region\":\"Northeast\",\"country\":\"US\",\"primaryExecutiveId\":\"${sellers[i]}\"}"
    seller_clients+=("$(answer .id)")
  done

  # one more contact than the rotation uses: the recipient of every gift of the one-recipient run
  : >"$work/contacts.txt"
  for ((i = 0; i <= contact_count; i++)); do
    expect 201 "add contact $i" POST "$client/api/clients/$client_id/contacts" "$executive_token" \
      "{\"fullName\":\"Contact $i\",\"title\":\"Treasurer\",\"role\":\"DECISION_MAKER\",\"email\":\"contact.$i.$run_id@client.example\"}"
    if [ "$i" -lt "$contact_count" ]; then
      answer .id >>"$work/contacts.txt"
    else
      hot_recipient="$(answer .id)"
      echo "$hot_recipient" >"$work/hot-recipient.txt"
    fi
  done

  expect 200 "read the gift policy" GET "$compliance/api/policy" "$officer_token"
  today="$(answer .date)"
  gift_limit="$(answer .limit.amount)"
  local year="${today%%-*}"

  expect 201 "create the commission plan" POST "$quota/api/plans" "$admin_token" \
    "{\"name\":\"Bench plan $run_id\",\"currency\":\"USD\",\"terms\":{\"effectiveFrom\":\"$year-01-01\",\"tierMode\":\"MARGINAL_RUNNING_TOTAL\",\"commissionPeriod\":\"MONTH\",\"tierBasis\":\"AMOUNT\",\"tiers\":[{\"threshold\":\"0\",\"ratePercent\":\"5\"}],\"bonuses\":[{\"attainmentPercent\":\"100\",\"amount\":\"1000\"}],\"baseSalary\":\"0\"}}"
  local plan_id
  plan_id="$(answer .id)"
  : >"$work/sale-clients.txt"
  for ((i = 0; i < sales_executive_count; i++)); do
    eventually 201 "put seller $i on the plan" POST "$quota/api/plans/$plan_id/assignments" "$admin_token" \
      "{\"executiveId\":\"${sellers[i]}\",\"from\":\"$year-01-01\"}"
    expect 201 "set seller $i's quota" PUT "$quota/api/quotas/${sellers[i]}/$year" "$admin_token" \
      '{"annualAmount":{"amount":"1200000","currency":"USD"}}'
    # the first sale also waits until quota-service knows the client and who holds it
    eventually 201 "record a first sale of seller $i" POST "$quota/api/sales" "$admin_token" \
      "{\"clientId\":\"${seller_clients[i]}\",\"amount\":{\"amount\":\"1250.00\",\"currency\":\"USD\"},\"productLine\":\"Managed accounts\",\"closeDate\":\"$today\",\"sourceSystem\":\"bench\",\"externalReference\":\"first-$i-$run_id\"}"
    echo "${seller_clients[i]}" >>"$work/sale-clients.txt"
  done

  await_compliance_knows_contacts "$compliance"
}

# A gift of an item of nominal value above the ceiling is refused after the giver and the recipient
# are looked up and before anything is written: "nominal-ceiling-exceeded" means compliance-service
# knows both, "unknown-giver" or "unknown-contact" that their events have not arrived yet.
await_compliance_knows_contacts() {
  local compliance="$1" contact status deadline=$((SECONDS + 120))
  local -a unknown pending
  mapfile -t unknown < <(cat "$work/contacts.txt" "$work/hot-recipient.txt")
  while [ "${#unknown[@]}" -gt 0 ]; do
    pending=()
    for contact in "${unknown[@]}"; do
      status="$(call POST "$compliance/api/gifts" "$executive_token" \
        "{\"recipients\":[{\"contactId\":\"$contact\"}],\"giftDate\":\"$today\",\"description\":\"Probe\",\"category\":\"DE_MINIMIS\",\"cost\":{\"amount\":\"1000.00\",\"currency\":\"USD\"},\"paidBy\":\"FIRM\",\"attestation\":true}")"
      if [ "$status" != 422 ] || [ "$(answer '.type | endswith(":nominal-ceiling-exceeded")')" != true ]; then
        pending+=("$contact")
      fi
    done
    unknown=("${pending[@]}")
    if [ "${#unknown[@]}" -gt 0 ]; then
      [ "$SECONDS" -lt "$deadline" ] || die "compliance-service still does not know ${#unknown[@]} contacts after 2 minutes: $(head -c 600 "$work/answer.json")"
      sleep 1
    fi
  done
}
