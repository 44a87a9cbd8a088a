#!/usr/bin/env bash
# What building and testing migtrack needs on Debian 12, as root: PostgreSQL 15
# with its server headers and PGXS (pg_regress, pg_isolation_regress), the
# compiler, and Node.js + npm for the end-to-end tests with the real drizzle packages.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

pkgs=(postgresql-15 postgresql-server-dev-15 postgresql-common make gcc libc6-dev)
# The base image may ship node and npm outside Debian's packages.
command -v node >/dev/null && command -v npm >/dev/null || pkgs+=(nodejs npm)

need=()
for pkg in "${pkgs[@]}"; do
	dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
	echo "installing: ${need[*]}"
	apt-get update -qq
	apt-get install -y -qq "${need[@]}" </dev/null
fi
