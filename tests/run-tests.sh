#!/usr/bin/env bash
# IetPortal: the project's single test command (CI runs it through .ci/run).
#
# What it does:
#   1. installs missing Debian packages (chromium, postgresql, python3-aiosmtpd)
#      when running as root (or through passwordless/interactive sudo);
#   2. starts a throw-away PostgreSQL cluster and a loopback SMTP sink;
#   3. dotnet tool restore, dotnet build (Release), dotnet format --verify-no-changes,
#      dotnet test (Release, --no-build, trx logger);
#   4. sums the .trx counters and prints, as the very last line of output:
#        Tests: N passed, N failed[, N skipped]
#      Build failures, formatting differences, a missing test result (no .trx)
#      and a non-zero `dotnet test` exit with no failed test each add 1 to "failed"
#      (the reason is printed on a line above the summary).
#   Exit status is 0 only if the build succeeded, failed == 0, passed > 0 and
#   the format check passed.
#
# Environment variables read by this script:
#   IETPORTAL_TEST_TARGET       project/solution to build, format-check and test
#                               (default: IetPortal.sln), e.g.
#                               tests/IetPortal.Domain.Tests/IetPortal.Domain.Tests.csproj
#   IETPORTAL_SKIP_FORMAT=1     skip the `dotnet format --verify-no-changes` check
#   IETPORTAL_DEBUG=1           self-check the services (psql `select 1`, send one
#                               mail through the SMTP sink) and print the exported env
#   IETPORTAL_TEST_RESULTS_DIR  if set, the .trx files and logs are copied there
#                               (the temp dir is always deleted on exit)
#
# Environment variables exported for the tests (only when the service is up):
#   IETPORTAL_TEST_POSTGRES     Npgsql connection string of a superuser on the
#                               throw-away server (no Database=; tests create their own)
#   IETPORTAL_TEST_SMTP_HOST    loopback SMTP sink host (127.0.0.1)
#   IETPORTAL_TEST_SMTP_PORT    its port
#   IETPORTAL_TEST_MAILDIR      Maildir where the sink stores every received message
#   IETPORTAL_CHROMIUM          /usr/bin/chromium (when installed)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO_ROOT="$(pwd)"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

TARGET="${IETPORTAL_TEST_TARGET:-IetPortal.sln}"
DEBUG="${IETPORTAL_DEBUG:-0}"

log() { printf '[run-tests] %s\n' "$*"; }
warn() { printf '[run-tests] WARNING: %s\n' "$*" >&2; }
debug() { if [ "$DEBUG" = "1" ]; then printf '[run-tests] debug: %s\n' "$*"; fi; }

IS_ROOT=0
if [ "$(id -u)" -eq 0 ]; then IS_ROOT=1; fi

# The Debian package python3-aiosmtpd installs into the system interpreter;
# prefer it over whatever `python3` is first on PATH (pyenv, venvs, ...).
find_python() {
    if [ -x /usr/bin/python3 ]; then
        echo /usr/bin/python3
    elif command -v python3 >/dev/null 2>&1; then
        command -v python3
    fi
}
PY="$(find_python)"

have_chromium() { [ -x /usr/bin/chromium ] || command -v chromium >/dev/null 2>&1; }
pg_bindir() {
    local initdb
    initdb="$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)"
    if [ -n "$initdb" ]; then dirname "$initdb"; fi
}
have_postgres() { [ -n "$(pg_bindir)" ]; }
have_aiosmtpd() { [ -n "$PY" ] && "$PY" -c 'import aiosmtpd' >/dev/null 2>&1; }

# ---------------------------------------------------------------------------
# 1. Debian packages
# ---------------------------------------------------------------------------
missing=()
have_chromium || missing+=(chromium)
have_postgres || missing+=(postgresql)
have_aiosmtpd || missing+=(python3-aiosmtpd)

if [ "${#missing[@]}" -gt 0 ]; then
    log "missing Debian packages: ${missing[*]}"
    SUDO=()
    can_install=1
    if [ "$IS_ROOT" -ne 1 ]; then
        if command -v sudo >/dev/null 2>&1; then
            if [ -t 0 ]; then SUDO=(sudo); else SUDO=(sudo -n); fi
        else
            can_install=0
        fi
    fi
    if [ "$can_install" -eq 1 ] && command -v apt-get >/dev/null 2>&1; then
        if "${SUDO[@]}" apt-get update \
            && "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
                apt-get install -y --no-install-recommends "${missing[@]}"; then
            log "installed: ${missing[*]}"
        else
            warn "could not install ${missing[*]}; tests that need them will fail"
        fi
    else
        warn "not root, no usable sudo/apt-get: cannot install ${missing[*]}."
        warn "install them with: apt-get install -y --no-install-recommends ${missing[*]}"
        warn "continuing; tests that need them will fail"
    fi
    PY="$(find_python)"
