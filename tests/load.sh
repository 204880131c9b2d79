#!/usr/bin/env bash
# Load without errors (docs/reliability.md): 64 concurrent clients on the demo accounts for a fixed time, a realistic
# mix of college staff (list, read, edit and save sections, check, copy and submit, resubmit) and reviewers (queue,
# claim, review page, checklist, comments, return or approve). Prints requests, throughput, p50/p95/p99 latency per
# request kind, errors and 5xx; exits non-zero on any error or 5xx.
#
#   bash tests/load.sh                    # SQLite (fresh file), 64 clients, 60 s
#   bash tests/load.sh postgres           # a throw-away PostgreSQL cluster instead
#   LOAD_CLIENTS=32 LOAD_SECONDS=120 bash tests/load.sh
#
# Environment: LOAD_CLIENTS (default 64), LOAD_SECONDS (default 60), LOAD_SEED (default 1), LOAD_REPORT (also write
# the report's table to this file), IETPORTAL_SKIP_BUILD=1 (use the existing Release build), REL_KEEP_TMP=1 (keep
# the temp folder: app log, database). Not part of tests/run-tests.sh.
# Exit status: 0 without errors or 5xx; 1 otherwise; 2 when the run itself could not be done.
set -euo pipefail
# shellcheck source=tests/reliability-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/reliability-common.sh"
rel_init load

PROVIDER="${1:-sqlite}"
case "$PROVIDER" in
  sqlite)
    APP_PROVIDER=Sqlite
    APP_CONNECTION="Data Source=$REL_TMP/ietportal.db"
    ;;
  postgres)
    APP_PROVIDER=Postgres
    ;;
  *) echo "usage: $0 [sqlite|postgres]" >&2; exit 2 ;;
esac

rel_build
if [ "$PROVIDER" = postgres ]; then
  rel_start_postgres
  APP_CONNECTION="$(rel_postgres_connection ietportal_load)"
fi

rel_log "$PROVIDER: starting the app (fresh database)"
rel_start_app
rel_log "load: ${LOAD_CLIENTS:-64} clients, ${LOAD_SECONDS:-60} s; machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
report_args=()
if [ -n "${LOAD_REPORT:-}" ]; then report_args=(--report "$LOAD_REPORT"); fi
rc=0
dotnet "$DRIVER_DLL" load --url "$APP_URL" --clients "${LOAD_CLIENTS:-64}" --seconds "${LOAD_SECONDS:-60}" \
  --seed "${LOAD_SEED:-1}" "${report_args[@]+"${report_args[@]}"}" || rc=$?
rel_log "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
rel_stop_app

rel_log "database errors the app logged and handled itself (races on a unique index or a concurrency stamp): $(rel_handled_db_errors)"
errors="$(rel_app_errors)"
if [ -n "$errors" ]; then
  rel_log "errors in the app log:"
  printf '%s\n' "$errors"
  rc=1
fi
exit "$rc"
