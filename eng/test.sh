#!/usr/bin/env bash
# Runs every test in the solution: installs the machine prerequisites when missing, builds, and
# writes one TRX file per test project under artifacts/test-results (read by .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

./eng/install-prerequisites.sh

results="artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

dotnet test ParamArena.sln -c Release -nodeReuse:false \
  --logger "trx" --results-directory "$results" \
  --logger "console;verbosity=minimal" "$@"

# Checked mode (canaries after every allocation, poisoned releases): the runtime's own tests and
# the generated stubs' compile-and-run tests again, so a stub that writes past its staging fails.
for project in tests/Runtime.Tests tests/Generator.Tests; do
  PARAMARENA_CHECKS=1 dotnet test "$project" -c Release --no-build \
    --logger "trx;LogFileName=checked-$(basename "$project").trx" --results-directory "$results" \
    --logger "console;verbosity=minimal"
done
