#!/usr/bin/env bash
# Runs once, as the postgres superuser, when the postgres:17 container starts with an empty
# data volume (the image's /docker-entrypoint-initdb.d hook). Changing a password in .env
# later does not reach an existing volume: ALTER ROLE it there, or start over with
# `docker compose down -v` (which deletes the data).
#
# One database and one login role per service, each role owning only its database, so the
# rule "no service reads another's tables" holds in PostgreSQL and not only in code.
set -euo pipefail

create_service_database() {
  local name="$1" password="$2"
  if [[ -z "$password" ]]; then
    echo "init-databases: no password given for role '$name'" >&2
    exit 1
  fi
  # psql variables (:"name" quotes an identifier, :'password' a literal) keep whatever
  # characters the generated password holds from ever being read as SQL.
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
       -v name="$name" -v password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
}

create_service_database booking "${BOOKING_DB_PASSWORD:-}"
create_service_database content "${CONTENT_DB_PASSWORD:-}"
create_service_database notification "${NOTIFICATION_DB_PASSWORD:-}"
# The gateway's: staff accounts, sessions, login throttling.
create_service_database identity "${IDENTITY_DB_PASSWORD:-}"
