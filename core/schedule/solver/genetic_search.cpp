#include "core/schedule/solver/genetic_search.h"

#include <algorithm>
#include <numeric>

namespace waveplan::solver::detail {

namespace {

// Tuned on PSPLIB j30 at 5,000 schedules (docs/benchmarks.md).
constexpr int kPopulation = 40;
constexpr double kMutation = 0.05;        ///< per position: swap with the next activity
constexpr double kShiftsPerChild = 5.0;   ///< insertion moves within precedence bounds
constexpr int kJustificationPasses = 1;
constexpr int kStagnantGenerations = 50;
constexpr int kElite = 4;
/// The parallel SGS recomputes every pending activity's earliest start per decision, so it
/// only seeds the population of moderate problems.
constexpr int kParallelLimit = 500;

} // namespace

GeneticSearch::GeneticSearch(const Problem &problem, const Instance &instance, const Calendar &calendar,
                             const TimeBounds &bounds, SearchBudget &budget, std::uint64_t seed, int target,
                             std::int64_t patience)
    : m_instance(instance), m_bounds(bounds), m_rules(priorityRules(instance, bounds)), m_budget(budget),
      m_random(seed), m_builder(instance, calendar), m_justifier(problem, instance, m_builder), m_target(target),
      m_patience(patience), m_lastImprovement(budget.used())
{
}

bool GeneticSearch::reaches(const Schedule &schedule, int target)
{
    return schedule.score.violations == 0 && schedule.score.lateness == 0 && schedule.score.makespan <= target;
}

bool GeneticSearch::goingOn()
{
    if (m_stop != Stop::Budget)
        return false;
    if (reaches(*m_best, m_target)) {
        m_stop = Stop::LowerBound;
        return false;
    }
    if (m_patience > 0 && m_budget.used() - m_lastImprovement >= m_patience) {
        m_stop = Stop::NoImprovement;
        return false;
    }
    return m_budget.allows();
}

std::uint64_t GeneticSearch::signatureOf(const Schedule &schedule) const
{
    std::uint64_t h = 1469598103934665603ULL;
    for (int s : schedule.start) {
        h ^= static_cast<std::uint64_t>(static_cast<std::uint32_t>(s));
        h *= 1099511628211ULL;
    }
    return h;
}

bool GeneticSearch::evaluate(Individual &individual)
{
    if (!goingOn())
        return false;
    const int hint = m_best->score.makespan + 1;
    m_builder.serial(individual.order, m_decoded, hint);
    m_budget.spend();
    for (int pass = 0; pass < kJustificationPasses && m_budget.allows(2); ++pass) {
        m_justifier.justify(m_decoded, m_justified, m_justifiedOrder);
        m_budget.spend(2);
        if (m_decoded.score < m_justified.score)
            break;
        const bool better = m_justified.score < m_decoded.score;
        std::swap(m_decoded, m_justified);
        individual.order.swap(m_justifiedOrder);
        if (!better)
            break;
    }
    individual.score = m_decoded.score;
    individual.signature = signatureOf(m_decoded);
    if (m_decoded.score < m_best->score) {
        *m_best = m_decoded;
        m_improved = true;
        m_lastImprovement = m_budget.used();
    }
    return true;
}

std::vector<double> GeneticSearch::randomizedKeys()
{
    const auto n = static_cast<std::size_t>(m_instance.count);
    double meanDuration = 0.0;
    for (int d : m_instance.duration)
        meanDuration += d;
    meanDuration /= static_cast<double>(std::max<std::size_t>(1, n));
    const double spread = 3.0 * meanDuration * m_random.unit();
    std::vector<double> key(n);
    for (std::size_t a = 0; a < n; ++a)
        key[a] = m_rules.latestFinish[a] + spread * m_random.unit();
    return key;
}

void GeneticSearch::initialPopulation(std::vector<Individual> &population, int size)
{
    const std::vector<const std::vector<double> *> rules{&m_rules.latestFinish, &m_rules.latestStart,
                                                         &m_rules.mostTotalSuccessors,
                                                         &m_rules.rankPositionalWeight};
    for (const auto *rule : rules) {
        Individual individual{activityList(m_instance, *rule), {}, 0};
        if (!evaluate(individual))
            return;
        population.push_back(std::move(individual));
    }
    if (m_instance.count <= kParallelLimit) {
        for (const auto *rule : {&m_rules.latestFinish, &m_rules.latestStart}) {
            if (!goingOn())
                return;
            const std::vector<int> list = activityList(m_instance, *rule);
            std::vector<int> rank(list.size());
            for (std::size_t pos = 0; pos < list.size(); ++pos)
                rank[static_cast<std::size_t>(list[pos])] = static_cast<int>(pos);
            m_builder.parallel(rank, m_decoded, m_best->score.makespan + 1);
            m_budget.spend();
            std::vector<double> byStart(m_decoded.start.begin(), m_decoded.start.end());
            for (std::size_t a = 0; a < byStart.size(); ++a)
                byStart[a] += static_cast<double>(rank[a]) / static_cast<double>(rank.size() + 1);
            Individual individual{activityList(m_instance, byStart), {}, 0};
            if (!evaluate(individual))
                return;
            population.push_back(std::move(individual));
        }
    }
    refill(population, size);
}

void GeneticSearch::refill(std::vector<Individual> &population, int size)
{
    while (static_cast<int>(population.size()) < size) {
        Individual individual{activityList(m_instance, randomizedKeys()), {}, 0};
        if (!evaluate(individual))
            return;
        population.push_back(std::move(individual));
    }
}

GeneticSearch::Individual GeneticSearch::crossover(const Individual &mother, const Individual &father)
{
    const int n = m_instance.count;
    int cut1 = m_random.index(n + 1);
    int cut2 = m_random.index(n + 1);
    if (cut1 > cut2)
        std::swap(cut1, cut2);
    m_taken.assign(static_cast<std::size_t>(n), 0);
    Individual child;
    child.order.reserve(static_cast<std::size_t>(n));
    const auto take = [&](int a) {
        child.order.push_back(a);
        m_taken[static_cast<std::size_t>(a)] = 1;
    };
    for (int pos = 0; pos < cut1; ++pos)
        take(mother.order[static_cast<std::size_t>(pos)]);
    for (int a : father.order) {
        if (static_cast<int>(child.order.size()) >= cut2)
            break;
        if (!m_taken[static_cast<std::size_t>(a)])
            take(a);
    }
    for (int a : mother.order)
        if (!m_taken[static_cast<std::size_t>(a)])
            take(a);
    return child;
}

void GeneticSearch::mutate(std::vector<int> &order)
{
    for (std::size_t pos = 0; pos + 1 < order.size(); ++pos) {
        if (m_random.chance(kMutation) && !m_instance.hasEdge(order[pos], order[pos + 1]))
            std::swap(order[pos], order[pos + 1]);
    }
    double shifts = kShiftsPerChild;
    for (; shifts > 0; shifts -= 1.0) {
        if (shifts < 1.0 && !m_random.chance(shifts))
            return;
        shift(order);
    }
}

void GeneticSearch::shift(std::vector<int> &order)
{
    // Shift: move one activity to a random place between its last predecessor and first successor.
    const int n = static_cast<int>(order.size());
    m_position.resize(order.size());
    for (int pos = 0; pos < n; ++pos)
        m_position[static_cast<std::size_t>(order[static_cast<std::size_t>(pos)])] = pos;
    const int from = m_random.index(n);
    const auto a = static_cast<std::size_t>(order[static_cast<std::size_t>(from)]);
    int lo = 0;
    int hi = n - 1;
    for (int k = m_instance.predBegin[a]; k < m_instance.predBegin[a + 1]; ++k)
        lo = std::max(lo, m_position[static_cast<std::size_t>(m_instance.predNode[static_cast<std::size_t>(k)])] + 1);
    for (int k = m_instance.succBegin[a]; k < m_instance.succBegin[a + 1]; ++k)
        hi = std::min(hi, m_position[static_cast<std::size_t>(m_instance.succNode[static_cast<std::size_t>(k)])] - 1);
    const int to = lo + m_random.index(hi - lo + 1);
    const auto first = order.begin();
    if (to < from)
        std::rotate(first + to, first + from, first + from + 1);
    else if (to > from)
        std::rotate(first + from, first + from + 1, first + to + 1);
}

void GeneticSearch::select(std::vector<Individual> &population, int size) const
{
    std::stable_sort(population.begin(), population.end(), [](const Individual &x, const Individual &y) {
        if (x.score != y.score)
            return x.score < y.score;
        return x.signature < y.signature;
    });
    std::vector<Individual> unique;
    std::vector<Individual> duplicates;
    for (auto &individual : population) {
        const bool same = !unique.empty() && unique.back().score == individual.score
                          && unique.back().signature == individual.signature;
        (same ? duplicates : unique).push_back(std::move(individual));
    }
    for (auto &individual : duplicates)
        unique.push_back(std::move(individual));
    if (static_cast<int>(unique.size()) > size)
        unique.resize(static_cast<std::size_t>(size));
    population = std::move(unique);
}

Stop GeneticSearch::run(Schedule &best)
{
    m_best = &best;
    if (m_instance.count < 2 || !goingOn())
        return m_stop;
    std::vector<Individual> population;
    initialPopulation(population, kPopulation);
    int stagnant = 0;
    std::vector<std::size_t> pairing;
    while (population.size() >= 2 && goingOn()) {
        m_improved = false;
        pairing.resize(population.size());
        std::iota(pairing.begin(), pairing.end(), std::size_t{0});
        for (std::size_t i = pairing.size() - 1; i > 0; --i)
            std::swap(pairing[i], pairing[m_random.below(i + 1)]);
        std::vector<Individual> children;
        for (std::size_t i = 0; i + 1 < pairing.size(); i += 2) {
            const Individual &mother = population[pairing[i]];
            const Individual &father = population[pairing[i + 1]];
            for (int k = 0; k < 2; ++k) {
                Individual child = k == 0 ? crossover(mother, father) : crossover(father, mother);
                mutate(child.order);
                if (!evaluate(child))
                    break;
                children.push_back(std::move(child));
            }
        }
        for (auto &child : children)
            population.push_back(std::move(child));
        select(population, kPopulation);
        stagnant = m_improved ? 0 : stagnant + 1;
        if (stagnant >= kStagnantGenerations) {
            stagnant = 0;
            population.resize(std::min<std::size_t>(population.size(), kElite));
            refill(population, kPopulation);
        }
    }
    return m_stop;
}

} // namespace waveplan::solver::detail
