#pragma once
/// @file plan_edit.h
/// A user's edit of a plan as a value: the operations that make it, in order, and a summary of
/// what it changed for the undo menu and the views. Builders (capability_edits.h,
/// dependency_edits.h, team_edits.h, settings_edits.h, baseline_edits.h) check an edit against
/// the plan and make it; `apply` carries it out and gives back its inverse. Nothing here knows about Qt: the
/// desktop app wraps a PlanEdit in its one undo command, the command line and tests apply it
/// directly.

#include "core/edit/plan_operation.h"
#include "core/model/plan.h"
#include "core/util/result.h"

#include <optional>
#include <string>
#include <vector>

namespace waveplan::edit {

/// The part of the plan an edit changes, so views update only what they must.
enum class EditArea {
    Capabilities, ///< capabilities added, removed or edited
    Dependencies, ///< dependencies added, removed or their lags changed
    Positions,    ///< map positions only: the schedule does not change
    Teams,        ///< teams added, removed or edited (and the demands that name them)
    Settings,     ///< plan name, start date, wave length, horizon, span rule
    Baselines,    ///< baselines frozen, renamed or deleted: the schedule does not change
};

/// A capability key that an edit changes.
struct KeyRename {
    std::string from;
    std::string to;
    bool operator==(const KeyRename &) const = default;
};

/// What an edit changed, in the user's words and for the views.
struct EditSummary {
    std::string text;              ///< for the Edit menu: "Add CDP", "Rename team Data to Analytics"
    EditArea area = EditArea::Capabilities;
    std::vector<std::string> keys; ///< the capabilities concerned (old and new key of a rename)
    std::optional<KeyRename> rename; ///< set when a capability's key changes
    bool operator==(const EditSummary &) const = default;
};

/// An edit: operations applied in order. An edit without operations changes nothing and is
/// what builders return for an edit that would leave the plan as it is (not pushed on undo).
struct PlanEdit {
    std::vector<PlanOperation> operations;
    EditSummary summary;

    [[nodiscard]] bool empty() const { return operations.empty(); }
    bool operator==(const PlanEdit &) const = default;
};

/// Applies `edit` to `plan` and returns its inverse: applying the inverse gives back exactly
/// the plan there was. All or nothing: when an operation does not find in the plan what it
/// expects (an edit built for another plan), the operations done so far are undone, the plan is
/// left as it was, and the error says which operation did not fit.
[[nodiscard]] Result<PlanEdit> apply(Plan &plan, const PlanEdit &edit);

/// The edit that undoes `edit`: the inverse operations in reverse order, the same summary with
/// any rename turned round.
[[nodiscard]] PlanEdit inverseOf(const PlanEdit &edit);

/// One edit doing what `first` then `second` do, when both only replace capabilities (a drag
/// that moves cards in several steps) and touch the same capabilities in the same order: each
/// capability goes from `first`'s before to `second`'s after. Empty when they cannot merge.
[[nodiscard]] std::optional<PlanEdit> mergeReplacements(const PlanEdit &first, const PlanEdit &second);

/// True when no operation of `edit` changes anything (a drag that ended where it started).
[[nodiscard]] bool changesNothing(const PlanEdit &edit);

} // namespace waveplan::edit
