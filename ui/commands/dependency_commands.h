#pragma once
/// @file dependency_commands.h
/// Undo commands that connect and disconnect capabilities and change a dependency's lag.
/// Factories return nullptr when the edit is refused or would change nothing.

#include "core/model/dependency.h"
#include "core/model/plan.h"

#include <QString>

#include <optional>

class QUndoCommand;

namespace waveplan::ui {

class PlanDocument;

/// Why `successor` may not start to depend on `predecessor`, in words for the user, or nullopt
/// when it may: a capability cannot depend on itself, both keys must exist, the dependency must
/// not exist yet, and it must not close a cycle (the message names the path back, e.g.
/// "CDP -> JOURNEYS -> DATA already leads from CDP to DATA").
[[nodiscard]] std::optional<QString> whyCannotConnect(const Plan &plan, const QString &predecessor,
                                                      const QString &successor);

/// Appends the dependency: "Connect DATA -> CDP". nullptr when whyCannotConnect refuses it or
/// its lag is negative.
[[nodiscard]] QUndoCommand *makeAddDependencyCommand(PlanDocument *doc, const Dependency &dependency);

/// Removes the dependency; undo puts it back at its place: "Disconnect DATA -> CDP".
[[nodiscard]] QUndoCommand *makeRemoveDependencyCommand(PlanDocument *doc, const QString &predecessor,
                                                        const QString &successor);

/// Sets the dependency's lag (>= 0): "Change lag of DATA -> CDP".
[[nodiscard]] QUndoCommand *makeSetDependencyLagCommand(PlanDocument *doc, const QString &predecessor,
                                                        const QString &successor, int lagDays);

} // namespace waveplan::ui
