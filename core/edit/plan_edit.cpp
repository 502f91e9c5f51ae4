#include "core/edit/plan_edit.h"

#include "core/log/logging.h"
#include "core/util/overloaded.h"

#include <spdlog/spdlog.h>

#include <cstddef>
#include <iterator>
#include <string>
#include <utility>

namespace waveplan::edit {

namespace {

/// Why `operation` does not fit `plan`, or empty when it does.
using Misfit = std::string;

template <typename T> Misfit insertInto(std::vector<T> &items, std::size_t index, const T &item, const char *what)
{
    if (index > items.size())
        return std::string("cannot insert a ") + what + " at position " + std::to_string(index + 1) + " of " +
               std::to_string(items.size());
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(index), item);
    return {};
}

template <typename T> Misfit removeFrom(std::vector<T> &items, std::size_t index, const T &item, const char *what)
{
    if (index >= items.size() || !(items[index] == item))
        return std::string("the ") + what + " to remove is not at position " + std::to_string(index + 1);
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(index));
    return {};
}

template <typename T> Misfit replaceIn(std::vector<T> &items, std::size_t index, const T &before, const T &after,
                                       const char *what)
{
    if (index >= items.size() || !(items[index] == before))
        return std::string("the ") + what + " to change is not at position " + std::to_string(index + 1);
    items[index] = after;
    return {};
}

Misfit applyOne(Plan &plan, const PlanOperation &operation)
{
    return std::visit(
        Overloaded{
            [&](const InsertCapability &op) { return insertInto(plan.capabilities, op.index, op.capability, "capability"); },
            [&](const RemoveCapability &op) { return removeFrom(plan.capabilities, op.index, op.capability, "capability"); },
            [&](const ReplaceCapability &op) {
                return replaceIn(plan.capabilities, op.index, op.before, op.after, "capability");
            },
            [&](const InsertDependency &op) { return insertInto(plan.dependencies, op.index, op.dependency, "dependency"); },
            [&](const RemoveDependency &op) { return removeFrom(plan.dependencies, op.index, op.dependency, "dependency"); },
            [&](const SetLag &op) -> Misfit {
                if (op.index >= plan.dependencies.size() || plan.dependencies[op.index].lagDays != op.before)
                    return "the dependency whose lag changes is not at position " + std::to_string(op.index + 1);
                plan.dependencies[op.index].lagDays = op.after;
                return {};
            },
            [&](const InsertTeam &op) { return insertInto(plan.teams, op.index, op.team, "team"); },
            [&](const RemoveTeam &op) { return removeFrom(plan.teams, op.index, op.team, "team"); },
            [&](const ReplaceTeam &op) { return replaceIn(plan.teams, op.index, op.before, op.after, "team"); },
            [&](const SetPlanSettings &op) -> Misfit {
                if (!(settingsOf(plan) == op.before))
                    return "the plan settings are not the ones the edit was made for";
                applySettings(plan, op.after);
                return {};
            },
            [&](const InsertBaseline &op) { return insertInto(plan.baselines, op.index, op.baseline, "baseline"); },
            [&](const RemoveBaseline &op) { return removeFrom(plan.baselines, op.index, op.baseline, "baseline"); },
            [&](const ReplaceBaseline &op) {
                return replaceIn(plan.baselines, op.index, op.before, op.after, "baseline");
            },
        },
        operation);
}

} // namespace

Result<PlanEdit> apply(Plan &plan, const PlanEdit &edit)
{
    PlanEdit inverse = inverseOf(edit);
    for (std::size_t i = 0; i < edit.operations.size(); ++i) {
        const Misfit misfit = applyOne(plan, edit.operations[i]);
        if (misfit.empty())
            continue;
        // Undo what was done, newest first: each inverse finds exactly what its operation left.
        for (std::size_t done = i; done-- > 0;)
            applyOne(plan, inverseOf(edit.operations[done]));
        log::get("core.edit")->error("edit '{}' does not fit the plan: {}", edit.summary.text, misfit);
        return messageError("The edit \"" + edit.summary.text + "\" was made for another version of the plan (" + misfit +
                     ") and was not applied.");
    }
    return inverse;
}

PlanEdit inverseOf(const PlanEdit &edit)
{
    PlanEdit inverse;
    inverse.summary = edit.summary;
    if (inverse.summary.rename)
        std::swap(inverse.summary.rename->from, inverse.summary.rename->to);
    inverse.operations.reserve(edit.operations.size());
    for (auto it = edit.operations.rbegin(); it != edit.operations.rend(); ++it)
        inverse.operations.push_back(inverseOf(*it));
    return inverse;
}

std::optional<PlanEdit> mergeReplacements(const PlanEdit &first, const PlanEdit &second)
{
    if (first.operations.size() != second.operations.size() || first.summary.keys != second.summary.keys)
        return std::nullopt;
    PlanEdit merged = second;
    for (std::size_t i = 0; i < first.operations.size(); ++i) {
        const auto *earlier = std::get_if<ReplaceCapability>(&first.operations[i]);
        auto *later = std::get_if<ReplaceCapability>(&merged.operations[i]);
        if (!earlier || !later || earlier->index != later->index || !(earlier->after == later->before))
            return std::nullopt;
        later->before = earlier->before;
    }
    return merged;
}

bool changesNothing(const PlanEdit &edit)
{
    for (const PlanOperation &operation : edit.operations) {
        const bool unchanged = std::visit(Overloaded{
                                              [](const ReplaceCapability &op) { return op.before == op.after; },
                                              [](const ReplaceTeam &op) { return op.before == op.after; },
                                              [](const SetLag &op) { return op.before == op.after; },
                                              [](const SetPlanSettings &op) { return op.before == op.after; },
                                              [](const ReplaceBaseline &op) { return op.before == op.after; },
                                              [](const auto &) { return false; },
                                          },
                                          operation);
        if (!unchanged)
            return false;
    }
    return true;
}

} // namespace waveplan::edit
