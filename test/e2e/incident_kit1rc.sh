#!/usr/bin/env bash
# Incident reproduction with drizzle-kit/drizzle-orm 1.0.0-rc.5-ab785fc (folder format).
# Run: pg_virtualenv -t bash test/e2e/incident_kit1rc.sh   (after make install)
set -euo pipefail
KIT=kit1rc
# shellcheck source=incident_common.sh
source "$(dirname "${BASH_SOURCE[0]}")/incident_common.sh"
