#!/usr/bin/env bash
# Docker HEALTHCHECK without curl or wget in the image: one HTTP/1.0 request over bash's
# /dev/tcp to the readiness probe. Exits 0 only when the service reports UP.
set -euo pipefail
port="${1:-${SERVER_PORT:-8080}}"
exec 3<>"/dev/tcp/127.0.0.1/${port}"
printf 'GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
timeout 5 cat <&3 | grep -q '"status":"UP"'
