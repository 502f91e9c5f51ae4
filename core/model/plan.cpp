#include "core/model/plan.h"

#include "core/model/plan_limits.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

namespace waveplan {

const Capability *Plan::findCapability(std::string_view key) const
{
    const int i = indexOfCapability(key);
    return i < 0 ? nullptr : &capabilities[static_cast<size_t>(i)];
}

Capability *Plan::findCapability(std::string_view key)
{
    const int i = indexOfCapability(key);
    return i < 0 ? nullptr : &capabilities[static_cast<size_t>(i)];
}

const Team *Plan::findTeam(std::string_view teamName) const
{
    for (const Team &t : teams)
        if (t.name == teamName)
            return &t;
    return nullptr;
}

Team *Plan::findTeam(std::string_view teamName)
{
    for (Team &t : teams)
        if (t.name == teamName)
            return &t;
    return nullptr;
}

const Baseline *Plan::findBaseline(std::string_view baselineName) const
{
    for (const Baseline &b : baselines)
        if (b.name == baselineName)
            return &b;
    return nullptr;
}

int Plan::indexOfCapability(std::string_view key) const
{
    for (size_t i = 0; i < capabilities.size(); ++i)
        if (capabilities[i].key == key)
            return static_cast<int>(i);
    return -1;
}

const Capability *Plan::findCapabilityById(CapabilityId id) const
{
    if (id == kNoId)
        return nullptr;
    for (const Capability &c : capabilities)
        if (c.id == id)
            return &c;
    return nullptr;
}

std::vector<const Dependency *> Plan::predecessorsOf(std::string_view key) const
{
    std::vector<const Dependency *> result;
    for (const Dependency &d : dependencies)
        if (d.successor == key)
            result.push_back(&d);
    return result;
}

std::vector<const Dependency *> Plan::successorsOf(std::string_view key) const
{
    std::vector<const Dependency *> result;
    for (const Dependency &d : dependencies)
        if (d.predecessor == key)
            result.push_back(&d);
    return result;
}

namespace {

template <typename Item>
std::int64_t nextIdOf(const std::vector<Item> &items)
{
    std::int64_t highest = kNoId;
    for (const Item &item : items)
        highest = std::max(highest, item.id);
    return highest + 1;
}

template <typename Item>
void assignMissing(std::vector<Item> &items)
{
    std::int64_t next = nextIdOf(items);
    for (Item &item : items)
        if (item.id == kNoId)
            item.id = next++;
}

} // namespace

CapabilityId nextCapabilityId(const Plan &plan)
{
    return nextIdOf(plan.capabilities);
}

TeamId nextTeamId(const Plan &plan)
{
    return nextIdOf(plan.teams);
}

void assignMissingIds(Plan &plan)
{
    assignMissing(plan.capabilities);
    assignMissing(plan.teams);
}

Plan withIds(Plan plan)
{
    assignMissingIds(plan);
    return plan;
}

int waveOfDay(int day, int waveLengthDays)
{
    return day < 0 ? 1 : day / waveLengthDays + 1;
}

int firstDayOfWave(int wave, int waveLengthDays)
{
    return (wave - 1) * waveLengthDays;
}

std::vector<std::string> structuralErrors(const Plan &plan)
{
    std::vector<std::string> errors;
    auto add = [&](std::string text) { errors.push_back(std::move(text)); };
    long long totalDays = 0; // every duration and lag, for kMaxTotalDays

    // "must be from 1 to 999 (it is 5000)"
    const auto range = [](long long low, long long high, long long value) {
        return "must be from " + std::to_string(low) + " to " + std::to_string(high) + " (it is " +
               std::to_string(value) + ")";
    };
    const auto tooLong = [&](const std::string &who, const std::string &what, const std::string &text,
                             std::size_t most) {
        if (text.size() > most)
            add(who + ": " + what + " is " + std::to_string(text.size()) + " bytes long, at most " +
                std::to_string(most) + " are allowed");
    };
    if (plan.waveLengthDays < 1 || plan.waveLengthDays > kMaxWaveLengthDays)
        add("wave length " + range(1, kMaxWaveLengthDays, plan.waveLengthDays) + " days");
    if (plan.horizonWaves < 1 || plan.horizonWaves > kMaxHorizonWaves)
        add("horizon " + range(1, kMaxHorizonWaves, plan.horizonWaves) + " waves");
    if (!plan.startDate.ok())
        add("start date is not a real calendar date");
    else if (const int year = static_cast<int>(plan.startDate.year()); year < kMinStartYear || year > kMaxStartYear)
        add("start date must be in the years " + std::to_string(kMinStartYear) + " to " +
            std::to_string(kMaxStartYear) + " (it is " + formatIsoDate(plan.startDate) + ")");
    tooLong("the plan", "its name", plan.name, kMaxNameLength);

    std::set<std::string, std::less<>> teamNames;
    std::set<TeamId> teamIds;
    for (const Team &t : plan.teams) {
        const std::string who = "team '" + t.name + "'";
        if (t.id < kNoId)
            add(who + ": internal id " + std::to_string(t.id) + " is negative");
        else if (t.id != kNoId && !teamIds.insert(t.id).second)
            add(who + ": internal id " + std::to_string(t.id) + " is used by another team");
        if (t.name.empty())
            add("a team has an empty name");
        else if (!teamNames.insert(t.name).second)
            add(who + " is defined more than once");
        tooLong(who, "the name", t.name, kMaxNameLength);
        if (t.capacity < 0)
            add(who + ": capacity must be 0 or more people (it is " + std::to_string(t.capacity) + ")");
        else if (t.capacity > kMaxPeople)
            add(who + ": capacity " + range(0, kMaxPeople, t.capacity) + " people");
        for (const auto &[wave, people] : t.capacityByWave) {
            if (wave < 1)
                add(who + ": capacity override for wave " + std::to_string(wave) + ", waves start at 1");
            else if (wave > kMaxWave)
                add(who + ": capacity override for wave " + std::to_string(wave) + ", waves go up to " +
                    std::to_string(kMaxWave));
            if (people < 0)
                add(who + ": capacity in wave " + std::to_string(wave) + " must be 0 or more people");
            else if (people > kMaxPeople)
                add(who + ": capacity in wave " + std::to_string(wave) + " " + range(0, kMaxPeople, people) +
                    " people");
        }
        if (t.goLiveLimit && *t.goLiveLimit < 0)
            add(who + ": the change-load limit must be 0 or more go-lives per wave");
        else if (t.goLiveLimit && *t.goLiveLimit > kMaxGoLivesPerWave)
            add(who + ": the change-load limit " + range(0, kMaxGoLivesPerWave, *t.goLiveLimit) +
                " go-lives per wave");
    }

    std::set<std::string, std::less<>> keys;
    std::set<CapabilityId> capabilityIds;
    for (const Capability &c : plan.capabilities) {
        const std::string who = "capability '" + c.key + "'";
        if (c.id < kNoId)
            add(who + ": internal id " + std::to_string(c.id) + " is negative");
        else if (c.id != kNoId && !capabilityIds.insert(c.id).second)
            add(who + ": internal id " + std::to_string(c.id) + " is used by another capability");
        if (!isValidKey(c.key))
            add(who + ": a key starts with a letter or digit and holds only letters, digits, "
                      "'_', '-' and '.' (at most 40 characters)");
        else if (!keys.insert(c.key).second)
            add(who + " is defined more than once (keys are case-sensitive and unique)");
        if (c.durationDays <= 0)
            add(who + ": duration must be at least 1 day (it is " + std::to_string(c.durationDays) + ")");
        else if (c.durationDays > kMaxDurationDays)
            add(who + ": duration " + range(1, kMaxDurationDays, c.durationDays) + " days");
        else
            totalDays += c.durationDays;
        tooLong(who, "the name", c.name, kMaxNameLength);
        tooLong(who, "the owner", c.owner, kMaxTextLength);
        tooLong(who, "the KPI", c.kpi, kMaxTextLength);
        tooLong(who, "what it retires", c.retires, kMaxTextLength);
        tooLong(who, "the notes", c.notes, kMaxNotesLength);
        for (const auto &[amount, what] : {std::pair{c.value, "value"}, std::pair{c.cost, "cost"}})
            if (amount && !(std::abs(*amount) <= kMaxMoney))
                add(who + ": " + what + " must be a number from -10^15 to 10^15");
        std::set<std::string, std::less<>> demanded;
        for (const TeamDemand &d : c.demand) {
            if (!teamNames.contains(d.team))
                add(who + ": demand names team '" + d.team + "', which the plan does not have");
            if (!demanded.insert(d.team).second)
                add(who + ": demand names team '" + d.team + "' more than once");
            if (d.people <= 0)
                add(who + ": demand on team '" + d.team + "' must be at least 1 person");
            else if (d.people > kMaxPeople)
                add(who + ": demand on team '" + d.team + "' " + range(1, kMaxPeople, d.people) + " people");
        }
        auto checkWave = [&](const std::optional<int> &wave, const char *what) {
            if (wave && *wave < 1)
                add(who + ": " + what + " must be wave 1 or later (it is " + std::to_string(*wave) + ")");
            else if (wave && *wave > kMaxWave)
                add(who + ": " + what + " " + range(1, kMaxWave, *wave));
        };
        checkWave(c.earliestWave, "earliest wave");
        checkWave(c.deadlineWave, "deadline wave");
        checkWave(c.pinnedWave, "pinned wave");
        auto checkReadiness = [&](const std::optional<int> &score, const char *what) {
            if (score && (*score < 1 || *score > 5))
                add(who + ": " + what + " readiness must be from 1 to 5 (it is " + std::to_string(*score) + ")");
        };
        checkReadiness(c.readiness.technical, "technical");
        checkReadiness(c.readiness.skills, "skills");
        checkReadiness(c.readiness.process, "process");
    }

    std::set<std::pair<std::string, std::string>> links;
    for (const Dependency &d : plan.dependencies) {
        const std::string what = "dependency " + d.predecessor + " -> " + d.successor;
        if (!keys.contains(d.predecessor))
            add(what + ": unknown capability '" + d.predecessor + "'");
        if (!keys.contains(d.successor))
            add(what + ": unknown capability '" + d.successor + "'");
        if (d.predecessor == d.successor)
            add(what + ": a capability cannot depend on itself");
        if (d.lagDays < 0)
            add(what + ": lag must be 0 or more days (it is " + std::to_string(d.lagDays) + ")");
        else if (d.lagDays > kMaxLagDays)
            add(what + ": lag " + range(0, kMaxLagDays, d.lagDays) + " days");
        else
            totalDays += d.lagDays;
        if (!links.emplace(d.predecessor, d.successor).second)
            add(what + " is listed more than once");
    }

    if (totalDays > kMaxTotalDays)
        add("the durations and lags of the plan add up to " + std::to_string(totalDays) + " days, at most " +
            std::to_string(kMaxTotalDays) + " are allowed");

    std::set<std::string, std::less<>> baselineNames;
    for (const Baseline &b : plan.baselines) {
        for (std::string &error : baselineErrors(b))
            add(std::move(error));
        if (!b.name.empty() && !baselineNames.insert(b.name).second)
            add("baseline '" + b.name + "' is defined more than once");
    }
    return errors;
}

} // namespace waveplan
