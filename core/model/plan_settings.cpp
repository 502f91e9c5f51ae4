#include "core/model/plan_settings.h"

namespace waveplan {

PlanSettings settingsOf(const Plan &plan)
{
    return {plan.name,      plan.startDate, plan.waveLengthDays,       plan.horizonWaves,
            plan.allowSpan, plan.calendar,  plan.waveScheme,           plan.fiscalYearStartMonth,
            plan.asOf};
}

void applySettings(Plan &plan, const PlanSettings &settings)
{
    plan.name = settings.name;
    plan.startDate = settings.startDate;
    plan.waveLengthDays = settings.waveLengthDays;
    plan.horizonWaves = settings.horizonWaves;
    plan.allowSpan = settings.allowSpan;
    plan.calendar = settings.calendar;
    plan.waveScheme = settings.waveScheme;
    plan.fiscalYearStartMonth = settings.fiscalYearStartMonth;
    plan.asOf = settings.asOf;
}

} // namespace waveplan
