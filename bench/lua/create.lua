-- wrk script for create: POSTs a form to the URL given to wrk, with a UniqueName that no
-- other request of this or any other run uses: "<run prefix>-<thread>-<counter>". The
-- name has a fixed length, so every answer has the same size.
local dir = string.match(debug.getinfo(1, "S").source, "^@(.*/)") or "./"
dofile(dir .. "common.lua")

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"

local counter = 0

function request()
  counter = counter + 1
  local name = string.format("%s-%02d-%010d", prefix, thread_id, counter)
  return wrk.format(nil, nil, nil,
    "UniqueName=" .. name ..
    "&Events=onDialogueStart%20onDialogueEnd" ..
    "&WebhookUrl=https%3A%2F%2Fexample.com%2Fhook")
end
