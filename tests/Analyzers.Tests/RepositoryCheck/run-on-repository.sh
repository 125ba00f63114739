#!/usr/bin/env bash
# Builds the repository's samples and test projects with the ParamArena analyzers added, and lists every
# PA diagnostic. Warnings are errors in this repository, so any diagnostic also fails the build.
set -u
root="$(cd "$(dirname "$0")/../../.." && pwd)"
out="$(mktemp -d)"
dotnet build "$root/src/Analyzers/Analyzers.csproj" -c Release -o "$out/analyzers" -nodeReuse:false -v:q >/dev/null || exit 1
status=0
projects=("$@")
if [ ${#projects[@]} -eq 0 ]; then
  projects=(samples/VulkanStructs/VulkanStructs.csproj tests/Runtime.Tests/Runtime.Tests.csproj tests/Generator.Tests/Generator.Tests.csproj
            tests/VulkanSample.Tests/VulkanSample.Tests.csproj tests/Benchmarks/Benchmarks.csproj tests/Package.Tests/Package.Tests.csproj
            tests/Analyzers.Tests/Analyzers.Tests.csproj)
fi
for project in "${projects[@]}"; do
  log="$out/$(basename "$project" .csproj).log"
  dotnet build "$root/$project" -nodeReuse:false --no-incremental -v:m \
    -p:CustomAfterMicrosoftCommonTargets="$root/tests/Analyzers.Tests/RepositoryCheck/ParamArenaAnalyzers.targets" \
    -p:ParamArenaAnalyzersPath="$out/analyzers" >"$log" 2>&1 || status=1
  found="$(grep -E '(error|warning) PA[0-9]{4}' "$log" | sort -u)"
  echo "$project: $(printf '%s' "$found" | grep -c . ) ParamArena diagnostics"
  [ -n "$found" ] && echo "$found" && status=1
  grep -qE 'Build succeeded' "$log" || { echo "  build failed, see $log"; grep -E ' error ' "$log" | sort -u | head -5; }
done
exit $status
