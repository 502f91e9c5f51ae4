#include "core/schedule/explanation.h"
#include "core/model/plan_index.h"

#include <map>

#include <algorithm>
#include <string>

namespace waveplan::detail {

namespace {

StartReason reasonOf(ReasonKind kind, int wave = 0, int day = 0, std::string team = {})
{
    StartReason r;
    r.kind = kind;
    r.wave = wave;
    r.day = day;
    r.team = std::move(team);
    return r;
}

int finishOf(const Plan &plan, const std::vector<int> &starts, std::size_t i)
{
    return starts[i] + plan.capabilities[i].durationDays;
}

/// The predecessor whose finish + lag is latest, when that reaches `start`.
std::optional<StartReason> predecessorReason(const Plan &plan, const PlanIndex &index,
                                             const std::vector<int> &starts, std::size_t i)
{
    std::optional<StartReason> best;
    int bestReady = 0;
    for (const int dependency : index.incoming(i)) {
        const Dependency &d = plan.dependencies[static_cast<std::size_t>(dependency)];
        const int p = index.predecessorOf(static_cast<std::size_t>(dependency));
        if (p < 0)
            continue;
        const int finish = finishOf(plan, starts, static_cast<std::size_t>(p));
        const int ready = finish + d.lagDays;
        if (ready >= starts[i] && (!best || ready > bestReady)) {
            best = reasonOf(ReasonKind::Predecessor, 0, finish);
            best->predecessor = d.predecessor;
            best->lagDays = d.lagDays;
            bestReady = ready;
        }
    }
    return best;
}

bool predecessorIsMilestone(const Plan &plan, const PlanIndex &index, const StartReason &r)
{
    if (r.kind != ReasonKind::Predecessor)
        return false;
    const int p = index.indexOf(r.predecessor);
    return p >= 0 && isMilestone(plan.capabilities[static_cast<std::size_t>(p)]);
}

StartReason reasonFor(const Plan &plan, const PlanIndex &index, const std::vector<int> &starts,
                      const TeamUsage &usage, std::size_t i, const ProgressFrame *progress)
{
    const bool replanned = progress != nullptr && progress->active;
    if (replanned && progress->started(i))
        return reasonOf(progress->done(i) ? ReasonKind::Done : ReasonKind::UnderWay, 0, starts[i]);
    const Capability &c = plan.capabilities[i];
    const WaveGrid &waves = usage.waves();
    const int start = starts[i];
    const int earlier = start - 1; // the day it would start on if it moved one day earlier
    const int earlierLastDay = lastDayOf(c, earlier);
    if (start <= 0)
        return reasonOf(ReasonKind::Start);
    if (auto r = predecessorReason(plan, index, starts, i))
        return *r;
    if (replanned && earlier < progress->asOfDay)
        return reasonOf(ReasonKind::AsOf, 0, progress->asOfDay);
    if (c.pinnedWave && earlier < waves.firstDay(*c.pinnedWave))
        return reasonOf(ReasonKind::Pinned, *c.pinnedWave, start);
    if (c.earliestWave && earlier < waves.firstDay(*c.earliestWave))
        return reasonOf(ReasonKind::EarliestWave, *c.earliestWave, start);
    if (!plan.allowSpan && waves.waveOf(earlier) != waves.waveOf(earlierLastDay))
        return reasonOf(ReasonKind::NoSpan, waves.waveOf(earlier), start);
    const int earlierWave = waves.waveOf(earlier);
    for (const auto &[t, people] : usage.demandOf(i)) {
        if (isMilestone(c))
            break; // a milestone takes no capacity
        // On `earlier` this capability is not running yet, so everything counted is others'.
        if (usage.peopleOn(t, earlier) + people > plan.teams[t].capacityInWave(earlierWave))
            return reasonOf(ReasonKind::TeamFull, earlierWave, start, plan.teams[t].name);
    }
    const int goLiveWave = waves.waveOf(lastDayOf(c, start));
    const int earlierGoLiveWave = waves.waveOf(earlierLastDay);
    if (earlierGoLiveWave != goLiveWave)
        for (const auto &[t, people] : usage.demandOf(i)) {
            const auto &limit = plan.teams[t].goLiveLimit;
            if (limit && usage.goLivesIn(t, earlierGoLiveWave) + 1 > *limit)
                return reasonOf(ReasonKind::GoLiveLimit, earlierGoLiveWave, start, plan.teams[t].name);
        }
    return reasonOf(ReasonKind::Deferred, 0, start);
}

} // namespace

std::vector<StartReason> explainStarts(const Plan &plan, const PlanIndex &index, const std::vector<int> &starts,
                                       const TeamUsage &usage, const ProgressFrame *progress)
{
    std::vector<StartReason> reasons;
    reasons.reserve(plan.capabilities.size());
    const PlanDates dates(plan);
    for (std::size_t i = 0; i < plan.capabilities.size(); ++i) {
        StartReason r = reasonFor(plan, index, starts, usage, i, progress);
        r.sentence = describe(r, dates, predecessorIsMilestone(plan, index, r));
        reasons.push_back(std::move(r));
    }
    return reasons;
}

std::vector<int> capacityHolders(const Plan &plan, const std::vector<int> &starts,
                                 const std::vector<StartReason> &reasons, const TeamUsage &usage)
{
    const std::size_t n = plan.capabilities.size();
    std::vector<int> holders(n, -1);
    if (std::none_of(reasons.begin(), reasons.end(), [](const StartReason &r) { return r.kind == ReasonKind::TeamFull; }))
        return holders;
    // (finish day, capability), sorted: plan order within a day.
    std::vector<std::pair<int, std::size_t>> finishing;
    finishing.reserve(n);
    for (std::size_t j = 0; j < n; ++j)
        finishing.emplace_back(finishOf(plan, starts, j), j);
    std::sort(finishing.begin(), finishing.end());
    // demandOn(capability j, team t), by the teams' numbers (at 10,000 capabilities hundreds
    // finish on some days: comparing names was most of this); a name that is no team's (never
    // in a plan that can be scheduled) is -1 and looked up by name.
    const auto peopleOf = [&](std::size_t j, int team, const std::string &name) {
        if (team < 0)
            return demandOn(plan.capabilities[j], name);
        for (const auto &[t, people] : usage.demandOf(j))
            if (static_cast<int>(t) == team)
                return people;
        return 0;
    };
    for (std::size_t i = 0; i < n; ++i) {
        if (reasons[i].kind != ReasonKind::TeamFull)
            continue;
        const int team = usage.teamIndex(reasons[i].team);
        const auto first = std::lower_bound(finishing.begin(), finishing.end(), std::pair{starts[i], std::size_t{0}});
        int holderPeople = 0;
        for (auto candidate = first; candidate != finishing.end() && candidate->first == starts[i]; ++candidate) {
            const std::size_t j = candidate->second;
            const int people = peopleOf(j, team, reasons[i].team);
            if (j == i || people == 0 || isMilestone(plan.capabilities[j]) || starts[j] >= starts[i])
                continue;
            if (people > holderPeople) {
                holders[i] = static_cast<int>(j);
                holderPeople = people;
            }
        }
    }
    return holders;
}

std::vector<std::vector<int>> goLiveSlotUsers(const Plan &plan, const std::vector<int> &starts,
                                              const std::vector<StartReason> &reasons)
{
    const std::size_t n = plan.capabilities.size();
    if (std::none_of(reasons.begin(), reasons.end(),
                     [](const StartReason &r) { return r.kind == ReasonKind::GoLiveLimit; }))
        return std::vector<std::vector<int>>(n);
    // Who goes live per (team, wave), built once in one pass over the demands.
    const WaveGrid waves = waveGrid(plan);
    std::map<std::pair<std::string_view, int>, std::vector<int>> goingLive;
    for (std::size_t j = 0; j < n; ++j) {
        const int wave = waves.waveOf(lastDayOf(plan.capabilities[j], starts[j]));
        for (const TeamDemand &d : plan.capabilities[j].demand) // each counts a go-live (TeamUsage)
            goingLive[{d.team, wave}].push_back(static_cast<int>(j));
    }
    std::vector<std::vector<int>> users(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (reasons[i].kind != ReasonKind::GoLiveLimit)
            continue;
        const auto found = goingLive.find({reasons[i].team, reasons[i].wave});
        if (found == goingLive.end())
            continue;
        for (const int j : found->second)
            if (j != static_cast<int>(i) && (users[i].empty() || users[i].back() != j))
                users[i].push_back(j); // plan order; a team named twice in one demand counts once
    }
    return users;
}

} // namespace waveplan::detail
