-- POST /api/gifts, each request a gift of a small amount from the token's executive to the next
-- recipient of a list, so that many recipients are written at once (or one, when the list has one).
-- wrk arguments: <file of contact ids, one a line> <executive token> <gift date> <amount>
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "report.lua")

function init(args)
  recipients = read_ids(args[1])
  headers = {
    ["Authorization"] = "Bearer " .. args[2],
    ["Content-Type"] = "application/json",
  }
  body_before = '{"recipients":[{"contactId":"'
  body_after = '"}],"giftDate":"' .. args[3] .. '","description":"Benchmark gift","category":"BUSINESS_GIFT",'
    .. '"cost":{"amount":"' .. args[4] .. '","currency":"USD"},"paidBy":"FIRM","attestation":true}'
  -- each thread starts elsewhere in the list so that two threads rarely write to one recipient at once
  next_recipient = (thread_number * 97) % #recipients
end

function request()
  next_recipient = next_recipient % #recipients + 1
  return wrk.format("POST", "/api/gifts", headers, body_before .. recipients[next_recipient] .. body_after)
end
