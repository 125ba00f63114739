#!/usr/bin/env bash
# Sums the TRX result files of a test run and checks them against the list of results the run must
# have written. Prints one line "N passed, N failed" (", N skipped" when any were skipped) on stdout,
# the reason for every failure it adds on stderr, and exits non-zero unless every expected project
# wrote one well-formed result with at least one executed test and none failed.
#
#   eng/count-results.sh <results-dir> <expected-list>
#
# <expected-list> has one line per result: "<pass> <test assembly name> [no-skips]", where <pass> is
# the folder under <results-dir> that pass writes into. A result file is matched to its project by the
# test assembly it ran (the TRX "storage" attribute), not by its name, so a file from another project
# cannot stand in for a missing one. "no-skips" counts every skipped test of that project as a failure
# (for a pass that exists to run tests the other pass skips).
# Each problem found (a missing, duplicate, unexpected, malformed or empty result, a run that did not
# complete) adds one failure, so the line can never read "0 failed" when something is wrong.
set -uo pipefail

if (($# != 2)); then
  echo "usage: $0 <results-dir> <expected-list>" >&2
  exit 2
fi
dir=$1
list=$2

passed=0 failed=0 skipped=0
problem() { echo "count-results: $*" >&2; failed=$((failed + 1)); }

declare -A expected=() flags=() seen=()
if [[ ! -r $list ]]; then
  problem "cannot read the expected list $list"
else
  while read -r pass assembly flag _ || [[ -n ${pass:-} ]]; do
    [[ -z ${pass:-} || $pass == \#* ]] && continue
    key="$pass/${assembly,,}"
    expected[$key]=$assembly
    flags[$key]=${flag:-}
  done <"$list"
  ((${#expected[@]})) || problem "the expected list $list names no results"
fi

# The value of one attribute of the Counters element; empty when it is missing or not a number.
counter() { sed -n "s/.* $1=\"\([0-9][0-9]*\)\".*/\1/p" <<<"$counters"; }

shopt -s nullglob
for trx in "$dir"/*/*.trx "$dir"/*.trx; do
  rel=${trx#"$dir"/}
  pass=${rel%%/*}
  [[ $rel == */* ]] || pass=""

  storage=$(grep -o -m 1 '<UnitTest [^>]*storage="[^"]*"' "$trx" | sed 's/.*storage="\([^"]*\)".*/\1/')
  assembly=${storage##*/}
  assembly=${assembly%.dll}
  key="$pass/${assembly,,}"
  if [[ -z $assembly ]]; then
    # No test at all: either a project that discovered nothing or a file cut short.
    name="$rel (no test in it)"
  else
    name="$key"
    if [[ -z ${expected[$key]:-} ]]; then
      problem "$rel: results of ${assembly} in pass '${pass}', which the expected list does not name"
    elif [[ -n ${seen[$key]:-} ]]; then
      problem "$rel: a second result file for $key (the first was ${seen[$key]})"
    else
      seen[$key]=$rel
    fi
  fi

  if ! grep -q '</TestRun>' "$trx"; then
    problem "$name: the result file is cut short (no </TestRun>)"
    continue
  fi
  counters=$(grep -o -m 1 '<Counters [^>]*>' "$trx")
  if [[ -z $counters ]]; then
    problem "$name: the result file has no <Counters>"
    continue
  fi
  total=$(counter total) executed=$(counter executed) p=$(counter passed) f=$(counter failed)
  e=$(counter error) t=$(counter timeout) a=$(counter aborted)
  if [[ -z $total || -z $executed || -z $p || -z $f || -z $e || -z $t || -z $a ]]; then
    problem "$name: <Counters> lacks a count (total, executed, passed, failed, error, timeout, aborted): $counters"
    continue
  fi
  passed=$((passed + p))
  failed=$((failed + f + e + t + a))
  skipped=$((skipped + total - executed))
  if ((executed == 0)); then
    problem "$name: no test was executed ($total found)"
  fi
  if [[ -n $assembly && ${flags[$key]:-} == no-skips ]] && ((total > executed)); then
    problem "$name: $((total - executed)) tests skipped in a pass that must run them all"
  fi
  outcome=$(grep -o -m 1 '<ResultSummary outcome="[^"]*"' "$trx" | sed 's/.*outcome="\([^"]*\)"/\1/')
  case "$outcome" in
    Completed | Passed | Warning) ;;
    Failed) ((f + e + t + a > 0)) || problem "$name: the run failed without a failed test (outcome Failed)" ;;
    *) problem "$name: the run did not complete (outcome '${outcome}')" ;;
  esac
done

for key in "${!expected[@]}"; do
  [[ -n ${seen[$key]:-} ]] || problem "${key%%/*}/${expected[$key]}: no result file (the project did not build, did not run, or found no tests)"
done

line="$passed passed, $failed failed"
((skipped > 0)) && line="$line, $skipped skipped"
echo "$line"
((failed == 0 && passed > 0))
