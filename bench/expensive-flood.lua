-- wrk script for bench/expensive-flood.sh, the flooding client: one address (X-Forwarded-For, trusted from loopback)
-- asking for the full list as CSV with a different minimum salary each time, so that every request misses the cache
-- and makes the site build the whole list again. Counts answers by status code.
-- FLOOD_DELAY_MS: each connection waits this long between requests (0: as fast as it can).
math.randomseed(os.time())

package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
local statuses = require "status-counts"

setup = statuses.setup

function init(args)
  counts = {}
end

local pause = tonumber(os.getenv("FLOOD_DELAY_MS") or "0")

function delay()
  return pause
end

function request()
  local path = "/api/v1/occupations.csv?min=" .. math.random(1, 20000)
  return wrk.format("GET", path, { ["X-Forwarded-For"] = "203.0.113.66" })
end

response = statuses.response

function done(summary, latency, requests)
  statuses.write_line()
end
