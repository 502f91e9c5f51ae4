#pragma once
/// @file justification.h
/// Forward-backward improvement (double justification, Valls, Ballestin & Quintanilla 2005):
/// shift every activity as far right as it goes (backward serial SGS in order of decreasing
/// finish), then as far left as it goes (forward serial SGS in order of the right-justified
/// starts). Never worse on a plain RCPSP and usually shorter. The backward pass only decides
/// an order, so it may ignore windows, change load and no-span; the forward pass enforces
/// every constraint. Internal to the solver.

#include "core/schedule/solver/instance.h"
#include "core/schedule/solver/schedule_builder.h"

#include <vector>

namespace waveplan::solver::detail {

class Justifier {
public:
    Justifier(const Problem &problem, const Instance &forward, ScheduleBuilder &forwardBuilder);

    /// One backward and one forward pass (two schedules). `out` gets the forward schedule and
    /// `order` the activity list that produced it.
    void justify(const Schedule &in, Schedule &out, std::vector<int> &order);

private:
    const Instance &m_forward;
    ScheduleBuilder &m_forwardBuilder;
    Instance m_reverse;
    Calendar m_mirror;
    ScheduleBuilder m_reverseBuilder;
    Schedule m_reversed;
    std::vector<int> m_index;
    std::vector<double> m_key;
};

} // namespace waveplan::solver::detail
