#!/usr/bin/env bash
# docker-compose.yml mounts this into /docker-entrypoint-initdb.d/: the postgres image runs it once,
# when it initialises an empty data volume (a later `docker-compose up` does not run it again;
# `docker-compose down -v` drops the volume and so starts afresh).
#
# One role and one database per service (and Keycloak's, vhcs_keycloak), each role owning only its database, like `./vhcs db`
# does locally. The passwords come from the container's environment (docker-compose.yml), so
# nothing secret lives in this file.
set -euo pipefail

create_role_and_database() {
    local role=$1 db=$2 password=$3
    psql -v ON_ERROR_STOP=1 -X -q --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
        -v role="$role" -v db="$db" -v password="$password" <<'SQL'
CREATE ROLE :"role" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'password';
CREATE DATABASE :"db" OWNER :"role" ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
SQL
    echo "vhcs: created role $role and database $db"
}

create_role_and_database vhcs_report vhcs_report "${VHCS_REPORT_DB_PASSWORD:?VHCS_REPORT_DB_PASSWORD is not set}"
create_role_and_database vhcs_aggregation vhcs_aggregation "${VHCS_AGGREGATION_DB_PASSWORD:?VHCS_AGGREGATION_DB_PASSWORD is not set}"
create_role_and_database vhcs_gateway vhcs_gateway "${VHCS_GATEWAY_DB_PASSWORD:?VHCS_GATEWAY_DB_PASSWORD is not set}"
create_role_and_database vhcs_keycloak vhcs_keycloak "${VHCS_KEYCLOAK_DB_PASSWORD:?VHCS_KEYCLOAK_DB_PASSWORD is not set}"
