#!/usr/bin/env bash
# Page benchmark (docs/benchmarks.md, "Pages at scale"): generates a database of N proposals with `seed-demo`, starts
# the Release build in Production behind a simulated TLS-terminating load balancer (X-Forwarded-Proto: https from
# loopback), and measures with wrk, for each main page: p50/p95/p99 latency at moderate load (BENCH_MODERATE
# connections, default 2: one request in flight per core), then requests per second at saturation
# (BENCH_CONNECTIONS, default 8); in the same run it serves a static file of exactly the page's size from the same
# Kestrel at saturation and reports the page's throughput as a ratio to it. Also reports start-up to the first successful response, the app's peak working set (VmHWM) and the
# generation time. Exits non-zero if any request failed or any page did not answer 200.
#
#   bash tests/page-benchmark.sh sqlite 10000
#   bash tests/page-benchmark.sh postgres 100000      # a throw-away PostgreSQL cluster
#
# Environment: BENCH_SECONDS (measured seconds per page, default 10), BENCH_WARMUP (seconds, default 3),
# BENCH_CONNECTIONS (default 8), BENCH_THREADS (wrk threads, default 2), BENCH_SEED (generator seed, default 1),
# BENCH_REPORT (also append the report to this file), BENCH_PAGES (only these pages, e.g. "read-view my-proposals"),
# BENCH_POSTGRES_OPTIONS (appended to the Npgsql connection string, e.g. "No Reset On Close=true"), IETPORTAL_SKIP_BUILD=1, REL_KEEP_TMP=1 (keep app log and data).
# Needs wrk (Debian package `wrk`; installed when missing and running as root). Not part of tests/run-tests.sh.
set -euo pipefail
# shellcheck source=tests/reliability-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/reliability-common.sh"
rel_init page-benchmark

PROVIDER="${1:-}"
PROPOSALS="${2:-}"
case "$PROVIDER" in
  sqlite) APP_PROVIDER=Sqlite; APP_CONNECTION="Data Source=$REL_TMP/ietportal.db" ;;
  postgres) APP_PROVIDER=Postgres ;;
  *) echo "usage: $0 sqlite|postgres PROPOSALS" >&2; exit 2 ;;
esac
if ! [[ "$PROPOSALS" =~ ^[0-9]+$ ]]; then echo "usage: $0 sqlite|postgres PROPOSALS" >&2; exit 2; fi
SECONDS_EACH="${BENCH_SECONDS:-10}"
WARMUP="${BENCH_WARMUP:-3}"
CONNECTIONS="${BENCH_CONNECTIONS:-8}"
MODERATE="${BENCH_MODERATE:-2}"
THREADS="${BENCH_THREADS:-2}"
HERE="$REPO_ROOT/tests/page-benchmark"

if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    rel_log "installing wrk"
    apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq wrk >/dev/null; }
  else
    rel_warn "wrk is not installed (apt-get install wrk)"; exit 2
  fi
fi

rel_build
if [ "$PROVIDER" = postgres ]; then
  rel_start_postgres
  APP_CONNECTION="$(rel_postgres_connection ietportal_bench)${BENCH_POSTGRES_OPTIONS:+;$BENCH_POSTGRES_OPTIONS}"
fi

# The app's content root is a copy (settings and wwwroot), so the static files of the comparison never touch the repo.
APP_CONTENT_ROOT="$REL_TMP/content"
mkdir -p "$APP_CONTENT_ROOT"
cp "$REPO_ROOT/src/IetPortal.Web/appsettings.json" "$APP_CONTENT_ROOT/"
cp -r "$REPO_ROOT/src/IetPortal.Web/wwwroot" "$APP_CONTENT_ROOT/wwwroot"
mkdir -p "$APP_CONTENT_ROOT/wwwroot/_bench"

