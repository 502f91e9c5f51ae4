#pragma once
/// @file validation.h
/// Checks a plan before (and independently of) scheduling: structural errors, dependency cycles,
/// demand no team can meet, contradictory wave constraints, and the practitioners' lints
/// (nobody owns it, no KPI agreed, low readiness, a foundation waiting on an add-on...).

#include "core/model/plan.h"
#include "core/model/problem.h"

#include <vector>

namespace waveplan {

/// Every problem found, errors first, then warnings, each group in plan order.
/// The plan can be scheduled when no problem has Severity::Error.
[[nodiscard]] std::vector<Problem> validatePlan(const Plan &plan);

/// What the problems panel lists: validatePlan's problems, then each of `scheduleProblems`
/// that validation did not already report (the same code and keys), ordered by impact
/// (problem_order.h). Also the Excel workbook's "Problems" sheet.
[[nodiscard]] std::vector<Problem> planProblems(const Plan &plan, const std::vector<Problem> &scheduleProblems);

} // namespace waveplan
