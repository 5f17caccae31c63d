#!/usr/bin/env bash
# Prints a fresh EC P-256 key pair for staff tokens (ES256) as two .env lines:
#
#   CLINIC_JWT_PRIVATE_KEY='...'   PKCS#8 DER, base64: the gateway's alone, it signs with it
#   CLINIC_JWT_PUBLIC_KEY='...'    X.509 DER, base64: the services verify with it
#
#   deploy/jwt-keys.sh                       # used by deploy/generate-env.sh
#   deploy/jwt-keys.sh >> .env               # a new pair (delete the old two lines first): everyone signs in again
#
# Needs only openssl. The private key travels through pipes, never through a file or a command line.
set -euo pipefail

private_key="$(openssl ecparam -name prime256v1 -genkey -noout \
  | openssl pkcs8 -topk8 -nocrypt -outform DER | openssl base64 -A)"
public_key="$(printf '%s' "$private_key" | openssl base64 -d -A \
  | openssl pkey -inform DER -pubout -outform DER | openssl base64 -A)"

printf "CLINIC_JWT_PRIVATE_KEY='%s'\n" "$private_key"
printf "CLINIC_JWT_PUBLIC_KEY='%s'\n" "$public_key"
