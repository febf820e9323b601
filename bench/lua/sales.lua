-- POST /api/sales, each request a new sale with its own external reference and Idempotency-Key,
-- to the next client of a list (each held by another executive), as a billing system feeding
-- closed deals would send them.
-- wrk arguments: <file of client ids, one a line> <admin token> <close date> <run id, unique per wrk run>
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "report.lua")

function init(args)
  clients = read_ids(args[1])
  token = args[2]
  body_middle = '","amount":{"amount":"1250.00","currency":"USD"},'
    .. '"productLine":"Managed accounts","closeDate":"' .. args[3] .. '","sourceSystem":"bench","externalReference":"'
  body_after = '"}'
  prefix = args[4] .. "-" .. thread_number .. "-"
  sent = 0
  -- each thread starts elsewhere in the list so that two threads rarely credit one executive at once
  next_client = (thread_number * 7) % #clients
end

function request()
  sent = sent + 1
  local reference = prefix .. sent
  local headers = {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = reference,
  }
  next_client = next_client % #clients + 1
  return wrk.format("POST", "/api/sales", headers,
    '{"clientId":"' .. clients[next_client] .. body_middle .. reference .. body_after)
end