fi

# ---------------------------------------------------------------------------
# Temp dir + cleanup
# ---------------------------------------------------------------------------
if [ "$IS_ROOT" -eq 1 ]; then
    # The postgres OS user must be able to reach it, so stay out of root-only TMPDIRs.
    TMP_ROOT="$(mktemp -d /tmp/ietportal-tests.XXXXXX)"
else
    TMP_ROOT="$(mktemp -d "${TMPDIR:-/tmp}/ietportal-tests.XXXXXX")"
fi
RESULTS_DIR="$TMP_ROOT/results"
BUILD_LOG="$TMP_ROOT/build.log"
TEST_LOG="$TMP_ROOT/test.log"

PG_BIN=""
PG_DATA="$TMP_ROOT/data"
PG_STARTED=0
PG_USER_MODE=self   # self | postgres
SMTP_PID=""

# Run a command as the OS user that owns the cluster (cwd = temp dir, which
# that user can always read; the repo may not be readable by `postgres`).
as_pg() {
    if [ "$PG_USER_MODE" = postgres ]; then
        if command -v runuser >/dev/null 2>&1; then
            (cd "$TMP_ROOT" && runuser -u postgres -- "$@")
        else
            local q
            q="$(printf '%q ' "$@")"
            (cd "$TMP_ROOT" && su -s /bin/sh postgres -c "$q")
        fi
    else
        (cd "$TMP_ROOT" && "$@")
    fi
}

cleanup() {
    if [ "$PG_STARTED" -eq 1 ]; then
        as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" stop -m immediate -w || true
    fi
    if [ -n "$SMTP_PID" ]; then
        kill "$SMTP_PID" 2>/dev/null || true
        wait "$SMTP_PID" 2>/dev/null || true
    fi
    if [ -n "${IETPORTAL_TEST_RESULTS_DIR:-}" ]; then
        mkdir -p "$IETPORTAL_TEST_RESULTS_DIR" || true
        cp -r "$RESULTS_DIR" "$TMP_ROOT"/*.log "$IETPORTAL_TEST_RESULTS_DIR"/ || true
    fi
    rm -rf "$TMP_ROOT"
}
trap 'cleanup >/dev/null 2>&1' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A TCP port on 127.0.0.1 that nothing listens on / nothing has bound.
port_free() {
    local port="$1"
    if [ -n "$PY" ]; then
        "$PY" - "$port" <<'EOF' >/dev/null 2>&1
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # like the servers do
try:
    s.bind(("127.0.0.1", int(sys.argv[1])))
finally:
    s.close()
EOF
    else
        ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
    fi
}
find_free_port() {
    local port="$1" last=$(( $1 + 500 ))
    while [ "$port" -le "$last" ]; do
        if port_free "$port"; then echo "$port"; return 0; fi
        port=$(( port + 1 ))
    done
    return 1
}
wait_for_port() {   # port, seconds
    local i
    for (( i = 0; i < $2 * 10; i++ )); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
        sleep 0.1
    done
    return 1
}

# ---------------------------------------------------------------------------
# 2a. Throw-away PostgreSQL
# ---------------------------------------------------------------------------
start_postgres() {
    PG_BIN="$(pg_bindir)"
    if [ -z "$PG_BIN" ]; then
        warn "PostgreSQL binaries not found (/usr/lib/postgresql/*/bin); IETPORTAL_TEST_POSTGRES not set"
        return 0
    fi
    if [ "$IS_ROOT" -eq 1 ]; then
        if ! id postgres >/dev/null 2>&1; then
            warn "running as root but there is no 'postgres' OS user; IETPORTAL_TEST_POSTGRES not set"
            return 0
        fi
        PG_USER_MODE=postgres
        chown postgres: "$TMP_ROOT"
    fi

    local initdb_log="$TMP_ROOT/initdb.log"
    if ! as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
        >"$initdb_log" 2>&1; then
        debug "initdb with --locale=C.UTF-8 failed, retrying with --no-locale"
        as_pg rm -rf "$PG_DATA"
        if ! as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --no-locale \
            >>"$initdb_log" 2>&1; then
            warn "initdb failed; IETPORTAL_TEST_POSTGRES not set. initdb output:"
            cat "$initdb_log" >&2
            return 0
        fi
    fi

    local attempt port
    for attempt in 1 2 3; do
        port="$(find_free_port $(( 55432 + (attempt - 1) * 37 )))" || break
        if as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$TMP_ROOT/postgres.log" -t 60 \
            -o "-p $port -k $TMP_ROOT -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            -w start >/dev/null 2>&1; then
            PG_STARTED=1
            PG_PORT="$port"
            break
        fi
        # pg_ctl may have left a half-started server behind; make sure it is gone.
        as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" stop -m immediate >/dev/null 2>&1 || true
    done
    if [ "$PG_STARTED" -ne 1 ]; then
        warn "PostgreSQL failed to start; IETPORTAL_TEST_POSTGRES not set. Server log:"
        cat "$TMP_ROOT/postgres.log" >&2 2>/dev/null || true
        return 0
    fi

    export IETPORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=unused;Include Error Detail=true"
    log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
    if [ "$DEBUG" = "1" ]; then
        local probe
        probe="$("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -Atc 'select 1' 2>&1)" \
            || warn "psql self-check failed: $probe"
        debug "psql -h 127.0.0.1 -p $PG_PORT -U postgres -c 'select 1' -> $probe"
    fi
}
start_postgres

