#!/usr/bin/env bash
# Issue 15's small-call matrix, measured so that neither the process nor the hour decides a ratio: every method runs
# alone in a fresh process (in one process, earlier methods moved later ones by up to 1.6x), and the methods of a row
# take turns, round after round, so each round's ratios compare runs minutes apart at most. Prints, per method, the
# median time over the rounds with its range, and the median of the per-round ratios to the row's baseline.
#
#   tests/Benchmarks/run-matrix.sh [rounds] [row ...]    rows: ShortUtf8 LongUtf8 Utf16 TwoStrings EightStrings Span
#                                                        Shape InstanceGraph DeviceGraph (default: all); rounds: 5
# Quiet machine only: no build, test or other benchmark running.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
rounds="${1:-5}"
shift || true
rows=("$@")
[ ${#rows[@]} -gt 0 ] || rows=(ShortUtf8 LongUtf8 Utf16 TwoStrings EightStrings Span Shape InstanceGraph DeviceGraph)

dotnet build -c Release "$here" -v q -nologo >/dev/null
dll="$here/bin/Release/net10.0/ParamArena.Benchmarks.dll"
class=ParamArena.Benchmarks.Marshalling.SmallCallMatrixBenchmarks
results="$(mktemp)"
trap 'rm -f "$results"' EXIT
echo "# $(date -u '+%F %H:%M') UTC, load average $(cut -d' ' -f1-3 /proc/loadavg), $rounds rounds" >&2

for row in "${rows[@]}"; do
  mapfile -t methods < <(cd "$here" && dotnet "$dll" --list flat --filter "$class.${row}_*" | grep "^$class.${row}_" | sed "s/^$class\.//")
  for round in $(seq "$rounds"); do
    for method in "${methods[@]}"; do
      mean="$(cd "$here" && dotnet "$dll" --filter "$class.$method" --inProcess --warmupCount 5 --iterationCount 10 2>&1 \
        | awk -F'|' -v m="$method" '$2 ~ "^ " m " *$" { print $3 }')"
      # BenchmarkDotNet prints ns, or us for the slowest rows; keep ns.
      ns="$(echo "$mean" | awk '{ v = $1; gsub(",", "", v); if ($2 == "us" || $2 == "μs") v *= 1000; print v }')"
      echo "$row $round $method $ns" >> "$results"
      echo "  $row round $round: $method $ns ns" >&2
    done
  done
done
echo "# end $(date -u '+%H:%M') UTC, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2

# Per method: median and range of its times; median over rounds of its time / the baseline's time in that round.
awk '
  { t[$1, $3, $2] = $4; if (!(($1, $3) in seen)) { seen[$1, $3] = 1; order[++n] = $1 SUBSEP $3 } ; if ($2 > r) r = $2 }
  function median(a, k,    i, j, x) { for (i = 2; i <= k; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] > x; j--) a[j + 1] = a[j]; a[j + 1] = x }
                                       return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2 }
  END {
    printf "| row | method | median | range | / HandWritten | / LibraryImport |\n| --- | --- | ---: | ---: | ---: | ---: |\n"
    for (i = 1; i <= n; i++) {
      split(order[i], key, SUBSEP); row = key[1]; m = key[2]
      k = 0; lo = 1e18; hi = 0
      for (j = 1; j <= r; j++) if ((row, m, j) in t) { v[++k] = t[row, m, j]; if (v[k] < lo) lo = v[k]; if (v[k] > hi) hi = v[k] }
      med = median(v, k)
      for (b = 1; b <= 2; b++) {
        base = row "_" (b == 1 ? "HandWritten" : "LibraryImport"); q = 0
        for (j = 1; j <= r; j++) if ((row, m, j) in t && (row, base, j) in t) w[++q] = t[row, m, j] / t[row, base, j]
        ratio[b] = q ? sprintf("%.2f", median(w, q)) : ""
      }
      printf "| %s | %s | %.2f ns | %.2f-%.2f | %s | %s |\n", row, m, med, lo, hi, ratio[1], ratio[2]
    }
  }' "$results"
