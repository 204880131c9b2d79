#!/usr/bin/env bash
# Measures ComplianceService.RecheckOpenDraftsAsync on SQLite with 1,000 and 10,000 open drafts (docs/benchmarks.md).
# Runs the integration test RecheckVolumeTests with IETPORTAL_RECHECK_DRAFTS set and prints its measurements; the
# default test run uses 600 drafts and asserts only what was re-checked, never how long it took.
#
#   bash tests/recheck-benchmark.sh            # 1000 and 10000 drafts
#   bash tests/recheck-benchmark.sh 2500       # any counts
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
counts=("$@")
if [ "${#counts[@]}" -eq 0 ]; then counts=(1000 10000); fi
dotnet build tests/IetPortal.Web.Tests -c Release --nologo -v quiet >/dev/null
for count in "${counts[@]}"; do
  IETPORTAL_RECHECK_DRAFTS="$count" dotnet test tests/IetPortal.Web.Tests -c Release --no-build --nologo \
    --filter "FullyQualifiedName~RecheckVolumeTests" --logger "console;verbosity=detailed" 2>&1 \
    | grep -E "SQLite,|first check|re-check |Passed!|Failed!|error" || true
done