# Production as deployed: its default log level (Information: one JSON line per request on the console, which the
# script sends to a file).
export APP_ENVIRONMENT=Production APP_CONTENT_ROOT APP_LOG_LEVEL=Information
export ReverseProxy__Enabled=true
# The public API's per-address limit would answer 429 to a load generator on one address.
export Api__RateLimit__PermitLimit=1000000 Api__RateLimit__WindowSeconds=1
export Email__DispatchEnabled=false

rel_log "$PROVIDER: generating $PROPOSALS proposals (seed ${BENCH_SEED:-1})"
generation_started="$(date +%s%N)"
if ! ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_CONTENTROOT="$APP_CONTENT_ROOT" \
    Database__Provider="$APP_PROVIDER" Database__ConnectionString="$APP_CONNECTION" dotnet "$APP_DLL" seed-demo --proposals "$PROPOSALS" --seed "${BENCH_SEED:-1}" \
    >"$REL_TMP/seed.log" 2>&1; then
  tail -n 30 "$REL_TMP/seed.log" >&2
  rel_warn "seed-demo failed"
  exit 2
fi
GENERATION_S="$(awk -v ns=$(($(date +%s%N) - generation_started)) 'BEGIN { printf "%.1f", ns / 1e9 }')"
rel_log "generated in $GENERATION_S s: $(grep -Ei 'rows|proposals' "$REL_TMP/seed.log" | tail -n 1)"
if [ "$PROVIDER" = postgres ]; then
  # A production database is not minutes-old bulk load: give it its statistics and visibility map now, rather than
  # have autovacuum do it in the middle of the measurements.
  "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d ietportal_bench -c "VACUUM ANALYZE" >/dev/null
  rel_log "VACUUM ANALYZE done"
fi

rel_start_app
rel_log "app answered 200 after $APP_STARTUP_MS ms"

STAFF_EMAIL="staff1.matc@generated.ietportal.test"
REVIEWER_EMAIL="reviewer1@generated.ietportal.test"
PASSWORD="Generated-Demo-Data-2026"
STAFF_COOKIE="$(python3 "$HERE/sign-in.py" "$APP_URL" "$STAFF_EMAIL" "$PASSWORD")"
REVIEWER_COOKIE="$(python3 "$HERE/sign-in.py" "$APP_URL" "$REVIEWER_EMAIL" "$PASSWORD")"

fetch() {   # cookie path -> body on stdout; fails unless 200
  local cookie="$1" path="$2" out="$REL_TMP/page.html" status
  status="$(curl -s -o "$out" -w '%{http_code}' -H 'X-Forwarded-Proto: https' ${cookie:+-H "Cookie: $cookie"} "$APP_URL$path")"
  if [ "$status" != 200 ]; then rel_warn "GET $path answered $status"; exit 1; fi
  cat "$out"
}

# A proposal of the staff member's college that is not a draft: the read view with its sections, history and reviews.
READ_ID="$(fetch "$STAFF_COOKIE" "/proposals?status=Approved" | grep -oE 'href="/proposals/[0-9]+"' | head -n 1 | grep -oE '[0-9]+')" || true
if [ -z "$READ_ID" ]; then
  READ_ID="$(fetch "$STAFF_COOKIE" "/proposals" | grep -oE 'href="/proposals/[0-9]+"' | head -n 1 | grep -oE '[0-9]+')"
fi

PAGES=(
  "login||/account/login"
  "my-proposals|staff|/proposals"
  "review-queue|reviewer|/review"
  "read-view|staff|/proposals/$READ_ID"
  "dashboard|reviewer|/dashboard"
  "catalog-search||/catalog?q=nursing"
  "api-list||/api/v1/programs"
)

run_wrk() {   # connections seconds cookie url -> RESULT fields
  local connections="$1" seconds="$2" cookie="$3" url="$4"
  wrk -t "$(( THREADS < connections ? THREADS : connections ))" -c "$connections" -d "${seconds}s" --latency -s "$HERE/report.lua" \
    -H 'X-Forwarded-Proto: https' ${cookie:+-H "Cookie: $cookie"} "$url" | awk '/^RESULT/ { $1 = ""; print substr($0, 2) }'
}

