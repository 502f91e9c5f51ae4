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

# Module of a path: "core/edit/plan_edit.cpp" -> "core/edit", "core/model/cells/demand_cell.h" ->
# "core/model", "ui/map/map_scene.h" -> "ui", "app/cli/cli.cpp" -> "app/cli", "app/main.cpp" -> "app".
edges=$(
    find core ui app -type f \( -name '*.h' -o -name '*.cpp' \) -print0 | LC_ALL=C sort -z |
        xargs -0 grep -H -E '^#include "(core|ui|app)/' |
        awk -F: '
            function module(path,   parts, n) {
                n = split(path, parts, "/")
                if (parts[1] == "ui" || n == 2) return parts[1]
                return parts[1] "/" parts[2]
            }
            {
                header = $2
                sub(/^#include "/, "", header)
                sub(/".*/, "", header)
                from = module($1); to = module(header)
                if (from != to) printf "    \"%s\" -> \"%s\";\n", from, to
            }' |
        LC_ALL=C sort -u
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
