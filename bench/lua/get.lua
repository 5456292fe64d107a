-- wrk script for fetch and list: a plain GET of the URL given to wrk (no request() here,
-- so wrk sends one pre-built request and the client stays cheap); common.lua checks
-- every answer's status.
local dir = string.match(debug.getinfo(1, "S").source, "^@(.*/)") or "./"
dofile(dir .. "common.lua")
