-- wrk script for the hostile flood: every request has a Host header, path and query string never seen before, as a
-- client trying to fill the page cache (or make every page be rendered again) would send them.
local counter = 0
local shapes = { "/learn?v=%d", "/LEARN/?utm=%d", "/statistics?x=%d", "/es/learn?%d", "/nothing-%d", "/es//evil%d.example/x" }

request = function()
  counter = counter + 1
  local path = string.format(shapes[(counter % #shapes) + 1], counter)
  return wrk.format("GET", path, { ["Host"] = string.format("host-%d.example", counter) })
end
