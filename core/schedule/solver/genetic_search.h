#pragma once
/// @file genetic_search.h
/// Improvement search over activity lists: a genetic algorithm in the style of Hartmann (1998)
/// (activity-list encoding, two-point crossover, adjacent-swap mutation plus random shifts of
/// activities within their precedence bounds, serial SGS decoding,
/// elitist selection without duplicates) with every child improved by double justification
/// (Valls et al. 2005) and its list replaced by the justified one. Stagnation triggers a
/// partial restart. Deterministic for a given seed and schedule budget. Internal.

#include "core/schedule/solver/instance.h"
#include "core/schedule/solver/justification.h"
#include "core/schedule/solver/priority_rules.h"
#include "core/schedule/solver/random.h"
#include "core/schedule/solver/schedule_builder.h"
#include "core/schedule/solver/search_budget.h"

#include <cstdint>
#include <vector>

namespace waveplan::solver::detail {

class GeneticSearch {
public:
    /// `target`: a makespan no schedule without violations can beat (lower_bound.h); the search
    /// stops when the best schedule has no violation, no lateness and that makespan.
    /// `patience`: schedules in a row without a better best after which it stops (0 = never).
    GeneticSearch(const Problem &problem, const Instance &instance, const Calendar &calendar,
                  const TimeBounds &bounds, SearchBudget &budget, std::uint64_t seed, int target = 0,
                  std::int64_t patience = 0);

    /// Runs until the budget ends or a stop rule holds; `best` holds the first schedule on
    /// entry and the best schedule found on return (never worse). Returns why it stopped.
    Stop run(Schedule &best);

    /// True when `schedule` has no violation or lateness and ends at `target` (or sooner).
    [[nodiscard]] static bool reaches(const Schedule &schedule, int target);

private:
    struct Individual {
        std::vector<int> order;
        Score score;
        std::uint64_t signature = 0;
    };

    /// Decodes and justifies `order` (1-3 schedules, as the budget allows). False when the
    /// budget did not allow even the decoding, or a stop rule holds.
    bool evaluate(Individual &individual);
    /// Whether to go on; sets m_stop when not.
    [[nodiscard]] bool goingOn();
    void initialPopulation(std::vector<Individual> &population, int size);
    /// Adds individuals from randomly perturbed LFT priorities until `size`.
    void refill(std::vector<Individual> &population, int size);
    [[nodiscard]] std::vector<double> randomizedKeys();
    [[nodiscard]] Individual crossover(const Individual &mother, const Individual &father);
    void mutate(std::vector<int> &order);
    void shift(std::vector<int> &order);
    void select(std::vector<Individual> &population, int size) const;
    [[nodiscard]] std::uint64_t signatureOf(const Schedule &schedule) const;

    const Instance &m_instance;
    const TimeBounds &m_bounds;
    PriorityRules m_rules;
    SearchBudget &m_budget;
    Random m_random;
    ScheduleBuilder m_builder;
    Justifier m_justifier;
    Schedule m_decoded, m_justified, *m_best = nullptr;
    std::vector<int> m_justifiedOrder;
    std::vector<int> m_position;
    std::vector<unsigned char> m_taken;
    bool m_improved = false;
    int m_target = 0;
    std::int64_t m_patience = 0;
    std::int64_t m_lastImprovement = 0; ///< schedules used when the best last improved
    Stop m_stop = Stop::Budget;
};

} // namespace waveplan::solver::detail
