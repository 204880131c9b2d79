#!/usr/bin/env bash
# Migrations for the three database providers, generated from the one model.
#
#   src/IetPortal.Infrastructure/migrations.sh add <Name>        add a migration <Name> for Sqlite, SqlServer and Postgres
#   src/IetPortal.Infrastructure/migrations.sh remove            remove the last migration of all three
#   src/IetPortal.Infrastructure/migrations.sh sqlserver-script [file]
#                                                                 idempotent SQL Server script of every migration
#                                                                 (default: artifacts/sqlserver-migrations.sql)
#   src/IetPortal.Infrastructure/migrations.sh postgres-script [file]   the same for PostgreSQL
#
# No database is contacted: design-time factories in Persistence/Providers supply the options.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
dotnet tool restore >/dev/null
project=src/IetPortal.Infrastructure
ef() { dotnet ef "$@" --project "$project" --startup-project "$project"; }

case "${1:-}" in
  add)
    name="${2:?usage: migrations.sh add <Name>}"
    for provider in Sqlite SqlServer Postgres; do
      ef migrations add "$name" --context "${provider}IetPortalDbContext" --output-dir "Migrations/$provider"
    done
    ;;
  remove)
    for provider in Sqlite SqlServer Postgres; do
      ef migrations remove --force --context "${provider}IetPortalDbContext"
    done
    ;;
  sqlserver-script)
    out="${2:-artifacts/sqlserver-migrations.sql}"
    mkdir -p "$(dirname "$out")"
    ef migrations script --idempotent --context SqlServerIetPortalDbContext --output "$out"
    echo "Wrote $out"
    ;;
  postgres-script)
    out="${2:-artifacts/postgres-migrations.sql}"
    mkdir -p "$(dirname "$out")"
    ef migrations script --idempotent --context PostgresIetPortalDbContext --output "$out"
    echo "Wrote $out"
    ;;
  *)
    sed -n '2,12p' "$0"
    exit 2
    ;;
esac
