// The driving path in words, for the command line and the views.

#include "core/model/date.h"
#include "core/schedule/reason_text.h"
#include "core/schedule/schedule.h"

namespace waveplan {

namespace {

/// "A", "A and B", "A, B and C".
std::string keysInWords(const std::vector<std::string> &keys)
{
    std::string text;
    for (std::size_t i = 0; i < keys.size(); ++i)
        text += (i == 0 ? "" : i + 1 == keys.size() ? " and " : ", ") + keys[i];
    return text;
}

/// The capabilities using `team` that go live in `wave`: the ones whose go-lives reached its limit.
std::vector<std::string> goLivesIn(const Plan &plan, const Schedule &schedule, const std::string &team, int wave)
{
    std::vector<std::string> keys;
    for (std::size_t i = 0; i < plan.capabilities.size() && i < schedule.capabilities.size(); ++i)
        if (demandOn(plan.capabilities[i], team) > 0 && schedule.capabilities[i].goLiveWave == wave)
            keys.push_back(schedule.capabilities[i].key);
    return keys;
}

/// ", reached by A, which could slip within that wave without moving the end date".
std::string slotUsersPhrase(const std::vector<std::string> &keys)
{
    return ", reached by " + keysInWords(keys) + (keys.size() == 1 ? ", which" : ", each of which") +
           " could slip within that wave without moving the end date";
}

/// ", 2027-04-05": the plan's as-of date after a comma, or nothing.
std::string asOfPhrase(const Plan &plan)
{
    return plan.asOf ? ", " + formatIsoDate(*plan.asOf) : std::string();
}

/// What holds one link, as the words after its key: "waits for CDP to finish".
std::string holdPhrase(const Plan &plan, const Schedule &schedule, const DrivingLink &link)
{
    const std::string wave = std::to_string(link.wave);
    switch (link.heldBy) {
    case HoldKind::Start: return "starts at the plan start";
    case HoldKind::Predecessor:
        return "waits for " + link.holder + " to finish" +
               (link.lagDays != 0 ? " plus " + detail::dayCount(link.lagDays) + " lag" : std::string());
    case HoldKind::TeamCapacity:
        return link.holder.empty()
                   ? "waits for the " + detail::teamPhrase(link.team) + "'s larger capacity after wave " + wave
                   : "waits for " + detail::teamPossessive(link.team) + " people that " + link.holder + " frees";
    case HoldKind::ChangeLimit:
        return "is held by the " + detail::teamPhrase(link.team) + "'s go-live limit in wave " + wave +
               (link.holder.empty()
                    ? slotUsersPhrase(goLivesIn(plan, schedule, link.team, link.wave))
                    : ", reached when " + link.holder + " went live");
    case HoldKind::Pin: return "is pinned to wave " + wave;
    case HoldKind::EarliestWave: return "may not start before wave " + wave;
    case HoldKind::NoSpan: return "may not span a wave boundary, so it starts with wave " + wave;
    case HoldKind::Deferred: return "could start earlier";
    case HoldKind::AsOf: return "may not start before the as-of date" + asOfPhrase(plan);
    case HoldKind::UnderWay: return "is under way and continues from the as-of date" + asOfPhrase(plan);
    case HoldKind::Done: return "is done";
    }
    return {};
}

} // namespace

std::string_view toString(HoldKind kind)
{
    switch (kind) {
    case HoldKind::Start: return "start";
    case HoldKind::Predecessor: return "predecessor";
    case HoldKind::TeamCapacity: return "team-capacity";
    case HoldKind::ChangeLimit: return "change-limit";
    case HoldKind::Pin: return "pin";
    case HoldKind::EarliestWave: return "earliest-wave";
    case HoldKind::NoSpan: return "no-span";
    case HoldKind::Deferred: return "deferred";
    case HoldKind::AsOf: return "as-of";
    case HoldKind::UnderWay: return "under-way";
    case HoldKind::Done: return "done";
    }
    return "start";
}

std::string describeDrivingPath(const Plan &plan, const Schedule &schedule)
{
    if (schedule.drivingPath.empty() || schedule.makespanDays <= 0)
        return {};
    const int lastDay = schedule.makespanDays - 1;
    std::string text = "Ends " + formatIsoDate(waveplan::dateOfDay(plan, lastDay)) + " (wave " +
                       std::to_string(waveGrid(plan).waveOf(lastDay)) + "), driven by " +
                       schedule.drivingPath.back().key;
    for (auto link = schedule.drivingPath.rbegin(); link != schedule.drivingPath.rend(); ++link)
        text += (link == schedule.drivingPath.rbegin() ? ", which " : "; " + link->key + " ") + holdPhrase(plan, schedule, *link);
    return text + ".";
}

} // namespace waveplan
