#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs the PostgreSQL tests (tests/pg/pg_test.cpp, binary $1) against a throwaway cluster:
# pg_virtualenv (postgresql-common) creates it on a free port, sets PGHOST, PGPORT, PGUSER and
# PGPASSWORD for the command, and drops it afterwards. Where PostgreSQL is not installed the
# tests are skipped (exit 77, which ctest reports as skipped) with a notice saying so.
set -euo pipefail
binary=$1
if ! command -v pg_virtualenv >/dev/null 2>&1 || ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
  echo "SKIPPED: PostgreSQL is not installed, so the PostgreSQL tests did not run" \
       "(scripts/install-deps.sh installs postgresql and postgresql-common)" >&2
  exit 77
fi
# -t: the cluster lives in a temporary directory, so two test runs on one machine (even as root)
# do not both claim the system-wide "regress" cluster.
exec pg_virtualenv -t "$binary"
