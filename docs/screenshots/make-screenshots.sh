#!/bin/sh
# Makes the documentation's screenshots in docs/images from docs/screenshots/shots.txt, on the
# bundled sample plan, and the presentation-mode ones from presentation-1080p.txt and
# presentation-4k.txt on a screen of that size. Runs under a virtual X server (xvfb-run) when
# there is one, else on Qt's offscreen platform (no display needed either way).
#
#   docs/screenshots/make-screenshots.sh [BUILD_DIR]     (default: build)
#
# Builds what it needs (waveplan_screenshots and the sample plan) in BUILD_DIR first.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-build}
case $build in /*) ;; *) build=$root/$build ;; esac
images=$root/docs/images

cmake --build "$build" --target waveplan_screenshots sample_plan -j 2
tool=$build/tests/tools/waveplan_screenshots
plan=$build/sample.waveplan

cd "$root" # shot lists name files relative to the repository
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# run WIDTHxHEIGHT COMMAND...: COMMAND on one screen of that size (full-screen windows fill it).
run() {
    screen=$1
    shift
    if command -v xvfb-run >/dev/null 2>&1; then
        xvfb-run -a -s "-screen 0 ${screen}x24" "$@"
    else
        # Qt's offscreen platform takes its screens from a JSON file.
        printf '{ "screens": [ { "name": "offscreen", "x": 0, "y": 0, "width": %s, "height": %s, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1 } ] }\n' \
            "${screen%x*}" "${screen#*x}" >"$work/screen.json"
        QT_QPA_PLATFORM="offscreen:configfile=$work/screen.json" "$@"
    fi
}
run 1920x1200 "$tool" --plan "$plan" --out "$images" --list "$here/shots.txt"
# The sample worked Monday to Friday with holidays, in quarters.
"$build/app/waveplan" import "$root/resources/sample/capabilities.csv" --teams "$root/resources/sample/teams.csv" \
    --name "Year-one martech plan" --start 2027-01-04 --workdays mon-fri --holidays "$here/holidays-2027.csv" \
    --waves quarter -o "$work/calendar.waveplan"
run 1920x1200 "$tool" --plan "$work/calendar.waveplan" --out "$images" --list "$here/calendar-shots.txt"
# The sample plan brought up to date on 5 April 2027: the progress columns joined on to the
# sample spreadsheet by key, then imported as of that day.
awk -F, 'NR == FNR { if (FNR > 1) progress[$1] = $2 "," $3 "," $4 "," $5; next }
         FNR == 1 { print $0 ",status,actual_start,actual_finish,remaining_days"; next }
         { print $0 "," (($1 in progress) ? progress[$1] : ",,,") }' \
    "$here/progress-april-2027.csv" "$root/resources/sample/capabilities.csv" >"$work/april.csv"
"$build/app/waveplan" import "$work/april.csv" --teams "$root/resources/sample/teams.csv" \
    --name "Year-one martech plan" --start 2027-01-04 --workdays mon-fri --as-of 2027-04-05 -o "$work/april.waveplan"
run 1920x1200 "$tool" --plan "$work/april.waveplan" --out "$images" --list "$here/progress-shots.txt"
"$build/app/waveplan" export "$work/april.waveplan" -o "$work/april.pdf" --sections summary,roadmap
pdftoppm -r 80 -png -f 2 -l 2 -singlefile "$work/april.pdf" "$images/replan-roadmap"
# High-DPI: the main window at twice the pixel density.
QT_SCALE_FACTOR=2 run 1920x1200 "$tool" --plan "$plan" --out "$images" \
    --shot "main-window-hidpi size=1200x760 \"tab=centralTabs:Dependency map\" select=CDP"
# Presentation mode fills the screen it is on: one screen of each size.
run 1920x1080 "$tool" --plan "$plan" --out "$images" --list "$here/presentation-1080p.txt"
run 3840x2160 "$tool" --plan "$plan" --out "$images" --list "$here/presentation-4k.txt"
