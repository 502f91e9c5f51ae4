#include "core/validate/validation.h"

#include "core/model/plan_index.h"
#include "core/model/readiness.h"

#include "core/schedule/clashes.h"
#include "core/validate/problem_order.h"
#include "core/schedule/cycles.h"

#include <algorithm>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>

namespace waveplan {

namespace {

std::string quoted(const std::string &key)
{
    return "'" + key + "'";
}

/// `parts` in one string, made with one allocation: a large plan has thousands of lint messages,
/// validated again after every edit.
std::string joined(std::initializer_list<std::string_view> parts)
{
    std::size_t size = 0;
    for (const std::string_view part : parts)
        size += part.size();
    std::string text;
    text.reserve(size);
    for (const std::string_view part : parts)
        text += part;
    return text;
}

std::string joinKeys(const std::vector<std::string> &keys, const char *separator)
{
    std::string text;
    for (const std::string &k : keys)
        text += (text.empty() ? "" : separator) + k;
    return text;
}

class Checker {
public:
    explicit Checker(const Plan &plan)
        : m_plan(plan)
        , m_index(plan)
    {
    }

    std::vector<Problem> run()
    {
        for (const std::string &error : structuralErrors(m_plan, m_index))
            add(Severity::Error, "structure", error + ".", {});
        if (!m_problems.empty())
            return std::move(m_problems); // the rest assumes a well-formed plan
        checkCycles();
        if (m_problems.empty()) {
            // Hard constraints that cannot all hold, found the same way the scheduler finds them.
            for (Problem &clash : detail::clashesBeforeScheduling(m_plan, m_index))
                m_problems.push_back(std::move(clash));
        }
        for (const Capability &c : m_plan.capabilities) {
            checkDemand(c);
            checkWaves(c);
            checkLints(c);
        }
        checkTeamCommitment();
        std::stable_partition(m_problems.begin(), m_problems.end(),
                              [](const Problem &p) { return p.severity == Severity::Error; });
        return std::move(m_problems);
    }

private:
    void add(Severity severity, std::string code, std::string message, std::vector<std::string> keys,
             std::vector<std::string> teams = {})
    {
        m_problems.push_back({severity, std::move(code), std::move(message), std::move(keys), std::move(teams)});
    }

    void checkCycles()
    {
        for (const std::vector<std::string> &cycle : findCycles(m_plan, m_index)) {
            std::vector<std::string> around = cycle;
            around.push_back(cycle.front());
            add(Severity::Error, "cycle",
                "Dependencies go round in a circle: " + joinKeys(around, " -> ") +
                    ". Remove one of these dependencies.",
                cycle);
        }
    }

    void checkDemand(const Capability &c)
    {
        if (c.demand.empty()) {
            add(Severity::Warning, "no-team",
                quoted(c.key) + " has no team demand, so nobody is planned to do the work and "
                                "capacity cannot be checked.",
                {c.key});
        }
        const int lastWave = std::max(m_plan.horizonWaves, 1);
        for (const TeamDemand &d : c.demand) {
            const Team *team = m_plan.findTeam(d.team);
            int wavesThatFit = 0;
            for (int w = 1; w <= lastWave; ++w)
                wavesThatFit += team->capacityInWave(w) >= d.people ? 1 : 0;
            // Never fitting is a clash the scheduler reports (demand-above-capacity).
            if (wavesThatFit > 0 && wavesThatFit < lastWave) {
                add(Severity::Warning, "demand-above-wave-capacity",
                    quoted(c.key) + " needs " + std::to_string(d.people) + " people from " + d.team +
                        ", more than the team has in some waves; it can only run in the others.",
                    {c.key}, {d.team});
            }
        }
    }

    // Contradictory waves (a pin after a deadline...) are clashes the scheduler reports.
    void checkWaves(const Capability &c)
    {
        const std::string who = quoted(c.key);
        for (const auto &[wave, what] : {std::pair{c.pinnedWave, "pinned to"},
                                          std::pair{c.earliestWave, "not to start before"},
                                          std::pair{c.deadlineWave, "due by"}}) {
            if (wave && *wave > m_plan.horizonWaves)
                add(Severity::Warning, "beyond-horizon",
                    who + " is " + what + " wave " + std::to_string(*wave) + ", past the plan's horizon of " +
                        std::to_string(m_plan.horizonWaves) + " waves.",
                    {c.key});
        }
    }

