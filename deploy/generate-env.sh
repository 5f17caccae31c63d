#!/usr/bin/env bash
# Writes a .env for docker compose with fresh random secrets, the staff-token key pair
# (deploy/jwt-keys.sh) and one ADMIN staff account.
#
#   deploy/generate-env.sh [admin-username]      # asks for the admin's password
#
# Needs openssl, and htpasswd (apache2-utils) or Docker for the BCrypt hash. Never overwrites
# an existing .env. The admin adds further staff on /admin/staff once signed in.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
target="$root/.env"
admin="${1:-admin}"

if [[ -e "$target" ]]; then
  echo "$target exists; not overwriting it." >&2
  exit 1
fi
if [[ ! "$admin" =~ ^[A-Za-z0-9._-]+$ ]]; then
  echo "Username may contain letters, digits, '.', '_' and '-' only." >&2
  exit 1
fi

read -r -s -p "Password for staff user '$admin': " password; echo
read -r -s -p "Repeat it: " repeated; echo
if [[ -z "$password" || "$password" != "$repeated" ]]; then
  echo "Passwords are empty or differ." >&2
  exit 1
fi

# The password goes through stdin, never onto a command line that `ps` could show.
bcrypt() {
  if command -v htpasswd >/dev/null; then
    printf '%s' "$1" | htpasswd -niBC 10 ''
  else
    printf '%s' "$1" | docker run --rm -i httpd:2.4-alpine htpasswd -niBC 10 ''
  fi | tr -d ':\n'
}
hash="$(bcrypt "$password")"
if [[ ! "$hash" =~ ^\$2[aby]\$ ]]; then
  echo "Could not produce a BCrypt hash (install apache2-utils, or run Docker)." >&2
  exit 1
fi

# Made before the file: a failure here stops the script (inside the here-document it would go unnoticed).
jwt_keys="$("$root/deploy/jwt-keys.sh")"

umask 077
# Single quotes: compose takes single-quoted .env values literally, '$' included.
cat > "$target" <<EOF
POSTGRES_PASSWORD='$(openssl rand -hex 24)'
BOOKING_DB_PASSWORD='$(openssl rand -hex 24)'
CONTENT_DB_PASSWORD='$(openssl rand -hex 24)'
NOTIFICATION_DB_PASSWORD='$(openssl rand -hex 24)'
IDENTITY_DB_PASSWORD='$(openssl rand -hex 24)'
$jwt_keys
CLINIC_MANAGE_LINK_KEY='$(openssl rand -base64 32 | tr -d '\n')'
CLINIC_STAFF_USERS='$admin:$hash:ADMIN'
GRAFANA_ADMIN_PASSWORD='$(openssl rand -hex 24)'
EOF
echo "Wrote $target (mode 600). Optional settings: see deploy/.env.example."
echo "Grafana (docker compose --profile observability up): user admin, password GRAFANA_ADMIN_PASSWORD in $target."
