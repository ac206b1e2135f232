-- wrk script for bench/scale-out.sh: rotates through a mix of pages, all served from the output cache once warm,
-- and counts answers by status and those served from the cache (they carry an Age header).
local paths = {
  "/",
  "/occupations",
  "/occupations?q=nurse",
  "/occupations?min=50000&max=90000&sort=salary-desc&page=2",
  "/occupations?category=Healthcare&basis=median&sort=median-desc",
  "/occupations/registered-nurses",
  "/occupations/software-developers",
  "/occupations/patient-relations-director",
  "/compare/registered-nurses-vs-software-developers",
  "/compare/patient-relations-director-vs-patient-account-manager",
  "/compare/registered-nurses-vs-actors-vs-software-developers-vs-accountants-and-auditors",
  "/occupations/suggest?q=acc",
}

package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
local statuses = require "status-counts"

-- MISS_EVERY=n: every n-th request is a search no one asked before (/occupations?q=zz...), a page no cache holds,
-- so the phase has uncached requests beside the cached mix.
local miss_every = tonumber(os.getenv("MISS_EVERY") or "0")
local run = os.time()

setup = statuses.setup

function init(args)
  counts = {}
  cached = 0
  index = offset
end

function request()
  index = index + 1
  if miss_every > 0 and index % miss_every == 0 then
    return wrk.format("GET", "/occupations?q=zz" .. run .. "t" .. offset .. "x" .. index)
  end
  return wrk.format("GET", paths[(index % #paths) + 1])
end

function response(status, headers, body)
  statuses.count(status)
  if headers["Age"] or headers["age"] then cached = cached + 1 end
end

function done(summary, latency, requests)
  local total, hits = statuses.totals(), 0
  for _, thread in ipairs(statuses.threads) do
    hits = hits + thread:get("cached")
  end
  local ok, non2xx, server = 0, 0, 0
  for status, count in pairs(total) do
    if status >= 200 and status < 300 then ok = ok + count else non2xx = non2xx + count end
    if status >= 500 then server = server + count end
  end
  local e = summary.errors
  local answered = ok + non2xx
  io.write(string.format("RESULT requests=%d rps=%.0f ok=%d non_2xx=%d errors_5xx=%d socket_connect=%d socket_read=%d "
    .. "socket_write=%d socket_timeout=%d latency_p50_ms=%.1f latency_p99_ms=%.1f cached_share=%.3f\n",
    summary.requests, summary.requests / (summary.duration / 1e6), ok, non2xx, server,
    e.connect, e.read, e.write, e.timeout, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    answered > 0 and hits / answered or 0))
  for status, count in pairs(total) do io.write(string.format("STATUS %d %d\n", status, count)) end
end
