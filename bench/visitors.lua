-- wrk script for bench/expensive-flood.sh, the other visitors: a cached profile, each request from an address of its
-- own (X-Forwarded-For, trusted from loopback), so no visitor reaches the rate limit. Counts answers by status code.
math.randomseed(os.time() + 7)

package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
local statuses = require "status-counts"

setup = statuses.setup

function init(args)
  counts = {}
end

function request()
  local client = "10." .. math.random(0, 255) .. "." .. math.random(0, 255) .. "." .. math.random(1, 254)
  return wrk.format("GET", "/occupations/registered-nurses", { ["X-Forwarded-For"] = client, ["Accept-Encoding"] = "br" })
end

-- Paced, as visitors are: each connection waits 5 ms between requests (about 700 a second in all), so the
-- visitors alone leave the cores mostly free and what moves their latency is the flood.
function delay()
  return 5
end

response = statuses.response

function done(summary, latency, requests)
  statuses.write_line()
  io.write(string.format("LATENCY p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms requests=%d\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000, summary.requests))
end
