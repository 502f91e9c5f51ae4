/// structuralErrors (plan.h): what makes a plan malformed, in plan order. Linear in the plan:
/// keys and dependency ends are looked up through a PlanIndex, duplicates are found on integer
/// indices, and the text naming a capability or dependency is only built when it is wrong, so a
/// 100,000-capability plan with nothing wrong costs a few milliseconds.

#include "core/model/plan.h"
#include "core/model/plan_index.h"
#include "core/model/plan_limits.h"
#include "core/model/tracking.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

namespace waveplan {

namespace {

/// "must be from 1 to 999 (it is 5000)"
std::string range(long long low, long long high, long long value)
{
    return "must be from " + std::to_string(low) + " to " + std::to_string(high) + " (it is " +
           std::to_string(value) + ")";
}

/// For each capability: whether an earlier capability already has its (positive) id.
std::vector<bool> repeatedIds(const Plan &plan)
{
    std::vector<std::pair<CapabilityId, std::size_t>> ids;
    ids.reserve(plan.capabilities.size());
    for (std::size_t i = 0; i < plan.capabilities.size(); ++i)
        if (plan.capabilities[i].id > kNoId)
            ids.emplace_back(plan.capabilities[i].id, i);
    std::sort(ids.begin(), ids.end());
    std::vector<bool> repeated(plan.capabilities.size(), false);
    for (std::size_t k = 1; k < ids.size(); ++k)
        if (ids[k].first == ids[k - 1].first)
            repeated[ids[k].second] = true;
    return repeated;
}

/// For each dependency between two known capabilities: whether an earlier one links the same two.
/// Each capability's outgoing dependencies are few, so a pairwise look within them is linear
/// in practice; a capability with very many is sorted instead.
std::vector<bool> repeatedLinks(const Plan &plan, const PlanIndex &index, const std::vector<bool> &known)
{
    std::vector<bool> repeated(plan.dependencies.size(), false);
    std::vector<std::pair<int, int>> bySuccessor; // (successor, dependency) for the many-successor case
    for (std::size_t i = 0; i < plan.capabilities.size(); ++i) {
        if (!known[i])
            continue;
        const std::span<const int> out = index.outgoing(i);
        if (out.size() <= 32) {
            for (std::size_t a = 1; a < out.size(); ++a)
                for (std::size_t b = 0; b < a; ++b)
                    if (index.successorOf(static_cast<std::size_t>(out[a])) ==
                        index.successorOf(static_cast<std::size_t>(out[b]))) {
                        repeated[static_cast<std::size_t>(out[a])] = true;
                        break;
                    }
            continue;
        }
        bySuccessor.clear();
        for (const int d : out)
            bySuccessor.emplace_back(index.successorOf(static_cast<std::size_t>(d)), d);
        std::sort(bySuccessor.begin(), bySuccessor.end());
        for (std::size_t k = 1; k < bySuccessor.size(); ++k)
            if (bySuccessor[k].first == bySuccessor[k - 1].first)
                repeated[static_cast<std::size_t>(bySuccessor[k].second)] = true;
    }
    return repeated;
}

} // namespace

std::vector<std::string> structuralErrors(const Plan &plan)
{
    return structuralErrors(plan, PlanIndex(plan));
}

std::vector<std::string> structuralErrors(const Plan &plan, const PlanIndex &index)
{
    std::vector<std::string> errors;
    auto add = [&](std::string text) { errors.push_back(std::move(text)); };
    long long totalDays = 0; // every duration and lag, for kMaxTotalDays

    // `who` is a callable giving the name of what is checked, called only for an error.
    const auto tooLong = [&](const auto &who, const std::string &what, const std::string &text, std::size_t most) {
        if (text.size() > most)
            add(who() + ": " + what + " is " + std::to_string(text.size()) + " bytes long, at most " +
                std::to_string(most) + " are allowed");
    };
    const auto tooMany = [&](std::size_t count, std::size_t most, const char *what) {
        if (count > most)
            add("the plan has " + std::to_string(count) + " " + what + ", at most " + std::to_string(most) +
                " are allowed");
    };
    tooMany(plan.capabilities.size(), kMaxCapabilities, "capabilities");
    tooMany(plan.dependencies.size(), kMaxDependencies, "dependencies");
    tooMany(plan.teams.size(), kMaxTeams, "teams");
    if (plan.waveLengthDays < 1 || plan.waveLengthDays > kMaxWaveLengthDays)
        add("wave length " + range(1, kMaxWaveLengthDays, plan.waveLengthDays) + " days");
    if (plan.horizonWaves < 1 || plan.horizonWaves > kMaxHorizonWaves)
        add("horizon " + range(1, kMaxHorizonWaves, plan.horizonWaves) + " waves");
    // The plan's own dates: real days in the years a plan may use.
    const auto checkPlanDate = [&](const Date &date, const std::string &what) {
        if (!date.ok())
            add(what + " is not a real calendar date");
        else if (const int year = static_cast<int>(date.year()); year < kMinStartYear || year > kMaxStartYear)
            add(what + " must be in the years " + std::to_string(kMinStartYear) + " to " +
                std::to_string(kMaxStartYear) + " (it is " + formatIsoDate(date) + ")");
    };
    checkPlanDate(plan.startDate, "start date");
    tooLong([] { return std::string("the plan"); }, "its name", plan.name, kMaxNameLength);
    if (plan.asOf)
        checkPlanDate(*plan.asOf, "the as-of date");
    if (plan.fiscalYearStartMonth < 1 || plan.fiscalYearStartMonth > 12)
        add("fiscal year start month " + range(1, 12, plan.fiscalYearStartMonth));
    if (std::none_of(plan.calendar.worked.begin(), plan.calendar.worked.end(), [](bool worked) { return worked; }))
        add("the working calendar works no weekday: at least one must be worked");
    tooMany(plan.calendar.holidays.size(), kMaxHolidays, "holidays");
    std::set<Date> holidayDates;
    for (const Holiday &h : plan.calendar.holidays) {
        if (!h.date.ok()) {
            add("holiday '" + h.name + "' is not on a real calendar date");
            continue;
        }
        const std::string who = "holiday " + formatIsoDate(h.date);
        if (h.name.empty())
            add(who + " has no name");
        tooLong([&] { return who; }, "its name", h.name, kMaxNameLength);
        if (!holidayDates.insert(h.date).second)
            add(who + " is listed more than once");
    }

    // Teams are few: plain sets.
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
        tooLong([&] { return who; }, "the name", t.name, kMaxNameLength);
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

    // A key counts as known when it is valid; the first capability with a key owns it.
    const std::vector<bool> repeatedId = repeatedIds(plan);
    std::vector<bool> known(plan.capabilities.size(), false);
    for (std::size_t i = 0; i < plan.capabilities.size(); ++i) {
        const Capability &c = plan.capabilities[i];
        const auto who = [&c] { return "capability '" + c.key + "'"; };
        if (c.id < kNoId)
            add(who() + ": internal id " + std::to_string(c.id) + " is negative");
        else if (repeatedId[i])
            add(who() + ": internal id " + std::to_string(c.id) + " is used by another capability");
        if (!isValidKey(c.key))
            add(who() + ": a key starts with a letter or digit and holds only letters, digits, "
                        "'_', '-' and '.' (at most 40 characters)");
        else if (index.indexOf(c.key) != static_cast<int>(i))
            add(who() + " is defined more than once (keys are case-sensitive and unique)");
        else
            known[i] = true;
        if (c.durationDays < 0)
            add(who() + ": duration must be 0 (a milestone) or more days (it is " + std::to_string(c.durationDays) +
                ")");
        else if (c.durationDays > kMaxDurationDays)
            add(who() + ": duration " + range(0, kMaxDurationDays, c.durationDays) + " days");
        else
            totalDays += c.durationDays;
        tooLong(who, "the name", c.name, kMaxNameLength);
        tooLong(who, "the owner", c.owner, kMaxTextLength);
        tooLong(who, "the KPI", c.kpi, kMaxTextLength);
        tooLong(who, "what it retires", c.retires, kMaxTextLength);
        tooLong(who, "the notes", c.notes, kMaxNotesLength);
        for (const auto &[amount, what] : {std::pair{c.value, "value"}, std::pair{c.cost, "cost"}})
            if (amount && !(std::abs(*amount) <= kMaxMoney))
                add(who() + ": " + what + " must be a number from -10^15 to 10^15");
        for (auto d = c.demand.begin(); d != c.demand.end(); ++d) {
            if (!teamNames.contains(d->team))
                add(who() + ": demand names team '" + d->team + "', which the plan does not have");
            if (std::any_of(c.demand.begin(), d, [&](const TeamDemand &e) { return e.team == d->team; }))
                add(who() + ": demand names team '" + d->team + "' more than once");
            if (d->people <= 0)
                add(who() + ": demand on team '" + d->team + "' must be at least 1 person");
            else if (d->people > kMaxPeople)
                add(who() + ": demand on team '" + d->team + "' " + range(1, kMaxPeople, d->people) + " people");
        }
        auto checkWave = [&](const std::optional<int> &wave, const char *what) {
            if (wave && *wave < 1)
                add(who() + ": " + what + " must be wave 1 or later (it is " + std::to_string(*wave) + ")");
            else if (wave && *wave > kMaxWave)
                add(who() + ": " + what + " " + range(1, kMaxWave, *wave));
        };
        checkWave(c.earliestWave, "earliest wave");
        checkWave(c.deadlineWave, "deadline wave");
        checkWave(c.pinnedWave, "pinned wave");
        auto checkReadiness = [&](const std::optional<int> &score, const char *what) {
            if (score && (*score < 1 || *score > 5))
                add(who() + ": " + what + " readiness must be from 1 to 5 (it is " + std::to_string(*score) + ")");
        };
        checkReadiness(c.readiness.technical, "technical");
        checkReadiness(c.readiness.skills, "skills");
        checkReadiness(c.readiness.process, "process");
        if (c.status != WorkStatus::Planned || c.actualStart || c.actualFinish || c.remainingDays)
            for (const TrackingFault &fault : trackingFaults(c, plan.startDate, plan.asOf))
                add(who() + " " + fault.message);
    }

    // Repeats between known capabilities are found on indices; the rare dependency naming an
    // unknown key is compared by its text.
    const std::vector<bool> repeatedLink = repeatedLinks(plan, index, known);
    std::set<std::pair<std::string_view, std::string_view>> unknownLinks;
    const auto isKnown = [&](int i) { return i >= 0 && known[static_cast<std::size_t>(i)]; };
    for (std::size_t k = 0; k < plan.dependencies.size(); ++k) {
        const Dependency &d = plan.dependencies[k];
        const auto what = [&d] { return "dependency " + d.predecessor + " -> " + d.successor; };
        const bool knownBefore = isKnown(index.predecessorOf(k));
        const bool knownAfter = isKnown(index.successorOf(k));
        if (!knownBefore)
            add(what() + ": unknown capability '" + d.predecessor + "'");
        if (!knownAfter)
            add(what() + ": unknown capability '" + d.successor + "'");
        if (d.predecessor == d.successor)
            add(what() + ": a capability cannot depend on itself");
        if (d.lagDays < 0)
            add(what() + ": lag must be 0 or more days (it is " + std::to_string(d.lagDays) + ")");
        else if (d.lagDays > kMaxLagDays)
            add(what() + ": lag " + range(0, kMaxLagDays, d.lagDays) + " days");
        else
            totalDays += d.lagDays;
        const bool repeated = knownBefore && knownAfter ? repeatedLink[k]
                                                        : !unknownLinks.emplace(d.predecessor, d.successor).second;
        if (repeated)
            add(what() + " is listed more than once");
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
