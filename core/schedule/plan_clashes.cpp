#include "core/schedule/clashes.h"
#include "core/schedule/longest_paths.h"

#include <algorithm>

namespace waveplan::detail {

namespace {

/// "wave 2 (2027-04-05 to 2027-07-02)": the wave and its first and last working days.
std::string waveDays(int wave, const WaveGrid &waves, const PlanDates &dates)
{
    return "wave " + std::to_string(wave) + " (" + dates.isoDateOf(waves.firstDay(wave)) + " to " +
           dates.isoDateOf(waves.firstDay(wave + 1) - 1) + ")";
}

/// Keys of the chain that decides `v`'s earliest start, in dependency order, ending with v.
/// At each step the first predecessor in the plan's dependency order that binds.
std::vector<std::string> bindingChain(const Plan &plan, const PlanIndex &index, const std::vector<int> &es,
                                      const std::vector<int> &durations, std::size_t v)
{
    std::vector<std::string> chain{plan.capabilities[v].key};
    bool moved = true;
    while (moved) {
        moved = false;
        for (const int d : index.incoming(v)) {
            const int p = index.predecessorOf(static_cast<std::size_t>(d));
            if (p < 0)
                continue;
            const auto u = static_cast<std::size_t>(p);
            if (es[u] + durations[u] + plan.dependencies[static_cast<std::size_t>(d)].lagDays == es[v]) {
                chain.push_back(plan.capabilities[u].key);
                v = u;
                moved = true;
                break;
            }
        }
    }
    std::reverse(chain.begin(), chain.end());
    return chain;
}

std::string joinArrows(const std::vector<std::string> &keys)
{
    std::string text;
    for (const std::string &k : keys)
        text += (text.empty() ? "" : " -> ") + k;
    return text;
}

} // namespace

std::vector<Problem> planClashes(const Plan &plan)
{
    return planClashes(plan, PlanIndex(plan));
}

std::vector<Problem> planClashes(const Plan &plan, const PlanIndex &index, const ProgressFrame *progress)
{
    std::vector<Problem> problems;
    auto error = [&](std::string code, std::string message, std::vector<std::string> keys,
                     std::vector<std::string> teams = {}) {
        problems.push_back({Severity::Error, std::move(code), std::move(message), std::move(keys), std::move(teams)});
    };
    const WaveGrid waves = waveGrid(plan);
    std::vector<int> mostPeople; // per team: its capacity in its best wave
    for (const Team &t : plan.teams) {
        int most = t.capacity;
        for (const auto &[wave, people] : t.capacityByWave)
            most = std::max(most, people);
        mostPeople.push_back(most);
    }

    // Settled by the as-of date: a wave that ended before it can no longer hold what is not done.
    const bool replanned = progress != nullptr && progress->active;
    std::vector<bool> passed(plan.capabilities.size(), false); // a deadline or pin already passed
    if (replanned) {
        const PlanDates dates(plan);
        const std::string asOf = formatIsoDate(progress->asOf);
        const auto lastDate = [&](int wave) { return dates.isoDateOf(waves.firstDay(wave + 1) - 1); };
        for (std::size_t i = 0; i < plan.capabilities.size(); ++i) {
            const Capability &c = plan.capabilities[i];
            if (progress->done(i))
                continue;
            // "KEY must go live by wave 1, which ended on 2027-04-03, before the as-of date ..."
            const auto passedClash = [&](const char *code, const std::optional<int> &wave, const std::string &rule,
                                         const std::string &remedy) {
                if (!wave || waves.firstDay(*wave + 1) > progress->asOfDay)
                    return;
                passed[i] = true;
                error(code,
                      c.key + " " + rule + " wave " + std::to_string(*wave) + ", which ended on " + lastDate(*wave) +
                          ", before the as-of date " + asOf + ", and " + c.key + " " + remedy,
                      {c.key});
            };
            passedClash("deadline-passed", c.deadlineWave, "must go live by",
                        "is not done: give it a later deadline wave, or mark it done if it is");
            passedClash("pin-passed", c.pinnedWave, "is pinned to",
                        "has not started: pin it to a later wave, or mark its progress");
        }
    }

    for (std::size_t i = 0; i < plan.capabilities.size(); ++i) {
        const Capability &c = plan.capabilities[i];
        if (replanned && progress->done(i))
            continue; // what it needed is history; it only holds go-live slots (remainingPlan)
        if (!plan.allowSpan && c.durationDays > waves.longest())
            error("no-span-too-long",
                  c.key + " takes " + std::to_string(c.durationDays) + " days, longer than a wave (" +
                      std::to_string(waves.longest()) + " days), and the plan does not let capabilities span waves",
                  {c.key});
        for (const TeamDemand &d : c.demand) {
            const Team *team = plan.findTeam(d.team);
            if (!team)
                continue;
            const int most = mostPeople[static_cast<std::size_t>(team - plan.teams.data())];
            if (d.people > most)
                error("demand-above-capacity",
                      c.key + " needs " + std::to_string(d.people) + " people from " + d.team +
                          ", which never has more than " + std::to_string(most),
                      {c.key}, {d.team});
            if (team->goLiveLimit && *team->goLiveLimit == 0)
                error("change-limit-zero",
                      c.key + " uses " + d.team + ", whose change limit is 0 go-lives per wave, so it can never go live",
                      {c.key}, {d.team});
        }
        if (c.pinnedWave && c.earliestWave && *c.pinnedWave < *c.earliestWave)
            error("pin-before-earliest",
                  c.key + " is pinned to wave " + std::to_string(*c.pinnedWave) + " but may not start before wave " +
                      std::to_string(*c.earliestWave),
                  {c.key});
        if (c.deadlineWave && c.earliestWave && *c.deadlineWave < *c.earliestWave)
            error("deadline-before-earliest",
                  c.key + " must go live by wave " + std::to_string(*c.deadlineWave) +
                      " but may not start before wave " + std::to_string(*c.earliestWave),
                  {c.key});
        if (c.deadlineWave && c.pinnedWave && *c.deadlineWave < *c.pinnedWave)
            error("pin-after-deadline",
                  c.key + " is pinned to wave " + std::to_string(*c.pinnedWave) + " but must go live by wave " +
                      std::to_string(*c.deadlineWave),
                  {c.key});
    }

    // Earliest starts with pins and earliest waves as release days, capacity ignored.
    const DependencyGraph g = buildDependencyGraph(plan, index);
    const auto order = topologicalOrder(g.graph);
    if (!order)
        return problems;
    const std::size_t n = plan.capabilities.size();
    std::vector<int> durations(n);
    std::vector<int> releases(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const Capability &c = plan.capabilities[i];
        durations[i] = c.durationDays;
        if (c.earliestWave)
            releases[i] = waves.firstDay(*c.earliestWave);
        if (c.pinnedWave)
            releases[i] = std::max(releases[i], waves.firstDay(*c.pinnedWave));
        if (replanned) // what is left starts on the as-of day or later; started work is fixed
            releases[i] = progress->started(i) ? progress->fixedDay[i] : std::max(releases[i], progress->asOfDay);
    }
    const std::vector<int> es = earliestStarts(g.graph, *order, durations, releases);
    const PlanDates dates(plan);
    for (std::size_t i = 0; i < n; ++i) {
        const Capability &c = plan.capabilities[i];
        if (passed[i])
            continue; // already named as passed
        const bool pinTooEarly = c.pinnedWave && es[i] > waves.firstDay(*c.pinnedWave + 1) - 1;
        const int deadline = c.deadlineWave ? waves.firstDay(*c.deadlineWave + 1) : 0;
        const bool deadlineMissed = c.deadlineWave && es[i] + durations[i] > deadline;
        if (!pinTooEarly && !deadlineMissed)
            continue; // the binding chain is only worth walking for a clash
        const std::vector<std::string> chain = bindingChain(plan, index, es, durations, i);
        const std::string after = chain.size() > 1 ? " (after " + joinArrows({chain.begin(), chain.end() - 1}) + ")" : "";
        if (pinTooEarly && chain.size() > 1)
            error("pin-before-predecessors",
                  c.key + " is pinned to " + waveDays(*c.pinnedWave, waves, dates) +
                      ", but its predecessors let it start on " + dates.isoDateOf(es[i]) +
                      " at the earliest" + after,
                  chain);
        if (deadlineMissed)
            error("deadline-missed",
                  c.key + " must go live by the end of " + waveDays(*c.deadlineWave, waves, dates) +
                      ", but can finish on " + dates.isoDateOf(es[i] + std::max(0, durations[i] - 1)) +
                      " at the earliest" + after,
                  chain);
    }
    return problems;
}

} // namespace waveplan::detail
