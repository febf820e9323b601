-- POST /api/sales, each request a new sale of one client with its own external reference and
-- Idempotency-Key, as a billing system feeding closed deals would send them.
-- wrk arguments: <admin token> <client id> <close date> <run id, unique per wrk run>
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "report.lua")

function init(args)
  token = args[1]
  body_before = '{"clientId":"' .. args[2] .. '","amount":{"amount":"1250.00","currency":"USD"},'
    .. '"productLine":"Managed accounts","closeDate":"' .. args[3] .. '","sourceSystem":"bench","externalReference":"'
  body_after = '"}'
  prefix = args[4] .. "-" .. thread_number .. "-"
  sent = 0
end

function request()
  sent = sent + 1
  local reference = prefix .. sent
  local headers = {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = reference,
  }
  return wrk.format("POST", "/api/sales", headers, body_before .. reference .. body_after)
end
