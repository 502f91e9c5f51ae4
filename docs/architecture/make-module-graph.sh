#!/bin/sh
# Writes docs/architecture/module-graph.dot from the sources and, where Graphviz's dot is
# installed (Debian package graphviz), the picture docs/architecture/module-graph.svg that
# docs/architecture.md shows. tests/architecture/module_graph_test.sh fails when the .dot is stale.
set -eu
here=$(dirname "$0")
"$here/module-graph.sh" > "$here/module-graph.dot"
if command -v dot > /dev/null; then
    dot -Tsvg "$here/module-graph.dot" -o "$here/module-graph.svg"
    echo "wrote $here/module-graph.dot and module-graph.svg"
else
    echo "wrote $here/module-graph.dot; install graphviz to draw module-graph.svg"
fi
