#include "core/schedule/explanation.h"

#include "core/model/plan_index.h"

#include <algorithm>

namespace waveplan::detail {

namespace {

/// Where it ends the plan: a milestone on the last day ends the plan on that day.
int finishOf(const Plan &plan, const std::vector<int> &starts, std::size_t i)
{
    return endOf(plan.capabilities[i], starts[i]);
}

/// The go-live slot user with zero slack that goes live last (then first in plan order), or -1
/// when every one of them could slip inside its wave without moving the end date.
int criticalSlotUser(const Plan &plan, const std::vector<int> &starts, const std::vector<int> &users,
                     const std::vector<int> &slack)
{
    int best = -1;
    for (const int j : users) {
        const auto u = static_cast<std::size_t>(j);
        if (slack[u] <= 0 && (best < 0 || finishOf(plan, starts, u) >
                                              finishOf(plan, starts, static_cast<std::size_t>(best))))
            best = j;
    }
    return best;
}

} // namespace

std::vector<DrivingLink> drivingPath(const Plan &plan, const PlanIndex &index, const std::vector<int> &starts,
                                     const std::vector<StartReason> &reasons, const std::vector<int> &holders,
                                     const std::vector<std::vector<int>> &slotUsers, const std::vector<int> &slack)
{
    const std::size_t n = plan.capabilities.size();
    int makespan = 0;
    for (std::size_t i = 0; i < n; ++i)
        makespan = std::max(makespan, finishOf(plan, starts, i));
    int current = -1;
    for (std::size_t i = 0; i < n && current < 0; ++i)
        if (finishOf(plan, starts, i) == makespan)
            current = static_cast<int>(i);

    std::vector<DrivingLink> path;
    // Each link is an edge of the slack graph, which has no cycle for a schedule that keeps its
    // dependencies; the length guard covers the others.
    while (current >= 0 && path.size() < n) {
        const auto i = static_cast<std::size_t>(current);
        const StartReason &r = reasons[i];
        DrivingLink link;
        link.key = plan.capabilities[i].key;
        link.wave = r.wave;
        int next = -1;
        switch (r.kind) {
        case ReasonKind::Start: link.heldBy = HoldKind::Start; break;
        case ReasonKind::Predecessor:
            link.heldBy = HoldKind::Predecessor;
            link.lagDays = r.lagDays;
            link.wave = 0;
            next = index.indexOf(r.predecessor);
            break;
        case ReasonKind::TeamFull:
            link.heldBy = HoldKind::TeamCapacity;
            link.team = r.team;
            next = holders[i];
            break;
        case ReasonKind::GoLiveLimit:
            link.heldBy = HoldKind::ChangeLimit;
            link.team = r.team;
            next = criticalSlotUser(plan, starts, slotUsers[i], slack);
            break;
        case ReasonKind::Pinned: link.heldBy = HoldKind::Pin; break;
        case ReasonKind::EarliestWave: link.heldBy = HoldKind::EarliestWave; break;
        case ReasonKind::NoSpan:
            link.heldBy = HoldKind::NoSpan;
            link.wave = waveGrid(plan).waveOf(starts[i]);
            break;
        case ReasonKind::Deferred: link.heldBy = HoldKind::Deferred; link.wave = 0; break;
        case ReasonKind::AsOf: link.heldBy = HoldKind::AsOf; break;
        case ReasonKind::UnderWay: link.heldBy = HoldKind::UnderWay; break;
        case ReasonKind::Done: link.heldBy = HoldKind::Done; break;
        }
        if (next >= 0)
            link.holder = plan.capabilities[static_cast<std::size_t>(next)].key;
        path.push_back(std::move(link));
        current = next;
    }
    std::reverse(path.begin(), path.end());
    return path;
}

} // namespace waveplan::detail
