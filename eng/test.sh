#!/usr/bin/env bash
# Runs every test in the solution: installs the machine prerequisites when missing, builds, and
# writes one TRX file per test project and pass under artifacts/test-results/<pass>/ (the passes and
# projects are listed in eng/test-results.expected; eng/count-results.sh checks and sums them).
set -uo pipefail
cd "$(dirname "$0")/.."

# Old results go first, before anything that can fail, so a failed step never leaves the last
# run's files to be counted.
results="artifacts/test-results"
rm -rf "$results"
mkdir -p "$results/normal" "$results/checked"

./eng/install-prerequisites.sh || exit 1

# The whole solution (the benchmarks too, whose equal-work checks Repository.Tests runs) is built before any
# test starts: dotnet test would otherwise start the tests of projects built early while it still builds the
# rest, and the tests that run nested builds (Package.Tests packs src/Runtime) would race it.
dotnet build ParamArena.sln -c Release -nodeReuse:false || exit 1

# -p:ParamArenaTrx=true names each project's TRX file after its assembly (Directory.Build.targets); the
# console shows the default minimal output (a --logger option here would replace the TRX logger).
status=0
dotnet test ParamArena.sln -c Release --no-build \
  -p:ParamArenaTrx=true --results-directory "$results/normal" "$@" || status=1

# Checked mode (canaries after every allocation, poisoned releases): the runtime's own tests and
# the generated stubs' compile-and-run tests again, so a stub that writes past its staging fails.
# The tests that only mean something in checked mode run here (the normal pass shows them skipped).
for project in tests/Runtime.Tests tests/Generator.Tests; do
  PARAMARENA_CHECKS=1 dotnet test "$project" -c Release --no-build \
    -p:ParamArenaTrx=true --results-directory "$results/checked" || status=1
done
exit $status