ROWS=()
FAILED=0
for entry in "${PAGES[@]}"; do
  IFS='|' read -r name who path <<<"$entry"
  if [ -n "${BENCH_PAGES:-}" ] && [[ " $BENCH_PAGES " != *" $name "* ]]; then continue; fi
  case "$who" in staff) cookie="$STAFF_COOKIE" ;; reviewer) cookie="$REVIEWER_COOKIE" ;; *) cookie="" ;; esac
  fetch "$cookie" "$path" >"$REL_TMP/$name.html"
  bytes="$(stat -c %s "$REL_TMP/$name.html")"
  # The static twin: the same number of bytes, served by UseStaticFiles from the same process.
  head -c "$bytes" "$REL_TMP/$name.html" >"$APP_CONTENT_ROOT/wwwroot/_bench/$name.html"
  run_wrk "$CONNECTIONS" "$WARMUP" "$cookie" "$APP_URL$path" >/dev/null
  read -r m_requests m_rps p50 p95 p99 m_errors m_status_errors <<<"$(run_wrk "$MODERATE" "$SECONDS_EACH" "$cookie" "$APP_URL$path")"
  read -r requests rps x_p50 x_p95 x_p99 errors status_errors <<<"$(run_wrk "$CONNECTIONS" "$SECONDS_EACH" "$cookie" "$APP_URL$path")"
  run_wrk "$CONNECTIONS" "$WARMUP" "" "$APP_URL/_bench/$name.html" >/dev/null
  read -r s_requests s_rps s_p50 s_p95 s_p99 s_errors s_status_errors <<<"$(run_wrk "$CONNECTIONS" "$SECONDS_EACH" "" "$APP_URL/_bench/$name.html")"
  ratio="$(awk -v a="$rps" -v b="$s_rps" 'BEGIN { printf "%.2f", a / b }')"
  failures=$((m_errors + m_status_errors + errors + status_errors + s_errors + s_status_errors))
  FAILED=$((FAILED + failures))
  ROWS+=("| $name | \`$path\` | $bytes | $m_rps | $p50 | $p95 | $p99 | $rps | $x_p95 | $s_rps | $ratio | $failures |")
  rel_log "$name: moderate p95 $p95 ms ($m_rps req/s); saturated $rps req/s; static twin $s_rps req/s; ratio $ratio; failures $failures"
done

PEAK_KB="$(awk '/^VmHWM/ { print $2 }' "/proc/$APP_PID/status")"
rel_stop_app
ERRORS="$(rel_app_errors)"

REPORT="$REL_TMP/report.md"
{
  echo "### $PROVIDER, $PROPOSALS proposals"
  echo
  echo "$(date -u +%Y-%m-%d), commit $(git -C "$REPO_ROOT" rev-parse --short HEAD)$(git -C "$REPO_ROOT" diff --quiet HEAD -- src || echo ' (with uncommitted changes)'), $(nproc) cores, wrk: moderate load $MODERATE connections, saturation $CONNECTIONS connections ($THREADS threads), ${SECONDS_EACH} s each after ${WARMUP} s warm-up; generation $GENERATION_S s; start-up to first 200: $APP_STARTUP_MS ms; peak working set $((PEAK_KB / 1024)) MB."
  echo
  echo "| page | path | bytes | moderate req/s | p50 ms | p95 ms | p99 ms | saturated req/s | saturated p95 ms | static twin req/s | ratio | failures |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${ROWS[@]}"
  echo
} >"$REPORT"
cat "$REPORT"
if [ -n "${BENCH_REPORT:-}" ]; then cat "$REPORT" >>"$BENCH_REPORT"; fi

if [ -n "$ERRORS" ]; then
  rel_log "errors in the app log:"
  printf '%s\n' "$ERRORS"
  exit 1
fi
if [ "$FAILED" -gt 0 ]; then rel_warn "$FAILED requests failed"; exit 1; fi
