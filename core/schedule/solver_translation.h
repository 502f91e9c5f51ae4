#pragma once
/// @file solver_translation.h
/// Private to core/schedule: a Plan as the solver's index-based problem. Capability i is
/// activity i, team t (plan order) is resource t.

#include "core/model/plan.h"
#include "core/model/plan_index.h"
#include "core/schedule/progress_frame.h"
#include "core/schedule/solver/problem.h"

namespace waveplan::detail {

/// Earliest wave and pin become earliestStart, a pin's last day latestStart, a deadline wave
/// the first day after it (go-live in or before that wave). The plan must be structurally valid.
/// With a progress frame, `plan` is what is left of a plan (remainingPlan): planned work starts
/// on the as-of day or later, and started work is fixed on the frame's day.
[[nodiscard]] solver::Problem toSolverProblem(const Plan &plan, const PlanIndex &index,
                                              const ProgressFrame *progress = nullptr);

} // namespace waveplan::detail
