#!/usr/bin/env bash
# The province-scale benchmark (docs/performance.md): embedded PostgreSQL, the real application, N open
# founding cases for each N given (default: 1000 10000 100000), one result table.
#   bench/run.sh                 # 1k, 10k, 100k (about 30 minutes on 2 cores)
#   bench/run.sh 1000 10000      # smaller sizes
# The table is printed at the end and written to target/bench/report.md; the database's busiest statements
# per N are in target/bench/statements-N.txt, its largest tables in target/bench/tables-N.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="${*:-1000 10000 100000}"
./mvnw -B -Pbench ${MAVEN_OFFLINE:+-o} test -Dbench.sizes="$sizes" -Dsurefire.failIfNoSpecifiedTests=false
echo
cat target/bench/report.md
