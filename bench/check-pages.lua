-- wrk script for the load-and-edit run: counts answers that are not a whole, good page.
-- A torn or half-rendered page lacks its closing tag or a section from the middle of the Learn page.
bad, total = 0, 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function response(status, headers, body)
  total = total + 1
  if status ~= 200 or not body:find("</html>", 1, true) or not body:find("How Do Traffickers Control Victims?", 1, true) then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local b, t = 0, 0
  for _, thread in ipairs(threads) do
    b = b + thread:get("bad")
    t = t + thread:get("total")
  end
  io.write(string.format("checked %d bad %d errors %d\n", t, b,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
