#include "core/schedule/schedule.h"

#include "core/log/logging.h"
#include "core/schedule/clashes.h"
#include "core/schedule/schedule_assembly.h"
#include "core/schedule/solver/solver.h"
#include "core/schedule/solver_translation.h"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace waveplan {

namespace {

/// A problem for every activity the solver could not place cleanly that no other problem names,
/// so nothing is left unexplained.
void addUnnamedViolations(const Plan &plan, const solver::Solution &solution, std::vector<Problem> &problems)
{
    for (std::size_t i = 0; i < solution.violations.size() && i < plan.capabilities.size(); ++i) {
        if (solution.violations[i] == solver::Violation::None)
            continue;
        const std::string &key = plan.capabilities[i].key;
        const bool named = std::any_of(problems.begin(), problems.end(), [&](const Problem &p) {
            return p.severity == Severity::Error && std::find(p.keys.begin(), p.keys.end(), key) != p.keys.end();
        });
        if (named)
            continue;
        std::string what;
        switch (solution.violations[i]) {
        case solver::Violation::Window: what = "no start inside its wave window fits its teams"; break;
        case solver::Violation::Deadline: what = "it cannot go live by its deadline wave"; break;
        case solver::Violation::Capacity: what = "its demand is above a team's capacity or change limit"; break;
        case solver::Violation::NoSpan: what = "it is longer than a wave under no-span"; break;
        case solver::Violation::None: break;
        }
        problems.push_back({Severity::Error, "unschedulable", key + " cannot be scheduled as the plan asks: " + what,
                            {key}, {}});
    }
}

} // namespace

Schedule computeSchedule(const Plan &plan, const ScheduleOptions &options)
{
    const auto logger = log::get("core.schedule");
    std::vector<Problem> unschedulable = detail::unschedulableProblems(plan);
    if (!unschedulable.empty()) {
        logger->debug("plan '{}' cannot be scheduled: {} problem(s)", plan.name, unschedulable.size());
        Schedule schedule;
        schedule.problems = std::move(unschedulable);
        return schedule;
    }

    const solver::Problem problem = detail::toSolverProblem(plan);
    solver::Budget budget;
    budget.schedules = options.budgetSchedules;
    budget.milliseconds = options.budgetMilliseconds;
    budget.cancel = options.cancel;
    const solver::Solution solution =
        options.firstScheduleOnly ? solver::firstSchedule(problem) : solver::solve(problem, budget);

    Schedule schedule = detail::assembleSchedule(plan, solution.start, detail::planClashes(plan));
    if (!solution.feasible) {
        addUnnamedViolations(plan, solution, schedule.problems);
        schedule.feasible = false;
    }
    schedule.schedulesEvaluated = solution.schedulesEvaluated;
    logger->debug("scheduled '{}': {} capabilities, makespan {} days, {} schedules, feasible {}", plan.name,
                  plan.capabilities.size(), schedule.makespanDays, schedule.schedulesEvaluated, schedule.feasible);
    return schedule;
}

} // namespace waveplan
