#include "core/edit/settings_edits.h"

#include "core/edit/edit_checks.h"

namespace waveplan::edit {

Result<PlanEdit> editSettings(const Plan &plan, const PlanSettings &settings)
{
    const PlanSettings current = settingsOf(plan);
    if (current == settings)
        return PlanEdit{};
    PlanEdit edit;
    edit.operations.emplace_back(SetPlanSettings{current, settings});
    edit.summary = {"Change plan settings", EditArea::Settings, {}, std::nullopt};
    return detail::checked(plan, std::move(edit));
}

} // namespace waveplan::edit
