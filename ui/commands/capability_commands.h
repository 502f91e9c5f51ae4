#pragma once
/// @file capability_commands.h
/// Undo commands that add, delete, edit and move capabilities. Each factory returns a command
/// ready to push on the document's undo stack, or nullptr when the edit would change nothing or
/// is refused (unknown key, a key already in use, a value that breaks the plan's rules).

#include "core/model/capability.h"

#include <QHash>
#include <QString>
#include <QStringList>

class QUndoCommand;

namespace waveplan::ui {

class PlanDocument;

/// Appends `capability` to the plan: "Add CDP". Refused when its key is taken or not valid, or
/// it demands an unknown team.
[[nodiscard]] QUndoCommand *makeAddCapabilityCommand(PlanDocument *doc, const Capability &capability);

/// Deletes the capabilities with these keys (unknown keys are skipped) and every dependency on
/// them; undo puts each back at its place in the plan: "Delete CDP", "Delete 3 capabilities".
[[nodiscard]] QUndoCommand *makeRemoveCapabilitiesCommand(PlanDocument *doc, const QStringList &keys);

/// Replaces the capability `key` with `newValue`, named `actionText` in the Edit menu ("Change
/// duration of CDP"). A new key renames it in every dependency too. Refused (nullptr) when
/// nothing changes, the key is unknown, or the new value breaks a rule (key taken...).
[[nodiscard]] QUndoCommand *makeEditCapabilityCommand(PlanDocument *doc, const QString &key,
                                                      const Capability &newValue, const QString &actionText);

/// Moves capabilities on the map: "Move CDP", "Move 2 capabilities". Consecutive moves of the
/// same keys merge into one undo step, so a whole drag undoes at once; pass `startsNewDrag` for
/// the first move of a new drag to keep it a separate step. nullptr when nothing moves.
[[nodiscard]] QUndoCommand *makeMoveCapabilitiesCommand(PlanDocument *doc,
                                                        const QHash<QString, MapPosition> &newPositions,
                                                        bool startsNewDrag = false);

} // namespace waveplan::ui
