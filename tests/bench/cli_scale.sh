#!/bin/sh
# Times the analyst's headless runs on generated roadmaps of 1,000 / 10,000 / 100,000
# capabilities (tests/bench/roadmap_plan.h, via waveplan_bench_storage --keep): CSV import,
# validate, schedule (the default: sized budget, stops at the lower bound), JSON and CSV
# export, and the PDF report. Each command is one process, timed whole (start-up, open and
# write included), as a script or CI job would run it. Not a ctest test; see docs/benchmarks.md.
#
# Usage: tests/bench/cli_scale.sh BUILD_DIR BENCH_BUILD_DIR [SIZES [PDF_MAX]]
#   e.g. build build-bench "1000 10000"; the PDF is made only up to PDF_MAX capabilities
#   (default 10000: the report's map of 10,000 capabilities already takes most of a minute).
set -eu
build=${1:?usage: cli_scale.sh BUILD_DIR BENCH_BUILD_DIR [SIZES]}
bench=${2:?usage: cli_scale.sh BUILD_DIR BENCH_BUILD_DIR [SIZES]}
sizes=${3:-1000 10000 100000}
pdfMax=${4:-10000}
waveplan="$build/app/waveplan"
work=$(mktemp -d "${TMPDIR:-/tmp}/waveplan-cli-scale-XXXXXX")
trap 'rm -rf "$work"' EXIT

# Seconds taken by a command; its output goes to $work/last.log, and a failure stops the script.
timed() {
    start=$(date +%s.%N)
    if ! "$@" > "$work/last.log" 2>&1; then
        case "$1" in *validate) ;; *) echo "failed: $*" >&2; cat "$work/last.log" >&2; exit 1 ;; esac
    fi
    end=$(date +%s.%N)
    echo "$start $end" | awk '{ printf "%.2f", $2 - $1 }'
}

sizesComma=$(echo "$sizes" | tr ' ' ',')
"$bench/tests/bench/waveplan_bench_storage" --sizes "$sizesComma" --repeat 1 --keep "$work" > /dev/null
printf "%12s %8s %8s %9s %9s %8s %8s %8s  %s\n" capabilities "caps csv" import validate schedule "json" "wave csv" pdf "schedule says"
for n in $sizes; do
    plan="$work/plan-$n.waveplan"
    csvOut=$(timed "$waveplan" export "$plan" -o "$work/caps-$n.csv" --teams-out "$work/teams-$n.csv")
    import=$(timed "$waveplan" import "$work/caps-$n.csv" --teams "$work/teams-$n.csv" -o "$work/imported-$n.waveplan")
    validate=$(timed "$waveplan" validate "$plan")
    schedule=$(timed "$waveplan" schedule "$plan")
    says=$(grep -m1 -o "^Proven as short as the plan allows\|lower bound [^.(]*" "$work/last.log" || true)
    json=$(timed "$waveplan" export "$plan" -o "$work/plan-$n.json")
    csv=$(timed "$waveplan" export "$plan" -o "$work/schedule-$n.csv" --format schedule-csv)
    pdf=skipped
    if [ "$n" -le "$pdfMax" ]; then
        pdf=$(timed "$waveplan" export "$plan" -o "$work/report-$n.pdf")
    fi
    printf "%12s %8s %8s %9s %9s %8s %8s %8s  %s\n" "$n" "$csvOut" "$import" "$validate" "$schedule" "$json" "$csv" "$pdf" "$says"
done
