#pragma once
/// @file plan_settings.h
/// The plan-wide settings a user edits together (the plan settings dialog, `editSettings`).

#include "core/model/plan.h"

#include <string>

namespace waveplan {

/// Name, start date, waves, horizon, span rule and working calendar of a plan: everything but
/// its teams, capabilities, dependencies and baselines.
struct PlanSettings {
    std::string name;
    Date startDate;
    int waveLengthDays = Plan::kDefaultWaveLengthDays;
    int horizonWaves = Plan::kDefaultHorizonWaves;
    bool allowSpan = true;
    WorkCalendar calendar;
    WaveScheme waveScheme = WaveScheme::Days;
    int fiscalYearStartMonth = 1;
    std::optional<Date> asOf;

    bool operator==(const PlanSettings &) const = default;
};

/// The settings `plan` has now.
[[nodiscard]] PlanSettings settingsOf(const Plan &plan);

/// Gives `plan` these settings; its teams, capabilities and dependencies stay as they are.
void applySettings(Plan &plan, const PlanSettings &settings);

} // namespace waveplan