    void checkLints(const Capability &c)
    {
        if (c.owner.empty())
            add(Severity::Warning, "missing-owner",
                joined({"'", c.key, "' (", c.name, ") has no owner. Every capability needs an internal owner with authority."}),
                {c.key});
        if (c.kpi.empty())
            add(Severity::Warning, "missing-kpi",
                joined({"'", c.key, "' (", c.name, ") has no KPI. Agree the commercial KPI before deployment, not after."}),
                {c.key});
        std::vector<std::string> low;
        for (const auto &[score, what] : {std::pair{c.readiness.technical, "technical"},
                                           std::pair{c.readiness.skills, "skills"},
                                           std::pair{c.readiness.process, "process"}})
            if (isLowReadiness(score))
                low.push_back(std::string(what) + " " + std::to_string(*score) + "/5");
        if (!low.empty())
            add(Severity::Warning, "low-readiness",
                joined({"'", c.key, "' (", c.name, ") has low readiness (", joinKeys(low, ", "),
                        "); the tool may not pay off until the gap is closed."}),
                {c.key});
        if (c.kind == CapabilityKind::Foundational) {
            for (const int dependency : m_index.incoming(static_cast<std::size_t>(&c - m_plan.capabilities.data()))) {
                const int p = m_index.predecessorOf(static_cast<std::size_t>(dependency));
                const Capability *before = p < 0 ? nullptr : &m_plan.capabilities[static_cast<std::size_t>(p)];
                if (before && before->kind == CapabilityKind::Additive)
                    add(Severity::Warning, "foundation-waits-on-additive",
                        "Foundational " + quoted(c.key) + " waits for additive " + quoted(before->key) +
                            ": foundations should not depend on add-ons. Check the order.",
                        {c.key, before->key});
            }
        }
    }

    void checkTeamCommitment()
    {
        // People-days each team is asked for against what it has over the horizon.
        const std::size_t teams = m_plan.teams.size();
        std::vector<long long> asked(teams, 0);
        for (const Capability &c : m_plan.capabilities)
            for (const TeamDemand &d : c.demand)
                if (const Team *team = m_plan.findTeam(d.team))
                    asked[static_cast<std::size_t>(team - m_plan.teams.data())] +=
                        static_cast<long long>(d.people) * c.durationDays;
        std::vector<long long> available(teams, 0);
        bool anyOver = false;
        const WaveGrid waves = waveGrid(m_plan);
        for (std::size_t t = 0; t < teams; ++t) {
            for (int w = 1; w <= m_plan.horizonWaves; ++w)
                available[t] += static_cast<long long>(m_plan.teams[t].capacityInWave(w)) * waves.lengthOf(w);
            anyOver = anyOver || asked[t] > available[t];
        }
        if (!anyOver)
            return;
        std::vector<std::vector<std::string>> keysByTeam(teams); // for the overcommitted ones only
        for (const Capability &c : m_plan.capabilities)
            for (const TeamDemand &d : c.demand)
                if (const Team *team = m_plan.findTeam(d.team))
                    if (const auto t = static_cast<std::size_t>(team - m_plan.teams.data()); asked[t] > available[t])
                        keysByTeam[t].push_back(c.key);
        for (std::size_t t = 0; t < teams; ++t) {
            const Team &team = m_plan.teams[t];
            if (asked[t] > available[t])
                add(Severity::Warning, "team-overcommitted",
                    team.name + " is asked for " + std::to_string(asked[t]) + " people-days but has " +
                        std::to_string(available[t]) + " over the " + std::to_string(m_plan.horizonWaves) +
                        "-wave horizon; the plan will run past it.",
                    std::move(keysByTeam[t]), {team.name});
        }
    }

    const Plan &m_plan;
    const PlanIndex m_index;
    std::vector<Problem> m_problems;
};

} // namespace

std::vector<Problem> validatePlan(const Plan &plan)
{
    return Checker(plan).run();
}

std::vector<Problem> planProblems(const Plan &plan, const std::vector<Problem> &scheduleProblems)
{
    std::vector<Problem> problems = validatePlan(plan);
    // The problems so far by code (a handful of codes; a large plan has thousands of lints), so
    // that a schedule problem is compared only with those of its own code. Reserved: the codes
    // are viewed in place.
    problems.reserve(problems.size() + scheduleProblems.size());
    std::map<std::string_view, std::vector<std::size_t>> byCode;
    for (std::size_t i = 0; i < problems.size(); ++i)
        byCode[problems[i].code].push_back(i);
    for (const Problem &p : scheduleProblems) {
        // Validation and the scheduler can report the same problem; code and keys identify it.
        std::vector<std::size_t> &sameCode = byCode[p.code];
        if (std::none_of(sameCode.begin(), sameCode.end(), [&](std::size_t i) { return problems[i].keys == p.keys; })) {
            problems.push_back(p);
            sameCode.push_back(problems.size() - 1);
        }
    }
    return byImpact(std::move(problems));
}

} // namespace waveplan
