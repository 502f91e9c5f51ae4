#pragma once
/// @file dependency_edits.h
/// Builders for edits of dependencies: connect, disconnect, change a lag, and set all the
/// predecessors of one capability at once (the table's "depends on" cell). Refusals say why,
/// naming the path back when a link would close a cycle.

#include "core/edit/plan_edit.h"
#include "core/model/cells/depends_on_cell.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waveplan::edit {

/// Why `successor` may not start to depend on `predecessor`, as a sentence for the user, or
/// empty when it may: a capability cannot depend on itself, both keys must exist, the
/// dependency must not exist yet, and it must not close a cycle ("Connecting CDP -> DATA would
/// create a cycle: DATA -> JOURNEYS -> CDP already leads from DATA to CDP.").
[[nodiscard]] std::optional<std::string> whyCannotConnect(const Plan &plan, std::string_view predecessor,
                                                          std::string_view successor);

/// Appends the dependency: "Connect DATA -> CDP". Refused as whyCannotConnect says, or when its
/// lag is negative.
[[nodiscard]] Result<PlanEdit> connect(const Plan &plan, const Dependency &dependency);

/// Removes the dependency predecessor -> successor: "Disconnect DATA -> CDP".
[[nodiscard]] Result<PlanEdit> disconnect(const Plan &plan, std::string_view predecessor, std::string_view successor);

/// Sets the lag of predecessor -> successor (0 or more days): "Change lag of DATA -> CDP".
[[nodiscard]] Result<PlanEdit> setLag(const Plan &plan, std::string_view predecessor, std::string_view successor,
                                      int lagDays);

/// Makes `links` (as a depends_on cell gives them, see depends_on_cell.h) the predecessors of `successor`: dependencies not listed are removed, lags
/// that differ are changed, new ones are added in the order given: "Change dependencies of
/// CDP". Refused when a key is listed twice, a lag is negative, or a new link is refused
/// (unknown key, itself, a cycle); nothing is changed then.
[[nodiscard]] Result<PlanEdit> setPredecessors(const Plan &plan, std::string_view successor,
                                               const std::vector<Predecessor> &links);

} // namespace waveplan::edit
