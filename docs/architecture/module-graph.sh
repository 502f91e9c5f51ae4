#!/bin/sh
# Prints the module graph of Waveplan's sources as Graphviz DOT: one node per top folder of
# core/ (core/model/cells is part of core/model) and app/ (app/cli; files at app/'s root are
# "app"), the whole desktop layer ui/ as one node, and one edge per module whose files
# #include a header of another. Run from the repository root or pass it as $1.
#
#   docs/architecture/module-graph.sh > docs/architecture/module-graph.dot
#   dot -Tsvg docs/architecture/module-graph.dot -o docs/architecture/module-graph.svg
#
# tests/architecture_test.sh checks that the checked-in .dot matches the code and that the
# modules depend on each other without a cycle.
set -eu
cd "${1:-$(dirname "$0")/../..}"

# "core/edit/plan_edit.cpp" -> "core/edit", "core/model/cells/demand_cell.h" -> "core/model",
# "ui/map/map_scene.h" -> "ui", "app/cli/cli.cpp" -> "app/cli", "app/main.cpp" -> "app"
module_of() {
    echo "$1" | sed -E 's#^ui/.*#ui#; s#^(core|app)/[^/]+$#\1#; s#^((core|app)/[a-z0-9_]+)/.*#\1#'
}

edges=$(
    find core ui app -type f \( -name '*.h' -o -name '*.cpp' \) | LC_ALL=C sort | while read -r file; do
        from=$(module_of "$file")
        sed -n -E 's/^#include "((core|ui|app)\/[^"]+)".*/\1/p' "$file" | while read -r header; do
            to=$(module_of "$header")
            if [ "$from" != "$to" ]; then echo "    \"$from\" -> \"$to\";"; fi
        done
    done | LC_ALL=C sort -u
)

echo 'digraph waveplan_modules {'
echo '    rankdir=BT;
    graph [fontname="DejaVu Sans", fontsize=11];'
echo '    node [shape=box, fontname="DejaVu Sans", fontsize=10];'
echo '    subgraph cluster_core { label="core (no Qt)"; color=gray60;'
find core -mindepth 1 -maxdepth 1 -type d | LC_ALL=C sort | sed -E 's/.*/        "&";/'
echo '    }'
echo "$edges"
echo '}'
