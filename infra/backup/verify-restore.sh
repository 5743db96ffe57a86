#!/usr/bin/env bash
# Proves that a backup of Thuisplan's database can be restored: dumps the database as the backup role
# (pg_dump -Fc, as docs/operations.md "Backups" prescribes), restores the dump into a new database as the
# owner role, and compares every table of the schema (listed from the catalog, not from a list kept here)
# by row count and by an md5 over all its rows, plus the last value of every sequence. The source side is
# read in the very snapshot the dump was taken from (pg_export_snapshot), so a live installation that
# keeps writing does not make the comparison fail. Exit code 0 only when everything is equal.
#
# Connection: the usual libpq variables (PGHOST, PGPORT, PGSSLMODE ...); passwords from the variables
# below or from ~/.pgpass.
#   THUISPLAN_DB_NAME    database to back up                          (thuisplan)
#   RESTORE_DB           scratch database it is restored into          (thuisplan_restore_check; dropped
#                        first if it exists, and afterwards unless KEEP_RESTORE=1)
#   BACKUP_USER / BACKUP_PASSWORD   the backup role (BYPASSRLS, read-only)   (thuisplan_backup)
#   OWNER_USER / OWNER_PASSWORD     the tables' owner, restores the dump      (thuisplan_owner)
#   ADMIN_USER / ADMIN_PASSWORD     may create and drop databases             (postgres)
#   DUMP_FILE            where the dump goes (kept); default a temporary file that is removed
#   SCHEMA               the schema compared                          (public)
#   PG_BIN               directory of pg_dump, pg_restore, psql       (found on PATH)
#   DUMP_OPTIONS         more pg_dump options, e.g. --enable-row-security for a dump without BYPASSRLS
#                        (docs/operations.md, "Without BYPASSRLS")
set -euo pipefail

SOURCE_DB="${THUISPLAN_DB_NAME:-thuisplan}"
RESTORE_DB="${RESTORE_DB:-thuisplan_restore_check}"
BACKUP_USER="${BACKUP_USER:-thuisplan_backup}"
OWNER_USER="${OWNER_USER:-thuisplan_owner}"
ADMIN_USER="${ADMIN_USER:-postgres}"
SCHEMA="${SCHEMA:-public}"
bin() { if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN/$1"; else echo "$1"; fi; }

if [[ "$RESTORE_DB" == "$SOURCE_DB" ]]; then
    echo "RESTORE_DB must differ from the database backed up ($SOURCE_DB)" >&2
    exit 2
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dump="${DUMP_FILE:-$work/thuisplan.dump}"

# psql as a role; the password, if given, travels only in the child's environment
as() {
    local user="$1" password="$2" db="$3"
    shift 3
    PGPASSWORD="$password" "$(bin psql)" -X -q -tA -v ON_ERROR_STOP=1 --no-password -U "$user" -d "$db" "$@"
}

# One line per table ("table|rows|md5") and per sequence ("sequence|last value"), sorted by name.
checksum_sql="$(cat <<SQL
select format('select %L, count(*), md5(coalesce(string_agg(t::text, %L order by t::text), %L)) from %I.%I t',
              'table ' || tablename, '|', '', schemaname, tablename)
from pg_tables where schemaname = '$SCHEMA' order by tablename
\\gexec
select 'sequence ' || sequencename, coalesce(last_value::text, 'unused') from pg_sequences
where schemaname = '$SCHEMA' order by sequencename;
SQL
)"

echo "1. dump of $SOURCE_DB as $BACKUP_USER, in one snapshot with the source's checksums"
# A session that exports its snapshot and stays open: pg_dump takes exactly that snapshot, and the
# source's checksums are computed in it afterwards.
coproc SOURCE { as "$BACKUP_USER" "${BACKUP_PASSWORD:-}" "$SOURCE_DB" 2>&1; }
echo "begin transaction isolation level repeatable read, read only; select pg_export_snapshot();" >&"${SOURCE[1]}"
read -r -t 60 snapshot <&"${SOURCE[0]}" || { echo "no snapshot from $SOURCE_DB as $BACKUP_USER" >&2; exit 1; }
if [[ ! "$snapshot" =~ ^[0-9A-F-]+$ ]]; then
    echo "cannot read $SOURCE_DB as $BACKUP_USER: $snapshot" >&2
    exit 1
fi
PGPASSWORD="${BACKUP_PASSWORD:-}" "$(bin pg_dump)" --no-password -U "$BACKUP_USER" -d "$SOURCE_DB" \
    -Fc --snapshot="$snapshot" ${DUMP_OPTIONS:-} -f "$dump"
printf '%s\n\\echo __END__\n' "$checksum_sql" >&"${SOURCE[1]}"
: > "$work/source.txt"
while read -r -t 600 line <&"${SOURCE[0]}"; do
    [[ "$line" == __END__ ]] && break
    echo "$line" >> "$work/source.txt"
done
echo "commit;" >&"${SOURCE[1]}"
exec {SOURCE[1]}>&-
wait "$SOURCE_PID" || { echo "checksums of $SOURCE_DB failed: $(cat "$work/source.txt")" >&2; exit 1; }
echo "   $(wc -c < "$dump") bytes, snapshot $snapshot"

echo "2. restore into a new database $RESTORE_DB as $OWNER_USER"
as "$ADMIN_USER" "${ADMIN_PASSWORD:-}" postgres <<SQL
set client_min_messages = warning;
drop database if exists "$RESTORE_DB";
create database "$RESTORE_DB" owner "$OWNER_USER" template template0 encoding 'UTF8';
revoke all on database "$RESTORE_DB" from public;
grant connect on database "$RESTORE_DB" to "$BACKUP_USER";
SQL
PGPASSWORD="${OWNER_PASSWORD:-}" "$(bin pg_restore)" --no-password -U "$OWNER_USER" -d "$RESTORE_DB" --exit-on-error "$dump"

echo "3. row counts and checksums of every table in schema $SCHEMA"
printf '%s\n' "$checksum_sql" | as "$BACKUP_USER" "${BACKUP_PASSWORD:-}" "$RESTORE_DB" -f - > "$work/restored.txt"
if [[ "${KEEP_RESTORE:-0}" != 1 ]]; then
    as "$ADMIN_USER" "${ADMIN_PASSWORD:-}" postgres -c "drop database \"$RESTORE_DB\""
fi
tables=$(grep -c '^table ' "$work/source.txt" || true)
rows=$(awk -F'|' '/^table /{n+=$2} END{print n+0}' "$work/source.txt")
if ! diff "$work/source.txt" "$work/restored.txt" > "$work/diff.txt"; then
    echo "RESTORE DIFFERS from $SOURCE_DB (< source, > restored):" >&2
    cat "$work/diff.txt" >&2
    exit 1
fi
if [[ "$tables" -eq 0 ]]; then
    echo "no tables in schema $SCHEMA of $SOURCE_DB: nothing was compared" >&2
    exit 1
fi
echo "RESTORE VERIFIED: $tables tables, $rows rows and $(grep -c '^sequence ' "$work/source.txt" || true) sequences equal in $SOURCE_DB and its restore"
