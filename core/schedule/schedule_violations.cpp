#include "core/schedule/clashes.h"
#include "core/model/plan_index.h"
#include "core/model/plan_limits.h"

#include <algorithm>

namespace waveplan::detail {

namespace {

/// A broken constraint found in the schedule is already explained by a clash found in the plan.
bool explainedBy(const std::string &brokenCode, const std::string &clashCode)
{
    if (brokenCode == "change-limit-exceeded")
        return clashCode == "change-limit-zero";
    if (brokenCode == "pin-missed")
        return clashCode == "pin-before-predecessors" || clashCode == "pin-before-earliest" ||
               clashCode == "pin-after-deadline" || clashCode == "no-span-too-long" || clashCode == "pin-passed";
    if (brokenCode == "deadline-missed")
        return clashCode == "pin-after-deadline" || clashCode == "deadline-before-earliest" ||
               clashCode == "deadline-passed";
    return false;
}

} // namespace

std::vector<Problem> scheduleViolations(const Plan &plan, const PlanIndex &index, const std::vector<int> &starts,
                                        const TeamUsage &usage, const std::vector<Problem> &known,
                                        const ProgressFrame *progress)
{
    std::vector<Problem> problems;
    auto error = [&](std::string code, std::string message, std::vector<std::string> keys,
                     std::vector<std::string> teams = {}) {
        const bool repeated = std::any_of(known.begin(), known.end(), [&](const Problem &p) {
            const bool sharesKey = std::any_of(keys.begin(), keys.end(), [&](const std::string &k) {
                return std::find(p.keys.begin(), p.keys.end(), k) != p.keys.end();
            });
            const bool sameClash = p.code == code || explainedBy(code, p.code);
            return sameClash && sharesKey && (teams.empty() || p.teams == teams);
        });
        if (!repeated)
            problems.push_back({Severity::Error, std::move(code), std::move(message), std::move(keys), std::move(teams)});
    };
    const WaveGrid waves = waveGrid(plan);
    auto finishOf = [&](std::size_t i) { return starts[i] + plan.capabilities[i].durationDays; };

    for (std::size_t k = 0; k < plan.dependencies.size(); ++k) {
        const Dependency &d = plan.dependencies[k];
        const int p = index.predecessorOf(k);
        const int s = index.successorOf(k);
        if (p < 0 || s < 0)
            continue;
        const int ready = finishOf(static_cast<std::size_t>(p)) + d.lagDays;
        if (starts[static_cast<std::size_t>(s)] < ready)
            error("dependency-broken",
                  d.successor + " starts on day " + std::to_string(starts[static_cast<std::size_t>(s)]) +
                      ", before " + d.predecessor + " finishes plus lag (day " + std::to_string(ready) + ")",
                  {d.successor, d.predecessor});
    }

    for (std::size_t i = 0; i < plan.capabilities.size(); ++i) {
        const Capability &c = plan.capabilities[i];
        const int start = starts[i];
        const int lastDay = lastDayOf(c, start);
        if (c.pinnedWave && waves.waveOf(start) != *c.pinnedWave)
            error("pin-missed",
                  c.key + " is pinned to wave " + std::to_string(*c.pinnedWave) + " but starts in wave " +
                      std::to_string(waves.waveOf(start)) + ": " + c.key +
                      " cannot fit there with its predecessors and teams",
                  {c.key});
        if (progress != nullptr && progress->active && !progress->started(i) && start < progress->asOfDay)
            error("before-as-of",
                  c.key + " starts on day " + std::to_string(start) + ", before the as-of date " +
                      formatIsoDate(progress->asOf) + " (day " + std::to_string(progress->asOfDay) +
                      "): work not yet started cannot start in the past",
                  {c.key});
        if (c.earliestWave && start < waves.firstDay(*c.earliestWave))
            error("earliest-wave-broken",
                  c.key + " starts in wave " + std::to_string(waves.waveOf(start)) +
                      ", before its earliest wave " + std::to_string(*c.earliestWave),
                  {c.key});
        if (c.deadlineWave && waves.waveOf(lastDay) > *c.deadlineWave)
            error("deadline-missed",
                  c.key + " goes live in wave " + std::to_string(waves.waveOf(lastDay)) +
                      ", after its deadline wave " + std::to_string(*c.deadlineWave) +
                      ": its predecessors and teams leave no earlier room",
                  {c.key});
        if (!plan.allowSpan && waves.waveOf(start) != waves.waveOf(lastDay))
            error("no-span-too-long",
                  c.key + " runs from wave " + std::to_string(waves.waveOf(start)) + " into wave " +
                      std::to_string(waves.waveOf(lastDay)) + ", and the plan does not let capabilities span waves",
                  {c.key});
    }

    for (std::size_t t = 0; t < plan.teams.size(); ++t) {
        const Team &team = plan.teams[t];
        // Only waves where the team is busy or something of its goes live can break a rule:
        // visiting those, not every wave of the schedule, keeps a schedule of 100,000 years cheap.
        // Past wave 999, the last a plan can name (so its capacity there is `capacity`), a run of
        // the same people over many waves is checked, and reported, once: in its first wave.
        std::vector<int> checked = usage.busyWaves(t, kMaxWave);
        const std::vector<int> goLiveWaves = usage.goLiveWaves(t);
        checked.insert(checked.end(), goLiveWaves.begin(), goLiveWaves.end());
        std::sort(checked.begin(), checked.end());
        checked.erase(std::unique(checked.begin(), checked.end()), checked.end());
        for (const int wave : checked) {
            const int capacity = team.capacityInWave(wave);
            if (const int day = usage.firstDayAbove(t, waves.firstDay(wave), waves.firstDay(wave + 1),
                                                    capacity);
                day >= 0) {
                std::vector<std::string> running;
                for (std::size_t i = 0; i < plan.capabilities.size(); ++i)
                    if (starts[i] <= day && day < finishOf(i) && demandOn(plan.capabilities[i], team.name) > 0)
                        running.push_back(plan.capabilities[i].key);
                error("demand-above-capacity",
                      team.name + " needs " + std::to_string(usage.peopleOn(t, day)) + " people on day " +
                          std::to_string(day) + " (wave " + std::to_string(wave) + ") but has " +
                          std::to_string(capacity),
                      running, {team.name}); // one problem per team and wave is enough to act on
            }
            if (team.goLiveLimit && usage.goLivesIn(t, wave) > *team.goLiveLimit) {
                std::vector<std::string> goingLive;
                for (std::size_t i = 0; i < plan.capabilities.size(); ++i)
                    if (waves.waveOf(lastDayOf(plan.capabilities[i], starts[i])) == wave && demandOn(plan.capabilities[i], team.name) > 0)
                        goingLive.push_back(plan.capabilities[i].key);
                error("change-limit-exceeded",
                      team.name + " has " + std::to_string(usage.goLivesIn(t, wave)) + " go-lives in wave " +
                          std::to_string(wave) + ", above its limit of " + std::to_string(*team.goLiveLimit),
                      goingLive, {team.name});
            }
        }
    }
    return problems;
}

} // namespace waveplan::detail
