#!/usr/bin/env bash
# Incident reproduction with drizzle-kit/drizzle-orm 0.31.11 / 0.45.4 (journal format).
# Run: pg_virtualenv -t bash test/e2e/incident_kit031.sh   (after make install)
set -euo pipefail
KIT=kit031
# shellcheck source=incident_common.sh
source "$(dirname "${BASH_SOURCE[0]}")/incident_common.sh"
