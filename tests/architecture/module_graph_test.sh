#!/bin/sh
# The module graph in docs/architecture.md matches the code, and the code keeps its layering:
# - docs/architecture/module-graph.dot is what docs/architecture/module-graph.sh prints now;
# - the modules depend on each other without a cycle;
# - core/ includes nothing from ui/ or app/, and no Qt header.
# Usage: module_graph_test.sh SOURCE_DIR
set -eu
source_dir=$1
cd "$source_dir"
failed=0

now=$(docs/architecture/module-graph.sh "$source_dir")
if ! printf '%s\n' "$now" | diff -u docs/architecture/module-graph.dot - ; then
    echo "FAIL: docs/architecture/module-graph.dot is out of date; run docs/architecture/make-module-graph.sh"
    failed=1
fi

# tsort reports a loop on stderr and exits non-zero when the edges hold a cycle.
if ! printf '%s\n' "$now" | sed -n -E 's/^ *"([^"]+)" -> "([^"]+)";$/\1 \2/p' | tsort > /dev/null; then
    echo "FAIL: the modules depend on each other in a cycle (see tsort's message above)"
    failed=1
fi

upward=$(grep -rn -E '^#include "(ui|app)/' core || true)
if [ -n "$upward" ]; then
    echo "FAIL: core includes the layers above it:"
    echo "$upward"
    failed=1
fi
qt=$(grep -rn -E '^#include <Q' core || true)
if [ -n "$qt" ]; then
    echo "FAIL: core includes Qt:"
    echo "$qt"
    failed=1
fi

[ "$failed" -eq 0 ] && echo "module graph: up to date, acyclic, core has no Qt and no upward include"
exit "$failed"
