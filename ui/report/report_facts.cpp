#include "ui/report/report_facts.h"

#include "ui/text/qt_text.h"

#include "core/model/cells/demand_cell.h"
#include "core/model/cells/depends_on_cell.h"
#include "core/model/readiness.h"
#include "core/validate/validation.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace waveplan::ui::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("waveplan::ui::report::ReportFacts", text);
}

QString isoDate(const Plan &plan, int day)
{
    return qs(formatIsoDate(addDays(plan.startDate, day)));
}

QString kindName(CapabilityKind kind)
{
    return kind == CapabilityKind::Foundational ? tr("Foundational") : tr("Additive");
}

QString approachName(Approach approach)
{
    switch (approach) {
    case Approach::Build:
        return tr("Build");
    case Approach::Buy:
        return tr("Buy");
    case Approach::Integrate:
        return tr("Integrate");
    case Approach::Unspecified:
        break;
    }
    return tr("Not decided");
}

QString readinessText(const Readiness &r)
{
    if (!r.technical && !r.skills && !r.process)
        return {};
    auto one = [](const char *letter, const std::optional<int> &score) {
        return QString::fromLatin1(letter) + (score ? QString::number(*score) : QStringLiteral("?"));
    };
    return one("T", r.technical) + QLatin1Char(' ') + one("S", r.skills) + QLatin1Char(' ') + one("P", r.process);
}

CapabilityRow rowOf(const Plan &plan, const Capability &c, const ScheduledCapability &s)
{
    CapabilityRow row;
    row.key = qs(c.key);
    row.name = qs(c.name);
    row.kind = kindName(c.kind);
    row.teams = qs(formatDemandCell(c.demand));
    row.owner = qs(c.owner);
    row.dates = tr("%1 to %2").arg(isoDate(plan, s.startDay), isoDate(plan, s.finishDay - 1));
    row.kpi = qs(c.kpi);
    row.readiness = readinessText(c.readiness);
    row.lowReadiness = hasLowReadiness(c.readiness);
    row.needsFirst = qs(formatDependsOnCell(plan, c.key));
    row.reason = qs(s.reason.sentence);
    row.critical = s.critical;
    row.goLiveWave = s.goLiveWave;
    return row;
}

std::vector<ChainStep> stepsOf(const Plan &plan, const Schedule &schedule, const std::vector<std::string> &keys)
{
    std::vector<ChainStep> steps;
    for (const std::string &key : keys) {
        const Capability *c = plan.findCapability(key);
        const ScheduledCapability *s = schedule.find(key);
        if (!c || !s)
            continue;
        steps.push_back({qs(key), qs(c->name),
                         tr("%1 to %2 (%3 days, wave %4): %5")
                             .arg(isoDate(plan, s->startDay), isoDate(plan, s->finishDay - 1))
                             .arg(c->durationDays)
                             .arg(s->wave)
                             .arg(qs(s->reason.sentence))});
    }
    return steps;
}

} // namespace

ReportFacts reportFacts(const Plan &plan, const Schedule &schedule)
{
    ReportFacts facts;
    facts.planName = qs(plan.name);
    facts.startDate = qs(formatIsoDate(plan.startDate));
    facts.horizonWaves = plan.horizonWaves;
    facts.waveLengthDays = plan.waveLengthDays;
    facts.scheduled = !plan.capabilities.empty() && schedule.capabilities.size() == plan.capabilities.size();
    facts.feasible = schedule.feasible;
    facts.makespanDays = schedule.makespanDays;
    facts.minimumLengthDays = schedule.minimumLengthDays;
    if (facts.scheduled && schedule.makespanDays > 0)
        facts.endDate = isoDate(plan, schedule.makespanDays - 1);

    for (const Capability &c : plan.capabilities) {
        ++facts.countsByKind[kindName(c.kind)];
        ++facts.countsByApproach[approachName(c.approach)];
        for (const TeamDemand &d : c.demand)
            ++facts.countsByTeam[qs(d.team)];
        if (c.owner.empty())
            facts.missingOwners << qs(c.key);
        if (c.kpi.empty())
            facts.missingKpis << qs(c.key);
    }

    if (facts.scheduled) {
        int lastWave = plan.horizonWaves;
        for (const ScheduledCapability &s : schedule.capabilities)
            lastWave = std::max({lastWave, s.wave, s.goLiveWave});
        facts.waveCount = lastWave;
        std::vector<std::size_t> order(plan.capabilities.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return schedule.capabilities[a].startDay < schedule.capabilities[b].startDay;
        });
        for (int wave = 1; wave <= lastWave; ++wave) {
            WaveSection section;
            section.wave = wave;
            const int first = firstDayOfWave(wave, plan.waveLengthDays);
            section.title = tr("Wave %1: %2 to %3")
                                .arg(wave)
                                .arg(isoDate(plan, first), isoDate(plan, first + plan.waveLengthDays - 1));
            section.beyondHorizon = wave > plan.horizonWaves;
            for (const std::size_t i : order)
                if (schedule.capabilities[i].wave == wave)
                    section.rows.push_back(rowOf(plan, plan.capabilities[i], schedule.capabilities[i]));
            facts.waves.push_back(std::move(section));
        }
        for (const CapabilityRow &row : facts.waves.front().rows)
            if (row.lowReadiness)
                facts.lowReadinessInWaveOne << row.key;
    }
    facts.criticalPath = stepsOf(plan, schedule, schedule.criticalPath);
    facts.criticalChain = stepsOf(plan, schedule, schedule.criticalChain);

    facts.problems = validatePlan(plan);
    for (const Problem &p : schedule.problems)
        if (std::find(facts.problems.begin(), facts.problems.end(), p) == facts.problems.end())
            facts.problems.push_back(p);
    std::stable_partition(facts.problems.begin(), facts.problems.end(),
                          [](const Problem &p) { return p.severity == Severity::Error; });
    return facts;
}

} // namespace waveplan::ui::report
