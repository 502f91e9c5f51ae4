#!/bin/sh
# Makes the documentation's screenshots in docs/images from docs/screenshots/shots.txt, on the
# bundled sample plan. Runs under a virtual X server (xvfb-run) when there is one, else on Qt's
# offscreen platform.
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
run() {
    if command -v xvfb-run >/dev/null 2>&1; then
        xvfb-run -a -s "-screen 0 1920x1200x24" "$@"
    else
        QT_QPA_PLATFORM=offscreen "$@"
    fi
}
run "$tool" --plan "$plan" --out "$images" --list "$here/shots.txt"
# High-DPI: the main window at twice the pixel density.
QT_SCALE_FACTOR=2 run "$tool" --plan "$plan" --out "$images" \
    --shot "main-window-hidpi size=1200x760 \"tab=centralTabs:Dependency map\" select=CDP"
