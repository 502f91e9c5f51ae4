#include "plan_generator.h"

#include <algorithm>
#include <random>
#include <string>

namespace waveplan::test {

namespace {

const char *const kAwkwardText[] = {
    "Plain", "Comma, inside", "Quote \"inside\"", "Line\nbreak", "Café crème ñ", "数据平台",
    "Trailing space ", " leading space", "Semi;colon", "Tab\tinside", "emoji 🚀"};

} // namespace

Plan generatePlan(std::uint64_t seed, const GeneratorOptions &options)
{
    std::mt19937_64 rng(seed);
    auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
    auto text = [&](const std::string &base) {
        if (!options.unicodeText)
            return base;
        return base + " " + kAwkwardText[uniform(0, std::size(kAwkwardText) - 1)];
    };

    Plan plan;
    plan.name = text("Generated plan " + std::to_string(seed));
    plan.startDate = Date{std::chrono::year{2027}, std::chrono::month{static_cast<unsigned>(uniform(1, 12))},
                          std::chrono::day{static_cast<unsigned>(uniform(1, 28))}};
    plan.waveLengthDays = chance(0.7) ? 90 : uniform(20, 120);
    plan.horizonWaves = uniform(2, 8);
    plan.allowSpan = chance(0.7);

    for (int t = 0; t < options.teams; ++t) {
        Team team;
        team.name = "Team " + std::to_string(t + 1);
        team.capacity = uniform(2, 8);
        if (options.fillOptionalFields && chance(0.4))
            team.capacityByWave[uniform(1, plan.horizonWaves)] = uniform(1, 10);
        if (options.fillOptionalFields && chance(0.5))
            team.goLiveLimit = uniform(2, 6);
        plan.teams.push_back(team);
    }

    for (int i = 0; i < options.capabilities; ++i) {
        Capability c;
        c.key = "C" + std::to_string(i + 1);
        c.name = text("Capability " + std::to_string(i + 1));
        c.kind = chance(0.4) ? CapabilityKind::Foundational : CapabilityKind::Additive;
        c.durationDays = uniform(5, 60);
        for (const Team &team : plan.teams)
            if (chance(0.5) || (c.demand.empty() && &team == &plan.teams.back()))
                c.demand.push_back({team.name, uniform(1, std::max(1, team.capacity))});
        if (options.fillOptionalFields) {
            if (chance(0.8))
                c.owner = text("Owner " + std::to_string(uniform(1, 9)));
            c.approach = static_cast<Approach>(uniform(0, 3));
            if (chance(0.7))
                c.kpi = text("KPI " + std::to_string(i));
            if (chance(0.6))
                c.readiness = {uniform(1, 5), uniform(1, 5), uniform(1, 5)};
            else if (chance(0.3))
                c.readiness.skills = uniform(1, 5);
            if (chance(0.5))
                c.value = uniform(0, 1000000) / 100.0;
            if (chance(0.5))
                c.cost = uniform(1, 5000) * 1000.0 + 0.1;
            if (chance(0.1))
                c.earliestWave = uniform(1, 2);
            if (chance(0.1))
                c.deadlineWave = uniform(3, plan.horizonWaves + 2);
            if (chance(0.05))
                c.pinnedWave = uniform(1, plan.horizonWaves);
            if (chance(0.1))
                c.retires = text("Legacy " + std::to_string(i));
            if (chance(0.3))
                c.notes = text("Note for " + c.key);
            if (chance(0.3))
                c.position = MapPosition{uniform(-500, 500) * 1.5, uniform(-500, 500) * 0.25};
        }
        plan.capabilities.push_back(c);
    }

    for (int j = 1; j < options.capabilities; ++j)
        for (int i = 0; i < j; ++i)
            if (chance(options.dependencyDensity))
                plan.dependencies.push_back(
                    {plan.capabilities[i].key, plan.capabilities[j].key, chance(0.2) ? uniform(1, 20) : 0});

    if (!options.acyclic && options.capabilities >= 3) {
        const auto &first = plan.capabilities.front().key;
        const auto &last = plan.capabilities.back().key;
        plan.dependencies.push_back({first, plan.capabilities[1].key, 0});
        plan.dependencies.push_back({plan.capabilities[1].key, last, 0});
        plan.dependencies.push_back({last, first, 0});
        // Keep dependencies unique.
        std::vector<Dependency> unique;
        for (const Dependency &d : plan.dependencies) {
            bool seen = false;
            for (const Dependency &u : unique)
                seen = seen || (u.predecessor == d.predecessor && u.successor == d.successor);
            if (!seen)
                unique.push_back(d);
        }
        plan.dependencies = unique;
    }
    if (options.workCalendar) {
        // Drawn last, so that every other field is what the seed gave before.
        do {
            for (bool &worked : plan.calendar.worked)
                worked = chance(0.7);
        } while (std::none_of(plan.calendar.worked.begin(), plan.calendar.worked.end(), [](bool w) { return w; }));
        const int holidays = uniform(0, 6);
        for (int h = 0; h < holidays; ++h) {
            const Date date = addDays(plan.startDate, uniform(0, 400));
            if (std::none_of(plan.calendar.holidays.begin(), plan.calendar.holidays.end(),
                             [&](const Holiday &known) { return known.date == date; }))
                plan.calendar.holidays.push_back({date, text("Holiday " + std::to_string(h + 1))});
        }
        plan.waveScheme = chance(0.5) ? WaveScheme::Quarters : WaveScheme::Days;
        plan.fiscalYearStartMonth = uniform(1, 12);
    }
    if (options.progress) {
        // Drawn after the calendar, for the same reason.
        const int weeks = uniform(1, 30);
        plan.asOf = addDays(plan.startDate, 7 * weeks);
        for (Capability &c : plan.capabilities) {
            const int roll = uniform(0, 9);
            if (roll < 3) {
                c.status = WorkStatus::Done;
                const int began = uniform(0, 7 * weeks);
                c.actualStart = addDays(plan.startDate, began);
                c.actualFinish = addDays(*c.actualStart, uniform(0, 7 * weeks - began));
            } else if (roll < 5) {
                c.status = WorkStatus::InProgress;
                c.actualStart = addDays(plan.startDate, uniform(0, 7 * weeks));
                if (chance(0.5))
                    c.remainingDays = uniform(1, 60);
            }
        }
    }
    return plan;
}

} // namespace waveplan::test
