#!/usr/bin/env bash
# Creates Thuisplan's two roles and its database. The official postgres image runs this once,
# from /docker-entrypoint-initdb.d, when its data directory is empty (first start only:
# changing the passwords in .env later does not change the roles; `docker compose down -v`
# starts over). For a managed server, an administrator runs the same statements by hand.
#
#   thuisplan_owner  owns the database and the tables, runs the Flyway migrations
#   thuisplan_app    the application's role: no ownership, no BYPASSRLS, so row-level
#                    security always applies to it
#
# Passwords come from the environment and reach SQL only through psql variables (:'name'
# quotes them as literals), never by shell string concatenation.
set -euo pipefail

: "${THUISPLAN_DB_OWNER_PASSWORD:?THUISPLAN_DB_OWNER_PASSWORD must be set}"
: "${THUISPLAN_DB_PASSWORD:?THUISPLAN_DB_PASSWORD must be set}"

psql -v ON_ERROR_STOP=1 --no-psqlrc \
    --username "${POSTGRES_USER:-postgres}" --dbname "${POSTGRES_DB:-postgres}" \
    --set owner_user="${THUISPLAN_DB_OWNER_USER:-thuisplan_owner}" \
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
