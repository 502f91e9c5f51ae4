#pragma once
/// @file plan_settings.h
/// The plan-wide settings a user edits together (the plan settings dialog, `editSettings`).

#include "core/model/plan.h"

#include <string>

namespace waveplan {

/// Name, start date, wave length, horizon and span rule of a plan: everything but its teams,
/// capabilities and dependencies.
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

/// Gives `plan` these settings; its teams, capabilities and dependencies stay as they are.
void applySettings(Plan &plan, const PlanSettings &settings);

} // namespace waveplan
