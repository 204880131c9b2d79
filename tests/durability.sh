#!/usr/bin/env bash
# Durability under a crash (docs/reliability.md): drive concurrent section saves and state changes from several
# clients, kill the app with SIGKILL in the middle, restart it, and check that every save the app acknowledged is
# stored exactly, nothing is half-written, and the audit trail matches the data.
#
#   bash tests/durability.sh              # SQLite, then PostgreSQL (default: all)
#   bash tests/durability.sh sqlite       # one provider
#   bash tests/durability.sh postgres
#
# Environment: DURABILITY_ROUNDS (kills per provider, default 1; each round's data is re-checked after every later
# kill), DURABILITY_CLIENTS (default 8, even), DURABILITY_SEED (default: random; printed so a run can be repeated as
# far as timing allows), IETPORTAL_SKIP_BUILD=1 (use the existing Release build), REL_KEEP_TMP=1 (keep the temp
# folder: app log, journals, database). Not part of tests/run-tests.sh.
# Exit status: 0 when every check of every round holds; 1 on any violation; 2 when the run itself could not be done.
set -euo pipefail
# shellcheck source=tests/reliability-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/reliability-common.sh"
rel_init durability

TARGET="${1:-all}"
case "$TARGET" in
  sqlite | postgres | all) ;;
  *) echo "usage: $0 [sqlite|postgres|all]" >&2; exit 2 ;;
esac
ROUNDS="${DURABILITY_ROUNDS:-1}"
CLIENTS="${DURABILITY_CLIENTS:-8}"
SEED="${DURABILITY_SEED:-$((RANDOM % 1000 + 1))}"

rel_build
rel_log "seed $SEED, $CLIENTS clients, $ROUNDS kills per provider"

RESULTS=()
FAILED=0

run_provider() {   # sqlite | postgres
  local provider="$1" journals=() round ready delay rc driver_pid verify_args
  if [ "$provider" = sqlite ]; then
    mkdir -p "$REL_TMP/sqlite"
    APP_PROVIDER=Sqlite
    APP_CONNECTION="Data Source=$REL_TMP/sqlite/ietportal.db"
  else
    [ "$PG_STARTED" -eq 1 ] || rel_start_postgres
    APP_PROVIDER=Postgres
    APP_CONNECTION="$(rel_postgres_connection "ietportal_durability_$SEED")"
  fi

  rel_log "$provider: starting the app (fresh database)"
  rel_start_app
  for ((round = 1; round <= ROUNDS; round++)); do
    ready="$REL_TMP/$provider-ready-$round"
    journals+=("$REL_TMP/$provider-R$round.json")
    dotnet "$DRIVER_DLL" durability-load --url "$APP_URL" --journal "${journals[-1]}" --ready "$ready" \
      --clients "$CLIENTS" --seed "$((SEED * 10 + round))" --label "R$round" --max-seconds 120 &
    driver_pid=$!
    while [ ! -f "$ready" ]; do
      if ! kill -0 "$driver_pid" 2>/dev/null; then
        wait "$driver_pid" || true
        rel_warn "$provider round $round: the driver stopped before the load started"
        exit 2
      fi
      sleep 0.2
    done

    # Somewhere in the middle of the writes: 3 to 10 s after they start (varies with the seed, round and provider).
    delay=$(((SEED + round * 7 + ${#provider}) % 8 + 3))
    sleep "$delay"
    rel_log "$provider round $round: SIGKILL to the app after ${delay} s of writes"
    kill -KILL "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
    wait "$driver_pid" || { rel_warn "$provider round $round: the driver failed"; exit 2; }

    rel_log "$provider round $round: restarting and verifying"
    rel_start_app
    verify_args=()
    for j in "${journals[@]}"; do verify_args+=(--journal "$j"); done
    rc=0
    dotnet "$DRIVER_DLL" durability-verify --url "$APP_URL" --provider "$APP_PROVIDER" --connection "$APP_CONNECTION" \
      "${verify_args[@]}" || rc=$?
    if [ "$rc" -eq 0 ]; then
      RESULTS+=("$provider round $round: PASSED")
    else
      RESULTS+=("$provider round $round: FAILED")
      FAILED=1
    fi
  done
  rel_stop_app
  local errors
  rel_log "$provider: database errors the app logged and handled itself: $(rel_handled_db_errors)"
  errors="$(rel_app_errors)"
  if [ -n "$errors" ]; then
    rel_log "$provider: 5xx or unhandled exceptions in the app log:"
    printf '%s\n' "$errors"
    RESULTS+=("$provider: 5xx or unhandled exceptions in the app log: FAILED")
    FAILED=1
  fi
  : >"$REL_TMP/app.log"
}

if [ "$TARGET" = sqlite ] || [ "$TARGET" = all ]; then run_provider sqlite; fi
if [ "$TARGET" = postgres ] || [ "$TARGET" = all ]; then run_provider postgres; fi

echo
echo "Durability summary (seed $SEED):"
for line in "${RESULTS[@]}"; do echo "  $line"; done
if [ "$FAILED" -ne 0 ]; then
  echo "DURABILITY FAILED"
  exit 1
fi
echo "DURABILITY PASSED"
