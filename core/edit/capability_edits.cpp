#include "core/edit/capability_edits.h"

#include "core/edit/edit_checks.h"

#include <algorithm>
#include <set>

namespace waveplan::edit {

using detail::checked;

namespace {

/// The operations that rename `from` to `to` in every dependency naming it, each a removal and
/// an insertion at the same place so that it undoes exactly.
void renameInDependencies(const Plan &plan, const std::string &from, const std::string &to, PlanEdit &edit)
{
    for (std::size_t i = 0; i < plan.dependencies.size(); ++i) {
        const Dependency &d = plan.dependencies[i];
        if (d.predecessor != from && d.successor != from)
            continue;
        Dependency renamed = d;
        if (renamed.predecessor == from)
            renamed.predecessor = to;
        if (renamed.successor == from)
            renamed.successor = to;
        edit.operations.emplace_back(RemoveDependency{i, d});
        edit.operations.emplace_back(InsertDependency{i, renamed});
    }
}

/// The operations that rename `from` to `to` in every baseline that holds `from`, so that a
/// renamed capability is still measured against what was frozen for it. A baseline that also
/// holds `to` (a capability deleted since, whose key is being reused) keeps both as they are.
void renameInBaselines(const Plan &plan, const std::string &from, const std::string &to, PlanEdit &edit)
{
    for (std::size_t i = 0; i < plan.baselines.size(); ++i) {
        const Baseline &b = plan.baselines[i];
        const auto entry = b.capabilities.find(from);
        if (entry == b.capabilities.end() || b.capabilities.contains(to))
            continue;
        Baseline renamed = b;
        renamed.capabilities.erase(from);
        renamed.capabilities.emplace(to, entry->second);
        for (std::string &key : renamed.drivingPath)
            if (key == from)
                key = to;
        edit.operations.emplace_back(ReplaceBaseline{i, b, std::move(renamed)});
    }
}

/// The Edit-menu text of replacing `before` by `after`, which differ in `fields` (changedFields).
std::string editText(const Capability &before, const Capability &after, const std::vector<std::string> &fields)
{
    if (fields.size() != 1)
        return "Edit " + before.key;
    if (fields.front() == "key")
        return "Rename " + before.key + " to " + after.key;
    if (fields.front() == "position")
        return "Move " + before.key;
    return "Change " + fields.front() + " of " + before.key;
}

} // namespace

std::vector<std::string> changedFields(const Capability &before, const Capability &after)
{
    std::vector<std::string> fields;
    const auto note = [&](bool differs, const char *name) {
        if (differs)
            fields.emplace_back(name);
    };
    note(before.key != after.key, "key");
    note(before.name != after.name, "name");
    note(before.kind != after.kind, "kind");
    note(before.durationDays != after.durationDays, "duration");
    note(before.demand != after.demand, "teams");
    note(before.owner != after.owner, "owner");
    note(before.approach != after.approach, "approach");
    note(before.kpi != after.kpi, "KPI");
    note(before.readiness.technical != after.readiness.technical, "technical readiness");
    note(before.readiness.skills != after.readiness.skills, "skills readiness");
    note(before.readiness.process != after.readiness.process, "process readiness");
    note(before.value != after.value, "value");
    note(before.cost != after.cost, "cost");
    note(before.earliestWave != after.earliestWave, "earliest wave");
    note(before.deadlineWave != after.deadlineWave, "deadline wave");
    note(before.pinnedWave != after.pinnedWave, "pinned wave");
    note(before.retires != after.retires, "retires");
    note(before.notes != after.notes, "notes");
    note(before.status != after.status, "status");
    note(before.actualStart != after.actualStart, "actual start");
    note(before.actualFinish != after.actualFinish, "actual finish");
    note(before.remainingDays != after.remainingDays, "remaining days");
    note(before.position != after.position, "position");
    return fields;
}

Result<PlanEdit> addCapability(const Plan &plan, const Capability &capability)
{
    if (const std::string why = detail::whyNotAKey(plan, capability.key); !why.empty())
        return messageError(why);
    Capability added = capability;
    if (added.id == kNoId)
        added.id = nextCapabilityId(plan);
    PlanEdit edit;
    edit.operations.emplace_back(InsertCapability{plan.capabilities.size(), std::move(added)});
    edit.summary = {"Add " + capability.key, EditArea::Capabilities, {capability.key}, std::nullopt};
    return checked(plan, std::move(edit));
}

Result<PlanEdit> removeCapabilities(const Plan &plan, const std::vector<std::string> &keys)
{
    const std::set<std::string, std::less<>> doomed(keys.begin(), keys.end());
    PlanEdit edit;
    // Highest index first, so each removal leaves the indices below it valid; the inverse puts
    // them back lowest first, each landing where it was.
    for (std::size_t i = plan.dependencies.size(); i-- > 0;) {
        const Dependency &d = plan.dependencies[i];
        if (doomed.contains(d.predecessor) || doomed.contains(d.successor))
            edit.operations.emplace_back(RemoveDependency{i, d});
    }
    std::vector<std::string> removed;
    for (std::size_t i = plan.capabilities.size(); i-- > 0;) {
        if (!doomed.contains(plan.capabilities[i].key))
            continue;
        edit.operations.emplace_back(RemoveCapability{i, plan.capabilities[i]});
        removed.insert(removed.begin(), plan.capabilities[i].key);
    }
    if (removed.empty()) {
        if (keys.empty())
            return messageError("Select the capabilities to delete.");
        return detail::unknownCapability(keys.front());
    }
    const std::string text =
        removed.size() == 1 ? "Delete " + removed.front() : "Delete " + std::to_string(removed.size()) + " capabilities";
    edit.summary = {text, EditArea::Capabilities, removed, std::nullopt};
    return checked(plan, std::move(edit));
}

Result<PlanEdit> editCapability(const Plan &plan, std::string_view key, const Capability &edited, std::string text)
{
    const int found = plan.indexOfCapability(key);
    if (found < 0)
        return detail::unknownCapability(key);
    const auto index = static_cast<std::size_t>(found);
    const Capability &current = plan.capabilities[index];
    Capability newValue = edited;
    newValue.id = current.id; // an edit never changes who a capability is, whatever its key
    if (current == newValue)
        return PlanEdit{};
    const bool renames = current.key != newValue.key;
    if (renames)
        if (const std::string why = detail::whyNotAKey(plan, newValue.key); !why.empty())
            return messageError(why);

    PlanEdit edit;
    edit.operations.emplace_back(ReplaceCapability{index, current, newValue});
    if (renames) {
        renameInDependencies(plan, current.key, newValue.key, edit);
        renameInBaselines(plan, current.key, newValue.key, edit);
    }
    const std::vector<std::string> fields = changedFields(current, newValue);
    const bool movedOnly = fields.size() == 1 && fields.front() == "position";
    edit.summary.text = text.empty() ? editText(current, newValue, fields) : std::move(text);
    edit.summary.area = movedOnly ? EditArea::Positions : EditArea::Capabilities;
    edit.summary.keys = renames ? std::vector<std::string>{current.key, newValue.key} : std::vector<std::string>{current.key};
    if (renames)
        edit.summary.rename = KeyRename{current.key, newValue.key};
    return checked(plan, std::move(edit));
}

Result<PlanEdit> moveCapabilities(const Plan &plan, const std::map<std::string, MapPosition> &positions)
{
    // Every listed capability, moved or not, so that each step of one drag names the same
    // capabilities and the steps merge (mergeReplacements).
    PlanEdit edit;
    std::vector<std::string> keys;
    bool moves = false;
    for (std::size_t i = 0; i < plan.capabilities.size(); ++i) {
        const Capability &c = plan.capabilities[i];
        const auto found = positions.find(c.key);
        if (found == positions.end())
            continue;
        Capability moved = c;
        moved.position = found->second;
        moves = moves || moved.position != c.position;
        edit.operations.emplace_back(ReplaceCapability{i, c, moved});
        keys.push_back(c.key);
    }
    if (!moves)
        return PlanEdit{};
    const std::string text = keys.size() == 1 ? "Move " + keys.front() : "Move " + std::to_string(keys.size()) + " capabilities";
    edit.summary = {text, EditArea::Positions, keys, std::nullopt};
    return edit; // positions break no rule
}

} // namespace waveplan::edit
