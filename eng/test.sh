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
