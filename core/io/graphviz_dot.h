#pragma once
/// @file graphviz_dot.h
/// The dependency graph in Graphviz's DOT language (`.dot`), for people who render with their
/// own tools (`dot -Tsvg plan.dot`): a node per capability, an edge per dependency, waves as
/// ranks left to right, kinds as shapes.

#include "core/model/plan.h"
#include "core/schedule/schedule.h"

#include <string>
#include <string_view>

namespace waveplan {

/// The graph. Each wave is a rank (`rank=same`) headed by a plain-text node "Wave N" with its
/// dates, the headers chained by invisible edges so the waves read left to right; foundational
/// capabilities are boxes, additive ones ellipses, both labelled with key and name; an edge
/// carries its lag ("+5 d") when it has one; capabilities on the driving path are drawn with a
/// bold outline. With an empty schedule (a plan that cannot be scheduled) there are no ranks.
/// Waves past 999, the last a plan can name, share one rank.
[[nodiscard]] std::string scheduleDot(const Plan &plan, const Schedule &schedule);

/// `text` as a DOT double-quoted string, quotes included: `"` and `\` escaped, a newline as
/// `\n` (a centred line break in a label), other control characters left out.
[[nodiscard]] std::string dotQuoted(std::string_view text);

} // namespace waveplan
