-- wrk's done() for every benchmark: one machine-readable line that bench/run.sh reads; and what
-- the benchmarks' scripts share.
-- "status" counts answers of 400 and above, the only non-2xx answers these endpoints give.

-- Numbers each wrk thread, so the scripts can give each its own share of ids and references.
local threads = 0

function setup(thread)
  thread:set("thread_number", threads)
  threads = threads + 1
end

-- The ids listed in a file, one a line (the rotation of a write benchmark).
function read_ids(file)
  local ids = {}
  for line in io.lines(file) do
    if line ~= "" then
      ids[#ids + 1] = line
    end
  end
  return ids
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'BENCH {"requests":%d,"duration_us":%d,"status_errors":%d,"socket_errors":%d,' ..
    '"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,"mean_us":%.1f}\n',
    summary.requests, summary.duration, errors.status,
    errors.connect + errors.read + errors.write + errors.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
end
