#!/bin/sh
# Renders the sample plan's report and saves representative pages as docs/images/report-*.png
# (shown in docs/reports.md). Needs a built `waveplan` and poppler-utils.
# Usage: docs/make-report-images.sh [path/to/waveplan]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
waveplan=${1:-"$here/../build/app/waveplan"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The sample plan as the app ships it (resources/CMakeLists.txt builds it the same way).
"$waveplan" import "$here/../resources/sample/capabilities.csv" --teams "$here/../resources/sample/teams.csv" \
    --name "Year-one martech plan" --start 2027-01-04 -o "$work/sample.waveplan" >/dev/null
"$waveplan" export "$work/sample.waveplan" -o "$work/report.pdf" >/dev/null
pages=$(pdfinfo "$work/report.pdf" | sed -n 's/^Pages: *//p')
echo "report.pdf: $pages pages"

# First page of $3 (default the sample's report) whose text holds $1, rendered at 50 dpi to
# docs/images/report-$2.png.
render() {
    pdf=${3:-"$work/report.pdf"}
    count=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
    page=1
    while [ "$page" -le "$count" ]; do
        if pdftotext -f "$page" -l "$page" "$pdf" - | grep -q "$1"; then
            pdftoppm -f "$page" -l "$page" -r 50 -png -singlefile "$pdf" "$here/images/report-$2"
            echo "report-$2.png: page $page of $count"
            return
        fi
        page=$((page + 1))
    done
    echo "no page holds \"$1\"" >&2
    return 1
}

render "Executive summary of the wave plan" title
render "^Foundational (others cannot work without it)" roadmap
render "^Wave 1:" wave
render "^Wave 2 on the map" wave-map
render "^The driving path runs from" critical
render "^Team capacity" capacity
render "^Problems and risks" problems

# A generated 300-capability roadmap (the benchmarks' plan, tests/bench/roadmap_plan.h, made by
# the storage benchmark when it is built): the same pages at scale.
bench="$(dirname "$waveplan")/../tests/bench/waveplan_bench_storage"
if [ -x "$bench" ]; then
    "$bench" --sizes 300 --repeat 1 --keep "$work" >/dev/null
    "$waveplan" export "$work/plan-300.waveplan" -o "$work/report-300.pdf" >/dev/null
    echo "report-300.pdf: $(pdfinfo "$work/report-300.pdf" | sed -n 's/^Pages: *//p') pages"
    render "Executive summary of the wave plan" 300-title "$work/report-300.pdf"
    render "^Foundational (others cannot work without it)" 300-roadmap "$work/report-300.pdf"
    render "^Wave 3 on the map" 300-wave-map "$work/report-300.pdf"
    render "^Team capacity" 300-capacity "$work/report-300.pdf"
else
    echo "(no $bench: the 300-capability pages are left as they are)"
fi

# The one-page comparison: the sample against a version that builds the CDP in-house (twice as
# long, dearer) and drops the chatbot.
sed -e 's/^CDP,Customer data platform,foundational,60,/CDP,Customer data platform,foundational,120,/' \
    -e 's/,buy,Unified profiles for 90% of active customers,3,2,2,900000,420000,/,build,Unified profiles for 90% of active customers,3,2,2,900000,650000,/' \
    -e '/^CHATBOT,/d' "$here/../resources/sample/capabilities.csv" >"$work/build-cdp.csv"
"$waveplan" import "$work/build-cdp.csv" --teams "$here/../resources/sample/teams.csv" \
    --name "Year-one martech plan, CDP built in-house" --start 2027-01-04 -o "$work/build-cdp.waveplan" >/dev/null
(cd "$work" && "$waveplan" compare sample.waveplan build-cdp.waveplan -o comparison.pdf >/dev/null)
pdftoppm -r 70 -png -singlefile "$work/comparison.pdf" "$here/images/report-comparison"
echo "report-comparison.png: the one-page comparison"
