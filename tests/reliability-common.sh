# Shared by tests/durability.sh and tests/load.sh (sourced, not run): build in Release, start a throw-away
# PostgreSQL cluster (the way tests/run-tests.sh does), start and stop the app on a loopback port, clean up.
# The caller sets `set -euo pipefail` and calls rel_init first.

rel_log() { printf '[%s %s] %s\n' "$REL_NAME" "$(date +%H:%M:%S)" "$*"; }
rel_warn() { printf '[%s] WARNING: %s\n' "$REL_NAME" "$*" >&2; }

rel_init() {   # name
    REL_NAME="$1"
    REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
    export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
    if [ "$(id -u)" -eq 0 ]; then
        REL_TMP="$(mktemp -d /tmp/ietportal-$REL_NAME.XXXXXX)"   # the postgres OS user must reach it
    else
        REL_TMP="$(mktemp -d "${TMPDIR:-/tmp}/ietportal-$REL_NAME.XXXXXX")"
    fi
    chmod 755 "$REL_TMP"
    APP_DLL="$REPO_ROOT/src/IetPortal.Web/bin/Release/net10.0/IetPortal.Web.dll"
    DRIVER_DLL="$REPO_ROOT/tests/IetPortal.LoadDriver/bin/Release/net10.0/IetPortal.LoadDriver.dll"
    APP_PID=""
    PG_STARTED=0
    PG_BIN=""
    PG_USER_MODE=self
    trap rel_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
}

rel_cleanup() {
    local rc=$?
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    if [ "$PG_STARTED" -eq 1 ]; then
        rel_as_pg "$PG_BIN/pg_ctl" -D "$REL_TMP/pgdata" stop -m immediate -w >/dev/null 2>&1 || true
    fi
    if [ "${REL_KEEP_TMP:-0}" = "1" ]; then
        rel_log "kept $REL_TMP"
    else
        rm -rf "$REL_TMP"
    fi
    exit "$rc"
}

# Release build of the app and the driver (incremental: quick when nothing changed). IETPORTAL_SKIP_BUILD=1 skips it.
rel_build() {
    if [ "${IETPORTAL_SKIP_BUILD:-0}" = "1" ] && [ -f "$APP_DLL" ] && [ -f "$DRIVER_DLL" ]; then
        rel_log "build skipped (IETPORTAL_SKIP_BUILD=1)"
        return
    fi
    rel_log "dotnet build (Release): app and load driver"
    local project
    for project in src/IetPortal.Web tests/IetPortal.LoadDriver; do
        if ! dotnet build "$REPO_ROOT/$project" -c Release --nologo -v quiet --disable-build-servers >"$REL_TMP/build.log" 2>&1; then
            cat "$REL_TMP/build.log" >&2
            rel_warn "build of $project failed"
            exit 2
        fi
    done
}

rel_free_port() {   # first port from $1 that nothing listens on
    local port="$1"
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    echo "$port"
}

rel_as_pg() {
    if [ "$PG_USER_MODE" = postgres ]; then
        (cd "$REL_TMP" && runuser -u postgres -- "$@")
    else
        (cd "$REL_TMP" && "$@")
    fi
}

# A throw-away cluster with the server's default durability settings (fsync, synchronous_commit on), trust auth on
# 127.0.0.1. Sets PG_PORT.
rel_start_postgres() {
    PG_BIN="$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)")"
    if [ ! -x "$PG_BIN/initdb" ]; then
        rel_warn "PostgreSQL binaries not found (/usr/lib/postgresql/*/bin); install postgresql (tests/run-tests.sh does)"
        exit 2
    fi
    mkdir -p "$REL_TMP/pgdata"
    if [ "$(id -u)" -eq 0 ]; then
        PG_USER_MODE=postgres
        chown postgres: "$REL_TMP/pgdata"
    fi
    if ! rel_as_pg "$PG_BIN/initdb" -D "$REL_TMP/pgdata" -U postgres --auth=trust -E UTF8 --no-locale >"$REL_TMP/initdb.log" 2>&1; then
        cat "$REL_TMP/initdb.log" >&2
        rel_warn "initdb failed"
        exit 2
    fi
    PG_PORT="$(rel_free_port 56432)"
    if ! rel_as_pg "$PG_BIN/pg_ctl" -D "$REL_TMP/pgdata" -l "$REL_TMP/pgdata/server.log" -t 60 \
        -o "-p $PG_PORT -k $REL_TMP/pgdata -c listen_addresses=127.0.0.1 -c max_connections=300" -w start >/dev/null 2>&1; then
        cat "$REL_TMP/pgdata/server.log" >&2 || true
        rel_warn "PostgreSQL failed to start"
        exit 2
    fi
    PG_STARTED=1
    rel_log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
}

rel_postgres_connection() {   # database name
    echo "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=unused;Database=$1;Maximum Pool Size=100"
}

# Starts the app (Release build, Development environment: demo accounts, log level Warning; APP_ENVIRONMENT,
# APP_CONTENT_ROOT and APP_LOG_LEVEL override) with APP_PROVIDER and APP_CONNECTION, logging to $REL_TMP/app.log; waits until /health/ready answers 200.
# Sets APP_PID, APP_URL and APP_STARTUP_MS (from starting the process to the first 200).
rel_start_app() {
    APP_PORT="${APP_PORT:-$(rel_free_port 5280)}"
    APP_URL="http://127.0.0.1:$APP_PORT"
    mkdir -p "$REL_TMP/mail"
    local started
    started="$(date +%s%N)"
    ASPNETCORE_ENVIRONMENT="${APP_ENVIRONMENT:-Development}" \
    ASPNETCORE_URLS="$APP_URL" \
    Database__Provider="$APP_PROVIDER" \
    Database__ConnectionString="$APP_CONNECTION" \
    Email__PickupDirectory="$REL_TMP/mail" \
    Serilog__MinimumLevel__Default="${APP_LOG_LEVEL:-Warning}" \
        dotnet "$APP_DLL" --contentRoot "${APP_CONTENT_ROOT:-$REPO_ROOT/src/IetPortal.Web}" >>"$REL_TMP/app.log" 2>&1 &
    APP_PID=$!
    local i
    for ((i = 0; i < 9000; i++)); do
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            tail -n 40 "$REL_TMP/app.log" >&2
            rel_warn "the app exited while starting"
            exit 2
        fi
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "$APP_URL/health/ready" 2>/dev/null || true)" = "200" ]; then
            APP_STARTUP_MS=$((($(date +%s%N) - started) / 1000000))
            return 0
        fi
        sleep 0.02
    done
    rel_warn "the app did not become ready within 180 s"
    exit 2
}

rel_stop_app() {
    if [ -n "$APP_PID" ]; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
        APP_PID=""
    fi
}

# The 5xx answers and unhandled exceptions the app logged (its log level is Warning). Database errors the app catches
# and answers itself (two first saves of one review racing on its unique index, a lost concurrency check) are logged
# by EF Core at Error level too; they are counted apart by rel_handled_db_errors.
rel_app_errors() {
    grep -E 'responded 5[0-9][0-9]|[Uu]nhandled exception|FTL\]' "$REL_TMP/app.log" 2>/dev/null | head -n 20 || true
}

rel_handled_db_errors() {
    grep -c 'An exception occurred in the database while saving changes' "$REL_TMP/app.log" 2>/dev/null || true
}
