#!/usr/bin/env bash
# Creates Thuisplan's three roles and its database. The official postgres image runs this once,
# from /docker-entrypoint-initdb.d, when its data directory is empty (first start only:
# changing the passwords in .env later does not change the roles; `docker compose down -v`
# starts over). For a managed server, an administrator runs the same statements by hand.
#
#   thuisplan_owner  owns the database and the tables, runs the Flyway migrations
#   thuisplan_app    the application's role: no ownership, no BYPASSRLS, so row-level
#                    security always applies to it
#   thuisplan_backup reads everything for pg_dump: BYPASSRLS (a dump must not be cut by the
#                    policies) but only SELECT, also on tables later migrations create
#                    (default privileges of the owner); optional, skipped without its password
#
# Passwords come from the environment and reach SQL only through psql variables (:'name'
# quotes them as literals), never by shell string concatenation.
set -euo pipefail

: "${THUISPLAN_DB_OWNER_PASSWORD:?THUISPLAN_DB_OWNER_PASSWORD must be set}"
: "${THUISPLAN_DB_PASSWORD:?THUISPLAN_DB_PASSWORD must be set}"
owner_user="${THUISPLAN_DB_OWNER_USER:-thuisplan_owner}"

psql -v ON_ERROR_STOP=1 --no-psqlrc \
    --username "${POSTGRES_USER:-postgres}" --dbname "${POSTGRES_DB:-postgres}" \
    --set owner_user="$owner_user" \
    --set owner_password="$THUISPLAN_DB_OWNER_PASSWORD" \
    --set app_user="${THUISPLAN_DB_USER:-thuisplan_app}" \
    --set app_password="$THUISPLAN_DB_PASSWORD" <<'SQL'
-- No NOINHERIT on the owner: before PostgreSQL 16 it would also cut the owner off from the
-- implicit pg_database_owner membership that gives it CREATE on schema public.
create role :"owner_user" login password :'owner_password'
    nosuperuser nocreatedb nocreaterole nobypassrls;
create role :"app_user" login password :'app_password'
    nosuperuser nocreatedb nocreaterole noinherit nobypassrls;
-- template0: UTF8 even where template1 has another encoding (e.g. SQL_ASCII).
-- As owner, thuisplan_owner may create the trusted extension btree_gist (PostgreSQL 13+).
create database thuisplan owner :"owner_user" template template0 encoding 'UTF8';
revoke all on database thuisplan from public;
grant connect, temporary on database thuisplan to :"app_user";
SQL

if [[ -n "${THUISPLAN_DB_BACKUP_PASSWORD:-}" ]]; then
    psql -v ON_ERROR_STOP=1 --no-psqlrc \
        --username "${POSTGRES_USER:-postgres}" --dbname thuisplan \
        --set owner_user="$owner_user" \
        --set backup_user="${THUISPLAN_DB_BACKUP_USER:-thuisplan_backup}" \
        --set backup_password="$THUISPLAN_DB_BACKUP_PASSWORD" <<'SQL'
-- The same statements as docs/operations.md, "Backups".
create role :"backup_user" login password :'backup_password'
    nosuperuser nocreatedb nocreaterole noinherit bypassrls;
grant connect on database thuisplan to :"backup_user";
grant usage on schema public to :"backup_user";
grant select on all tables in schema public to :"backup_user";
grant select on all sequences in schema public to :"backup_user";
alter default privileges for role :"owner_user" in schema public grant select on tables to :"backup_user";
alter default privileges for role :"owner_user" in schema public grant select on sequences to :"backup_user";
SQL
fi