# ---------------------------------------------------------------------------
# 2b. Loopback SMTP sink (every message lands in a Maildir)
# ---------------------------------------------------------------------------
start_smtp() {
    if ! have_aiosmtpd; then
        warn "python3 aiosmtpd module not available; IETPORTAL_TEST_SMTP_* not set"
        return 0
    fi
    local maildir="$TMP_ROOT/maildir" port
    "$PY" -c 'import mailbox, sys; mailbox.Maildir(sys.argv[1], create=True)' "$maildir"
    port="$(find_free_port 55525)" || { warn "no free port for the SMTP sink"; return 0; }
    "$PY" -m aiosmtpd -n -l "127.0.0.1:$port" -c aiosmtpd.handlers.Mailbox "$maildir" \
        </dev/null >"$TMP_ROOT/smtp.log" 2>&1 &
    SMTP_PID=$!
    if ! wait_for_port "$port" 20 || ! kill -0 "$SMTP_PID" 2>/dev/null; then
        warn "SMTP sink failed to start; IETPORTAL_TEST_SMTP_* not set. Log:"
        cat "$TMP_ROOT/smtp.log" >&2 || true
        kill "$SMTP_PID" 2>/dev/null || true
        SMTP_PID=""
        return 0
    fi
    export IETPORTAL_TEST_SMTP_HOST=127.0.0.1
    export IETPORTAL_TEST_SMTP_PORT="$port"
    export IETPORTAL_TEST_MAILDIR="$maildir"
    log "SMTP sink on 127.0.0.1:$port (Maildir $maildir)"
    if [ "$DEBUG" = "1" ]; then
        # Send one message, check it arrived, then remove it so tests start empty.
        if ! "$PY" - "$port" "$maildir" <<'EOF'
import mailbox, smtplib, sys, time
port, path = int(sys.argv[1]), sys.argv[2]
with smtplib.SMTP("127.0.0.1", port, timeout=10) as s:
    s.sendmail("probe@ietportal.test", ["sink@ietportal.test"],
               "Subject: run-tests probe\r\n\r\nhello\r\n")
box = mailbox.Maildir(path, create=False)
for _ in range(50):
    if len(box) > 0:
        break
    time.sleep(0.1)
print(f"[run-tests] debug: SMTP sink accepted a connection; messages in Maildir: {len(box)}")
box.clear()
EOF
        then
            warn "SMTP sink self-check failed"
        fi
    fi
}
start_smtp

if have_chromium; then
    if [ -x /usr/bin/chromium ]; then
        export IETPORTAL_CHROMIUM=/usr/bin/chromium
    else
        export IETPORTAL_CHROMIUM="$(command -v chromium)"
    fi
    log "Chromium: $IETPORTAL_CHROMIUM"
else
    warn "chromium not installed; IETPORTAL_CHROMIUM not set (browser tests will fail)"
fi

if [ "$DEBUG" = "1" ]; then
    env | grep '^IETPORTAL_' | sort | sed 's/^/[run-tests] debug: env /'
fi

# ---------------------------------------------------------------------------
# 3. Build, format, test
# ---------------------------------------------------------------------------
FAILED_EXTRA=0     # infrastructure failures counted into "failed"
FORMAT_OK=1
BUILD_OK=1
NOTES=()

summary_and_exit() {   # passed failed skipped ok
    local passed="$1" failed="$2" skipped="$3" ok="$4" note
    for note in "${NOTES[@]+"${NOTES[@]}"}"; do
        printf '[run-tests] %s\n' "$note"
    done
    if [ "$skipped" -gt 0 ]; then
        printf 'Tests: %d passed, %d failed, %d skipped\n' "$passed" "$failed" "$skipped"
    else
        printf 'Tests: %d passed, %d failed\n' "$passed" "$failed"
    fi
    if [ "$ok" -eq 1 ]; then exit 0; else exit 1; fi
}

log "target: $TARGET"

if ! dotnet tool restore; then
    warn "dotnet tool restore failed (continuing)"
fi

