-- wrk script: submits one report per agency and round, each pair once: every agency in the first round,
-- then every agency in the next, and so on, for wrk's -d (a sustained load of new reports).
-- Arguments (after --): AGENCY_FILE ROUNDS BODY_TEMPLATE THREADS DONE_DIR, ROUNDS comma-separated. The
-- agencies of the file are shared out between wrk's threads (line i goes to thread i mod threads); a
-- thread that runs out of pairs stops when its own are all answered, and leaves a file in DONE_DIR
-- (bench/run then ends wrk with SIGINT once every thread's file is there). The body template holds
-- @ROUND@, @AGENCY@, @TOTAL@, @PARTICIPATING@, @SIGNED@, @HALF@.
dofile(os.getenv("BENCH_LIB") .. "/summary.lua")

local counter = 0
local threads = {}

function setup(thread)
   thread:set("id", counter)
   counter = counter + 1
   table.insert(threads, thread)
end

-- the submissions' own figures: 201s and refusals, without the few repeats sent after a
-- thread's last agency (answered 409 while the thread stops)
local summary_done = done
function done(summary, latency, requests)
   local ok, bad = 0, 0
   for _, t in ipairs(threads) do
      ok = ok + (t:get("ok") or 0)
      bad = bad + (t:get("bad") or 0)
   end
   io.write(string.format("SUBMIT created=%d refused=%d rps=%.1f\n", ok, bad, ok / (summary.duration / 1e6)))
   summary_done(summary, latency, requests)
end

local agencies = {}
local template
local next_index = 1
local answered = 0
local mine = 0
local done_dir
local finished = false

-- once: stop this thread and tell bench/run
local function finish()
   if not finished then
      finished = true
      local f = io.open(done_dir .. "/thread-" .. wrk.thread:get("id"), "w")
      if f then f:close() end
      wrk.thread:stop()
   end
end

local function read(path)
   local f = assert(io.open(path, "rb"))
   local text = f:read("*a")
   f:close()
   return text
end

function init(args)
   local id = wrk.thread:get("id")
   local n = tonumber(args[4])
   local i = 0
   local own = {}
   for line in io.lines(args[1]) do
      if line ~= "" then
         if i % n == id then
            table.insert(own, line)
         end
         i = i + 1
      end
   end
   for round in string.gmatch(args[2], "[^,]+") do
      for _, code in ipairs(own) do
         table.insert(agencies, { code, round })
      end
   end
   mine = #agencies
   done_dir = args[5]
   template = read(args[3])
   wrk.method = "POST"
   wrk.headers["Content-Type"] = "application/json"
end

function request()
   if mine == 0 then
      finish()
   end
   local pair = agencies[next_index]
   if pair == nil then
      -- every pair of this thread has been sent: repeat the last one (answered 409, not counted)
      pair = agencies[mine] or { "none", "none" }
   end
   local seq = next_index
   next_index = next_index + 1
   local total = 20 + seq % 180
   local body = template:gsub("@(%u+)@", {
      AGENCY = pair[1],
      ROUND = pair[2],
      TOTAL = tostring(total),
      PARTICIPATING = tostring(total - seq % 5),
      SIGNED = tostring(total - seq % 7),
      HALF = tostring(math.floor(total / 2)),
   })
   return wrk.format(nil, nil, nil, body)
end

local ok, bad = 0, 0

function response(status, headers, body)
   answered = answered + 1
   if status == 201 then
      ok = ok + 1
      wrk.thread:set("ok", ok)
   elseif not (status == 409 and next_index > mine + 1) then
      bad = bad + 1
      wrk.thread:set("bad", bad)
      io.stderr:write("submission answered " .. status .. ": " .. string.sub(body or "", 1, 300) .. "\n")
   end
   if answered >= mine then
      finish()
   end
end
