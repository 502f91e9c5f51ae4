#include "core/schedule/solver_translation.h"
#include "core/model/plan_index.h"

#include <algorithm>

namespace waveplan::detail {

solver::Problem toSolverProblem(const Plan &plan, const PlanIndex &index, const ProgressFrame *progress)
{
    const bool replanned = progress != nullptr && progress->active;
    const WaveGrid waves = waveGrid(plan);
    solver::Problem problem;
    problem.waves = waves;
    problem.noSpan = !plan.allowSpan;

    for (const Team &team : plan.teams) {
        solver::Resource r;
        r.capacity = team.capacity;
        const int lastOverride = team.capacityByWave.empty() ? 0 : team.capacityByWave.rbegin()->first;
        for (int wave = 1; wave <= lastOverride; ++wave)
            r.capacityByWave.push_back(team.capacityInWave(wave));
        r.goLiveLimit = team.goLiveLimit;
        problem.resources.push_back(std::move(r));
    }

    problem.activities.reserve(plan.capabilities.size());
    for (const Capability &c : plan.capabilities) {
        solver::Activity a;
        a.duration = c.durationDays;
        a.foundational = c.kind == CapabilityKind::Foundational;
        a.demand.assign(plan.teams.size(), 0);
        for (std::size_t t = 0; t < plan.teams.size(); ++t)
            a.demand[t] = demandOn(c, plan.teams[t].name);
        if (c.earliestWave)
            a.earliestStart = waves.firstDay(*c.earliestWave);
        if (c.pinnedWave) {
            a.earliestStart = std::max(a.earliestStart, waves.firstDay(*c.pinnedWave));
            a.latestStart = waves.firstDay(*c.pinnedWave + 1) - 1;
        }
        if (c.deadlineWave)
            a.deadline = waves.firstDay(*c.deadlineWave + 1);
        if (replanned) {
            const std::size_t i = problem.activities.size();
            if (progress->started(i)) {
                a.earliestStart = progress->fixedDay[i];
                a.latestStart = progress->fixedDay[i];
            } else {
                a.earliestStart = std::max(a.earliestStart, progress->asOfDay);
            }
        }
        problem.activities.push_back(std::move(a));
    }

    problem.precedences.reserve(plan.dependencies.size());
    for (std::size_t d = 0; d < plan.dependencies.size(); ++d)
        problem.precedences.push_back({index.predecessorOf(d), index.successorOf(d), plan.dependencies[d].lagDays});
    return problem;
}

} // namespace waveplan::detail