log "dotnet build $TARGET -c Release"
build_rc=0
# --disable-build-servers: no MSBuild nodes / compiler server outlive the
# build (they would keep CI pipes open and are shared with other builds).
dotnet build "$TARGET" -c Release --nologo --disable-build-servers 2>&1 | tee "$BUILD_LOG" \
    || build_rc=$?
if [ "$build_rc" -ne 0 ]; then
    BUILD_OK=0
    NOTES+=("BUILD FAILED (dotnet build exit code $build_rc); tests were not run")
    summary_and_exit 0 1 0 0
fi

if [ "${IETPORTAL_SKIP_FORMAT:-0}" = "1" ]; then
    log "format check skipped (IETPORTAL_SKIP_FORMAT=1)"
else
    log "dotnet format $TARGET --verify-no-changes --no-restore"
    if ! dotnet format "$TARGET" --verify-no-changes --no-restore 2>&1 | tee "$TMP_ROOT/format.log"; then
        FORMAT_OK=0
        FAILED_EXTRA=$(( FAILED_EXTRA + 1 ))
        NOTES+=("FORMAT CHECK FAILED: formatting differs from .editorconfig (run 'dotnet format $TARGET'); counted as 1 failure")
    fi
fi

log "dotnet test $TARGET -c Release --no-build"
mkdir -p "$RESULTS_DIR"
test_rc=0
dotnet test "$TARGET" -c Release --no-build \
    --logger "trx;LogFilePrefix=results" --results-directory "$RESULTS_DIR" 2>&1 \
    | tee "$TEST_LOG" || test_rc=$?

# ---------------------------------------------------------------------------
# 4. Totals from the .trx files
# ---------------------------------------------------------------------------
counts=""
if [ -n "$PY" ]; then
    counts="$("$PY" - "$RESULTS_DIR" <<'EOF'
import pathlib, sys
import xml.etree.ElementTree as ET
files = sorted(pathlib.Path(sys.argv[1]).rglob("*.trx"))
total = passed = failed = not_executed = bad = 0
for f in files:
    try:
        root = ET.parse(f).getroot()
    except ET.ParseError:
        bad += 1
        continue
    c = next((e for e in root.iter() if e.tag.rsplit("}", 1)[-1] == "Counters"), None)
    if c is None:
        bad += 1
        continue
    g = lambda k: int(c.get(k, "0") or 0)
    total += g("total")
    passed += g("passed")
    failed += g("failed") + g("error") + g("timeout") + g("aborted")
    not_executed += g("notExecuted")
skipped = max(total - passed - failed, not_executed, 0)
print(len(files), passed, failed, skipped, bad)
EOF
)" || counts=""
fi
if [ -z "$counts" ]; then
    # No python3: crude fallback that reads the Counters attributes with grep/sed.
    nfiles=0; p=0; f=0; t=0
    while IFS= read -r -d '' trx; do
        nfiles=$(( nfiles + 1 ))
        line="$(grep -o '<Counters [^>]*' "$trx" | head -n 1 || true)"
        attr() { printf '%s' "$line" | sed -n "s/.* $1=\"\\([0-9]*\\)\".*/\\1/p"; }
        t=$(( t + $(attr total || echo 0) + 0 ))
        p=$(( p + $(attr passed || echo 0) + 0 ))
        f=$(( f + $(attr failed || echo 0) + 0 ))
    done < <(find "$RESULTS_DIR" -name '*.trx' -print0 2>/dev/null)
    s=$(( t - p - f )); [ "$s" -lt 0 ] && s=0
    counts="$nfiles $p $f $s 0"
fi
read -r trx_files passed failed skipped bad_trx <<<"$counts"

if [ "$trx_files" -eq 0 ]; then
    FAILED_EXTRA=$(( FAILED_EXTRA + 1 ))
    NOTES+=("NO TEST RESULTS: dotnet test (exit code $test_rc) produced no .trx file; counted as 1 failure")
elif [ "$bad_trx" -gt 0 ]; then
    FAILED_EXTRA=$(( FAILED_EXTRA + 1 ))
    NOTES+=("$bad_trx unreadable .trx file(s); counted as 1 failure")
elif [ "$test_rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
    FAILED_EXTRA=$(( FAILED_EXTRA + 1 ))
    NOTES+=("dotnet test exited with code $test_rc but no test failed (crashed test host?); counted as 1 failure")
fi
if [ "$passed" -eq 0 ]; then
    NOTES+=("no test passed")
fi

failed_total=$(( failed + FAILED_EXTRA ))
ok=0
if [ "$BUILD_OK" -eq 1 ] && [ "$FORMAT_OK" -eq 1 ] && [ "$failed_total" -eq 0 ] && [ "$passed" -gt 0 ]; then
    ok=1
fi
summary_and_exit "$passed" "$failed_total" "$skipped" "$ok"
