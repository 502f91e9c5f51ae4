#include "core/edit/baseline_edits.h"

#include "core/edit/edit_checks.h"
#include "core/util/text.h"

#include <utility>

namespace waveplan::edit {

namespace {

Error noBaseline(std::string_view name) {
    return messageError("There is no baseline called '" + std::string(name) + "'.");
}

std::size_t indexOf(const Plan &plan, const Baseline *baseline) {
    return static_cast<std::size_t>(baseline - plan.baselines.data());
}

} // namespace

Result<std::string> baselineName(const Plan &plan, std::string_view name,
                                 std::string_view renaming) {
    const std::string_view wanted = text::trim(name);
    if (wanted.empty())
        return messageError("A baseline needs a name, such as \"Board approved\".");
    if (wanted.size() > kMaxBaselineNameLength)
        return messageError("A baseline name has at most " +
                            std::to_string(kMaxBaselineNameLength) + " characters (this one has " +
                            std::to_string(wanted.size()) + ").");
    if (wanted != renaming && plan.findBaseline(wanted))
        return messageError("There is already a baseline called '" + std::string(wanted) +
                            "'; give this one another name.");
    return std::string(wanted);
}

Result<PlanEdit> freezeBaseline(const Plan &plan, Baseline baseline) {
    Result<std::string> name = baselineName(plan, baseline.name);
    if (!name)
        return name.errors();
    baseline.name = std::move(name.value());
    PlanEdit edit;
    edit.summary = {"Freeze baseline " + baseline.name, EditArea::Baselines, {}, std::nullopt};
    edit.operations.emplace_back(InsertBaseline{plan.baselines.size(), std::move(baseline)});
    return detail::checked(plan, std::move(edit));
}

Result<PlanEdit> renameBaseline(const Plan &plan, std::string_view name, std::string_view newName) {
    const Baseline *baseline = plan.findBaseline(name);
    if (!baseline)
        return noBaseline(name);
    Result<std::string> wanted = baselineName(plan, newName, name);
    if (!wanted)
        return wanted.errors();
    if (wanted.value() == name)
        return PlanEdit{};
    Baseline renamed = *baseline;
    renamed.name = wanted.value();
    PlanEdit edit;
    edit.summary = {"Rename baseline " + baseline->name + " to " + renamed.name,
                    EditArea::Baselines,
                    {},
                    std::nullopt};
    edit.operations.emplace_back(
        ReplaceBaseline{indexOf(plan, baseline), *baseline, std::move(renamed)});
    return detail::checked(plan, std::move(edit));
}

Result<PlanEdit> deleteBaseline(const Plan &plan, std::string_view name) {
    const Baseline *baseline = plan.findBaseline(name);
    if (!baseline)
        return noBaseline(name);
    PlanEdit edit;
    edit.summary = {"Delete baseline " + baseline->name, EditArea::Baselines, {}, std::nullopt};
    edit.operations.emplace_back(RemoveBaseline{indexOf(plan, baseline), *baseline});
    return detail::checked(plan, std::move(edit));
}

} // namespace waveplan::edit
