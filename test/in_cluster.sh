#!/usr/bin/env bash
# Runs inside `pg_virtualenv -t` (a throwaway cluster): every suite, each one
# reporting on its own even when an earlier one failed.
cd "$(dirname "$0")/.."
echo "=== pg_regress"
make -s installcheck ISOLATION= || true
echo "=== isolation"
make -s installcheck REGRESS= || true
echo "=== end-to-end (real drizzle-kit / drizzle-orm)"
bash test/e2e/run.sh || true
