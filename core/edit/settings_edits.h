#pragma once
/// @file settings_edits.h
/// The builder for edits of the plan's settings (name, start date, wave length, horizon, span).

#include "core/edit/plan_edit.h"
#include "core/model/plan_settings.h"

namespace waveplan::edit {

/// Gives the plan `settings`: "Change plan settings". Refused when the start date is not a
/// real date or the wave length or horizon is below 1.
[[nodiscard]] Result<PlanEdit> editSettings(const Plan &plan, const PlanSettings &settings);

} // namespace waveplan::edit
