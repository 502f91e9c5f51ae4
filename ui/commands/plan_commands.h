#pragma once
/// @file plan_commands.h
/// Undo commands for the plan's settings and its teams. Factories return nullptr when the edit
/// is refused or would change nothing.

#include "core/model/date.h"
#include "core/model/plan.h"
#include "core/model/team.h"

#include <QString>

#include <string>

class QUndoCommand;

namespace waveplan::ui {

class PlanDocument;

/// The plan-wide settings edited together in the plan settings dialog.
struct PlanSettings {
    std::string name;
    Date startDate;
    int waveLengthDays = Plan::kDefaultWaveLengthDays;
    int horizonWaves = Plan::kDefaultHorizonWaves;
    bool allowSpan = true;

    bool operator==(const PlanSettings &) const = default;
};

/// The settings `plan` has now.
[[nodiscard]] PlanSettings settingsOf(const Plan &plan);

/// "Change plan settings". Refused when a wave length or horizon is not positive.
[[nodiscard]] QUndoCommand *makeEditPlanSettingsCommand(PlanDocument *doc, const PlanSettings &newSettings);

/// Appends a team: "Add team Data". Refused when the name is empty or taken, or a capacity is
/// negative.
[[nodiscard]] QUndoCommand *makeAddTeamCommand(PlanDocument *doc, const Team &team);

/// Deletes a team; undo puts it back at its place: "Delete team Data". Refused while any
/// capability makes a demand on it.
[[nodiscard]] QUndoCommand *makeRemoveTeamCommand(PlanDocument *doc, const QString &name);

/// Replaces the team `name` with `newValue`: "Edit team Data", or "Rename team Data to
/// Analytics" when the name changes, which renames it in every capability's demand too.
[[nodiscard]] QUndoCommand *makeEditTeamCommand(PlanDocument *doc, const QString &name, const Team &newValue);

} // namespace waveplan::ui
