-- Shared by the wrk scripts (loaded by them with dofile). Script arguments, after wrk's `--`:
--   1: the one HTTP status every answer must have (201 for create, 200 for fetch and list)
--   2: a prefix that makes this run's unique names unique (create only)
-- Every answer with another status is counted: a benchmark of error answers is worthless,
-- so bench/run fails when the count is not 0. When wrk ends, done() prints one line that
-- bench/run parses: "BENCH key=value ...", latencies in milliseconds.

local threads = {}

-- The default account's credentials, as an SDK sends them: autopilot-mock (open mode) and
-- WireMock ignore the password, and Prism refuses requests without Basic credentials.
wrk.headers["Authorization"] = "Basic QUMwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDp0b2tlbg=="

function setup(thread)
  -- Runs in wrk's main Lua state, once per wrk thread: number the threads so that the
  -- create script's names are unique across threads, and keep them to sum up in done().
  table.insert(threads, thread)
  thread:set("thread_id", #threads)
end

function init(args)
  expected = tonumber(args[1])
  prefix = args[2] or ""
  unexpected = 0
  sample = ""
end

function response(status, headers, body)
  if status ~= expected then
    unexpected = unexpected + 1
    if sample == "" then
      sample = status .. " " .. string.sub(body or "", 1, 200)
    end
  end
end

function done(summary, latency, requests)
  local bad, first = 0, ""
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("unexpected")
    if first == "" then first = thread:get("sample") end
  end
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p99_ms=%.3f unexpected=%d" ..
    " connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, bad,
    e.connect, e.read, e.write, e.timeout))
  if bad > 0 then
    io.write("BENCH_SAMPLE " .. string.gsub(first, "\n", " ") .. "\n")
  end
end
