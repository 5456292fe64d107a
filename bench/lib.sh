# shellcheck shell=bash
# Helpers shared by the benchmark scripts, which source this file after defining die
# (report and exit).

hex() { od -An -N"$1" -tx1 /dev/urandom | tr -d ' \n'; } # 2*N random hex digits

# free_port: a random port in 20000-31999 (always 5 digits) that nothing listens on, below
# the ephemeral ports (32768 up) that the benchmarks' own connections take.
free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 12000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

# await_health BASE PID LOG SECONDS: waits for BASE/actuator/health to answer; dies when
# the server PID exits (with the end of its LOG) or has not answered within SECONDS.
await_health() {
  for _ in $(seq 1 $(($4 * 10))); do
    curl -s -o /dev/null "$1/actuator/health" && return 0
    kill -0 "$2" 2>/dev/null || die "the server exited: $(tail -n 5 "$3")"
    sleep 0.1
  done
  die "the server did not answer within $4 s"
}

# store_webhooks LIST_URL COUNT NAME_PREFIX CURL_CONFIG: creates COUNT webhooks named
# NAME_PREFIX-000001… under LIST_URL, 16 at a time with curl, and dies unless every create
# answered 201. The curl configuration is written to CURL_CONFIG.
store_webhooks() {
  local i statuses
  for i in $(seq 1 "$2"); do
    [ "$i" = 1 ] || echo next
    printf 'url = "%s"\ndata = "UniqueName=%s-%06d&Events=onDialogueStart&WebhookUrl=https%%3A%%2F%%2Fexample.com"\noutput = "/dev/null"\nwrite-out = "%%{http_code}\\n"\n' "$1" "$3" "$i"
  done >"$4"
  statuses=$(curl --no-progress-meter --parallel --parallel-max 16 -K "$4" | sort | uniq -c)
  [ "$(awk '$2 == 201 {print $1}' <<<"$statuses")" = "$2" ] || die "not every create answered 201: $statuses"
}
