#include "core/edit/dependency_edits.h"

#include "core/edit/edit_checks.h"
#include "core/schedule/cycles.h"

#include <algorithm>

namespace waveplan::edit {

using detail::checked;

namespace {

/// "A -> B".
std::string arrow(std::string_view predecessor, std::string_view successor)
{
    return std::string(predecessor) + " -> " + std::string(successor);
}

/// Index of the dependency predecessor -> successor, or -1.
int indexOfDependency(const Plan &plan, std::string_view predecessor, std::string_view successor)
{
    for (std::size_t i = 0; i < plan.dependencies.size(); ++i)
        if (plan.dependencies[i].predecessor == predecessor && plan.dependencies[i].successor == successor)
            return static_cast<int>(i);
    return -1;
}

Error noSuchDependency(std::string_view predecessor, std::string_view successor)
{
    return messageError(std::string(successor) + " does not depend on " + std::string(predecessor) + ".");
}

Error negativeLag(std::string_view predecessor, std::string_view successor, int lagDays)
{
    return messageError("The lag of " + arrow(predecessor, successor) + " must be a whole number of days, 0 or more; " +
                 std::to_string(lagDays) + " is not.");
}

EditSummary dependencySummary(std::string text, std::string_view predecessor, std::string_view successor)
{
    return {std::move(text), EditArea::Dependencies, {std::string(predecessor), std::string(successor)}, std::nullopt};
}

} // namespace

std::optional<std::string> whyCannotConnect(const Plan &plan, std::string_view predecessor, std::string_view successor)
{
    if (predecessor == successor)
        return std::string(predecessor) + " cannot depend on itself.";
    for (std::string_view key : {predecessor, successor})
        if (!plan.findCapability(key))
            return detail::unknownCapability(key).message;
    if (indexOfDependency(plan, predecessor, successor) >= 0)
        return std::string(successor) + " already depends on " + std::string(predecessor) + ".";
    // The new link would close a cycle if the successor already leads to the predecessor.
    const std::vector<std::string> pathBack = dependencyPath(plan, std::string(successor), std::string(predecessor));
    if (!pathBack.empty()) {
        std::string path;
        for (const std::string &key : pathBack)
            path += (path.empty() ? "" : " -> ") + key;
        return "Connecting " + arrow(predecessor, successor) + " would create a cycle: " + path +
               " already leads from " + std::string(successor) + " to " + std::string(predecessor) + ".";
    }
    return std::nullopt;
}

Result<PlanEdit> connect(const Plan &plan, const Dependency &dependency)
{
    if (const auto why = whyCannotConnect(plan, dependency.predecessor, dependency.successor))
        return messageError(*why);
    if (dependency.lagDays < 0)
        return negativeLag(dependency.predecessor, dependency.successor, dependency.lagDays);
    PlanEdit edit;
    edit.operations.emplace_back(InsertDependency{plan.dependencies.size(), dependency});
    edit.summary = dependencySummary("Connect " + arrow(dependency.predecessor, dependency.successor),
                                     dependency.predecessor, dependency.successor);
    return checked(plan, std::move(edit));
}

Result<PlanEdit> disconnect(const Plan &plan, std::string_view predecessor, std::string_view successor)
{
    const int index = indexOfDependency(plan, predecessor, successor);
    if (index < 0)
        return noSuchDependency(predecessor, successor);
    const auto at = static_cast<std::size_t>(index);
    PlanEdit edit;
    edit.operations.emplace_back(RemoveDependency{at, plan.dependencies[at]});
    edit.summary = dependencySummary("Disconnect " + arrow(predecessor, successor), predecessor, successor);
    return edit; // removing a dependency breaks no rule
}

Result<PlanEdit> setLag(const Plan &plan, std::string_view predecessor, std::string_view successor, int lagDays)
{
    const int index = indexOfDependency(plan, predecessor, successor);
    if (index < 0)
        return noSuchDependency(predecessor, successor);
    if (lagDays < 0)
        return negativeLag(predecessor, successor, lagDays);
    const auto at = static_cast<std::size_t>(index);
    PlanEdit edit;
    if (plan.dependencies[at].lagDays == lagDays)
        return edit;
    edit.operations.emplace_back(SetLag{at, plan.dependencies[at].lagDays, lagDays});
    edit.summary = dependencySummary("Change lag of " + arrow(predecessor, successor), predecessor, successor);
    return edit;
}

Result<PlanEdit> setPredecessors(const Plan &plan, std::string_view successor, const std::vector<Predecessor> &links)
{
    if (!plan.findCapability(successor))
        return detail::unknownCapability(successor);
    for (std::size_t i = 0; i < links.size(); ++i) {
        const auto same = [&](const Predecessor &l) { return l.key == links[i].key; };
        if (std::any_of(links.begin(), links.begin() + static_cast<std::ptrdiff_t>(i), same))
            return messageError(links[i].key + " is listed twice; give each capability " + std::string(successor) +
                         " depends on once.");
        if (links[i].lagDays < 0)
            return negativeLag(links[i].key, successor, links[i].lagDays);
    }
    const auto wanted = [&](std::string_view key) {
        return std::find_if(links.begin(), links.end(), [&](const Predecessor &l) { return l.key == key; });
    };

    // Work on a copy so each new link is checked against the plan as it will be by then.
    Plan trial = plan;
    PlanEdit edit;
    std::vector<std::string> keys{std::string(successor)};
    for (std::size_t i = plan.dependencies.size(); i-- > 0;) {
        const Dependency &d = plan.dependencies[i];
        if (d.successor != successor)
            continue;
        const auto link = wanted(d.predecessor);
        if (link == links.end())
            edit.operations.emplace_back(RemoveDependency{i, d});
        else if (link->lagDays != d.lagDays)
            edit.operations.emplace_back(SetLag{i, d.lagDays, link->lagDays});
        else
            continue;
        keys.push_back(d.predecessor);
    }
    if (Result<PlanEdit> done = apply(trial, edit); !done)
        return done.errors();
    for (const Predecessor &link : links) {
        if (indexOfDependency(trial, link.key, successor) >= 0)
            continue;
        if (const auto why = whyCannotConnect(trial, link.key, successor))
            return messageError(*why);
        const PlanOperation insert = InsertDependency{trial.dependencies.size(), {link.key, std::string(successor), link.lagDays}};
        trial.dependencies.push_back({link.key, std::string(successor), link.lagDays});
        edit.operations.push_back(insert);
        keys.push_back(link.key);
    }
    if (edit.empty())
        return edit;
    edit.summary = {"Change dependencies of " + std::string(successor), EditArea::Dependencies, keys, std::nullopt};
    return checked(plan, trial, std::move(edit)); // trial is the plan with the edit applied
}

} // namespace waveplan::edit
