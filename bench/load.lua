-- wrk script for bench/load.sh: rotates through the site's page types and counts answers by status code.
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
  "/occupations/no-such-occupation",
  "/css/site.css",
  "/health/ready",
}

package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
local statuses = require "status-counts"

setup = statuses.setup

function init(args)
  counts = {}
  index = offset
end

function request()
  index = index + 1
  return wrk.format("GET", paths[(index % #paths) + 1])
end

response = statuses.response

function done(summary, latency, requests)
  local total = statuses.totals()
  local ok, limited, client, server = 0, 0, 0, 0
  for status, count in pairs(total) do
    if status == 429 then limited = limited + count
    elseif status >= 500 then server = server + count
    elseif status >= 400 then client = client + count
    else ok = ok + count end
  end
  local e = summary.errors
  io.write(string.format("RESULT requests=%d duration_s=%.1f rps=%.0f ok=%d limited_429=%d other_4xx=%d errors_5xx=%d "
    .. "socket_connect=%d socket_read=%d socket_write=%d socket_timeout=%d latency_p50_ms=%.1f latency_p99_ms=%.1f\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), ok, limited, client, server,
    e.connect, e.read, e.write, e.timeout, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
  for status, count in pairs(total) do io.write(string.format("STATUS %d %d\n", status, count)) end
end
