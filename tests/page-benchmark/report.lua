-- wrk script of tests/page-benchmark.sh: after the run, one line the script parses:
-- RESULT <requests> <requests per second> <p50 ms> <p95 ms> <p99 ms> <socket errors> <HTTP status >= 400>
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %d %.1f %.2f %.2f %.2f %d %d\n",
    summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    errors, summary.errors.status))
end
