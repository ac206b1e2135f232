-- Shared by the wrk scripts of bench/: each thread counts its answers by status code; the totals are summed in done().
-- A script loads it with: package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
--                         local statuses = require "status-counts"
local M = { threads = {} }

-- For wrk's setup(thread): keeps the thread (to read its counts at the end) and gives it its place among them.
function M.setup(thread)
  thread:set("offset", #M.threads)
  table.insert(M.threads, thread)
end

-- For wrk's response(): one more answer of this status in the calling thread.
function M.count(status)
  counts = counts or {}
  counts[status] = (counts[status] or 0) + 1
end

-- For wrk's done(): every thread's counts added up, by status code.
function M.totals()
  local total = {}
  for _, thread in ipairs(M.threads) do
    for status, n in pairs(thread:get("counts") or {}) do total[status] = (total[status] or 0) + n end
  end
  return total
end

-- For wrk's response() where only the status matters: response = statuses.response
function M.response(status, headers, body)
  M.count(status)
end

-- Writes "STATUS 200=123 429=45": every thread's answers by status, on one line.
function M.write_line()
  local line = "STATUS"
  for status, n in pairs(M.totals()) do line = line .. " " .. status .. "=" .. n end
  io.write(line .. "\n")
end

return M
