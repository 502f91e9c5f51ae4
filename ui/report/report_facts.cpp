#include "ui/report/report_facts.h"

#include "ui/text/qt_text.h"
#include "ui/text/wave_labels.h"

#include "core/model/cells/demand_cell.h"
#include "core/model/readiness.h"
#include "core/validate/validation.h"
#include "core/schedule/schedule.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>
#include <set>

namespace waveplan::ui::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("waveplan::ui::report::ReportFacts", text);
}

QString isoDate(const Plan &plan, int day)
{
    return qs(formatIsoDate(waveplan::dateOfDay(plan, day)));
}

/// "2 Feb" for a day in `year`, else "2 Feb 2028": short enough for a table cell.
QString shortDate(const Plan &plan, int day, std::chrono::year year)
{
    static const char *const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const Date date = waveplan::dateOfDay(plan, day);
    const QString text = QStringLiteral("%1 %2")
                             .arg(static_cast<unsigned>(date.day()))
                             .arg(QLatin1String(kMonths[static_cast<unsigned>(date.month()) - 1]));
    return date.year() == year ? text : text + QStringLiteral(" %1").arg(static_cast<int>(date.year()));
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

/// What must be true first, in plain words, with the dates the schedule gives: "GOV (done
/// 2 Feb) and DATA (done 1 Mar, then 5 days)", the year named when it is not the year `c`
/// starts in; empty without predecessors.
QString needsFirstText(const Plan &plan, const Schedule &schedule, const Capability &c)
{
    const ScheduledCapability *self = schedule.find(c.key);
    const std::chrono::year year = waveplan::dateOfDay(plan, self ? self->startDay : 0).year();
    QStringList needs;
    for (const Dependency *d : plan.predecessorsOf(c.key)) {
        const ScheduledCapability *before = schedule.find(d->predecessor);
        QString item = qs(d->predecessor);
        if (before != nullptr)
            item += d->lagDays > 0 ? tr(" (done %1, then %2 days)").arg(shortDate(plan, before->lastDay(), year)).arg(d->lagDays)
                                   : tr(" (done %1)").arg(shortDate(plan, before->lastDay(), year));
        else if (d->lagDays > 0)
            item += tr(" and %1 days").arg(d->lagDays);
        needs << item;
    }
    if (needs.size() <= 1)
        return needs.join(QString());
    const QString last = needs.takeLast();
    return tr("%1 and %2").arg(needs.join(QStringLiteral(", ")), last);
}

CapabilityRow rowOf(const Plan &plan, const Schedule &schedule, const Capability &c, const ScheduledCapability &s)
{
    CapabilityRow row;
    row.key = qs(c.key);
    row.name = qs(c.name);
    row.kind = kindName(c.kind);
    row.teams = qs(formatDemandCell(c.demand));
    row.owner = qs(c.owner);
    row.dates = tr("%1 to %2").arg(isoDate(plan, s.startDay), isoDate(plan, s.lastDay()));
    row.kpi = qs(c.kpi);
    row.readiness = readinessText(c.readiness);
    row.lowReadiness = hasLowReadiness(c.readiness);
    row.needsFirst = needsFirstText(plan, schedule, c);
    // Why it starts then, unless "Needs" already says it: the last predecessor to finish holds it.
    if (s.reason.kind == ReasonKind::Predecessor) {
        if (plan.predecessorsOf(c.key).size() > 1)
            row.reason = tr("%1 finishes last.").arg(qs(s.reason.predecessor));
    } else if (!s.reason.sentence.empty()) {
        row.reason = qs(s.reason.sentence);
        row.reason[0] = row.reason[0].toUpper();
        row.reason += QLatin1Char('.');
    }
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
                             .arg(isoDate(plan, s->startDay), isoDate(plan, s->lastDay()))
                             .arg(c->durationDays)
                             .arg(s->wave)
                             .arg(qs(s->reason.sentence))});
    }
    return steps;
}

} // namespace

namespace {

/// "A, B, C and 4 more": at most `most` keys.
/// "GOV, CDP and 3 more": at most `most` keys, so that the sentence still ends (with how many
/// more) within the few lines page 1 gives each risk, however long the keys.
QString someKeys(const std::vector<std::string> &keys, std::size_t most = 4)
{
    QStringList shown;
    for (std::size_t i = 0; i < keys.size() && i < most; ++i)
        shown << qs(keys[i]);
    QString text = shown.join(QStringLiteral(", "));
    if (keys.size() > most)
        text += tr(" and %1 more").arg(keys.size() - most);
    return text;
}

/// The risks that matter most, most severe first: problems as the problems panel orders them,
/// the advice given per capability grouped into one sentence each.
QStringList topRisks(const Plan &plan, const Schedule &schedule)
{
    const std::vector<Problem> problems = planProblems(plan, schedule.problems);
    const std::vector<std::string> grouped{"missing-owner", "missing-kpi", "low-readiness"};
    std::map<std::string, std::vector<std::string>> keysOf; // grouped code -> its capabilities
    std::vector<std::string> order;                         // a message, or a grouped code, first seen first
    std::set<std::string> listed;                           // the messages in `order`
    for (const Problem &p : problems) {
        if (std::find(grouped.begin(), grouped.end(), p.code) != grouped.end()) {
            if (!keysOf.contains(p.code))
                order.push_back(p.code);
            keysOf[p.code].insert(keysOf[p.code].end(), p.keys.begin(), p.keys.end());
        } else if (order.size() < static_cast<std::size_t>(kTopRisks) + grouped.size() && listed.insert(p.message).second) {
            order.push_back(p.message); // enough kept to choose from: later ones are never shown
        }
    }
    QStringList risks;
    for (const std::string &item : order) {
        if (risks.size() >= kTopRisks)
            break;
        const auto group = keysOf.find(item);
        if (group == keysOf.end()) {
            risks << qs(item);
            continue;
        }
        const std::vector<std::string> &keys = group->second;
        if (item == "missing-owner") {
            risks << tr("No owner yet: %1.").arg(someKeys(keys));
        } else if (item == "missing-kpi") {
            risks << tr("No KPI agreed: %1.").arg(someKeys(keys));
        } else {
            int technical = 0, skills = 0, process = 0;
            for (const std::string &key : keys)
                if (const Capability *c = plan.findCapability(key)) {
                    technical += isLowReadiness(c->readiness.technical) ? 1 : 0;
                    skills += isLowReadiness(c->readiness.skills) ? 1 : 0;
                    process += isLowReadiness(c->readiness.process) ? 1 : 0;
                }
            QStringList dimensions;
            for (const auto &[count, name] : {std::pair{technical, tr("technical")}, std::pair{skills, tr("skills")},
                                              std::pair{process, tr("process")}})
                if (count > 0)
                    dimensions << tr("%1 %2").arg(name).arg(count);
            risks << tr("Low readiness (%1 of 5 or less): %2 capabilities, by gap: %3.")
                         .arg(kLowReadiness)
                         .arg(keys.size())
                         .arg(dimensions.join(QStringLiteral(", ")));
        }
    }
    return risks;
}

/// The executive summary's facts: each wave's go-lives, cost and value, the driving path in
/// words, the top risks.
void summarise(const Plan &plan, const Schedule &schedule, ReportFacts &facts)
{
    for (const Capability &c : plan.capabilities) {
        if (c.cost) {
            facts.anyCost = true;
            facts.totalCost += *c.cost;
        }
        if (c.value) {
            facts.anyValue = true;
            facts.totalValue += *c.value;
        }
    }
    facts.topRisks = topRisks(plan, schedule);
    if (!facts.scheduled)
        return;
    facts.drivingPath = qs(describeDrivingPath(plan, schedule));
    facts.provenShortest = schedule.provenShortest();
    const WaveGrid waves = waveGrid(plan);
    facts.lastGoLiveWave = waves.waveOf(std::max(0, schedule.makespanDays - 1));
    std::vector<std::size_t> byGoLive(plan.capabilities.size());
    std::iota(byGoLive.begin(), byGoLive.end(), std::size_t{0});
    std::stable_sort(byGoLive.begin(), byGoLive.end(), [&](std::size_t a, std::size_t b) {
        return schedule.capabilities[a].finishDay < schedule.capabilities[b].finishDay;
    });
    for (int wave = 1; wave <= facts.waveCount; ++wave) {
        WaveSummary summary;
        summary.wave = wave;
        summary.name = waveName(plan, wave);
        summary.dates = tr("%1 to %2").arg(isoDate(plan, waves.firstDay(wave)), isoDate(plan, waves.firstDay(wave + 1) - 1));
        facts.waveSummaries.push_back(std::move(summary));
    }
    for (const std::size_t i : byGoLive) {
        const Capability &c = plan.capabilities[i];
        const ScheduledCapability &s = schedule.capabilities[i];
        if (s.goLiveWave >= 1 && s.goLiveWave <= facts.waveCount) {
            WaveSummary &landing = facts.waveSummaries[static_cast<std::size_t>(s.goLiveWave - 1)];
            landing.goingLive << qs(c.name.empty() ? c.key : c.name);
            landing.valueLanded += c.value.value_or(0);
        }
        if (s.wave >= 1 && s.wave <= facts.waveCount) {
            WaveSummary &starting = facts.waveSummaries[static_cast<std::size_t>(s.wave - 1)];
            ++starting.starting;
            starting.cost += c.cost.value_or(0);
        }
    }
}

} // namespace

ReportFacts reportFacts(const Plan &plan, const Schedule &schedule)
{
    ReportFacts facts;
    facts.planName = qs(plan.name);
    facts.startDate = qs(formatIsoDate(plan.startDate));
    facts.horizonWaves = plan.horizonWaves;
    facts.waveLengthDays = plan.waveLengthDays;
    facts.waveRule = plan.waveScheme == WaveScheme::Quarters
                         ? QObject::tr("calendar quarters, the fiscal year from %1")
                               .arg(QLocale(QLocale::English).standaloneMonthName(plan.fiscalYearStartMonth))
                         : QObject::tr("waves of %1 days from %2").arg(plan.waveLengthDays).arg(facts.startDate);
    if (plan.calendar.everyDay()) {
        facts.dayRule = QObject::tr("calendar days");
    } else {
        facts.dayRule = QObject::tr("working days (%1)").arg(qs(formatWorkedWeekdays(plan.calendar.worked)));
        if (!plan.calendar.holidays.empty())
            facts.dayRule = QObject::tr("working days (%1, %n holiday(s) off)", nullptr,
                                        static_cast<int>(plan.calendar.holidays.size()))
                                .arg(qs(formatWorkedWeekdays(plan.calendar.worked)));
    }
    if (plan.asOf) {
        const auto count = [&](WorkStatus status) {
            return static_cast<int>(std::count_if(plan.capabilities.begin(), plan.capabilities.end(),
                                                  [status](const Capability &c) { return c.status == status; }));
        };
        facts.progress = QObject::tr("As of %1: %2 done, %3 under way; the rest is re-planned from that day.")
                             .arg(qs(formatIsoDate(*plan.asOf)))
                             .arg(count(WorkStatus::Done))
                             .arg(count(WorkStatus::InProgress));
    }
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
        const WaveGrid waves = waveGrid(plan);
        for (int wave = 1; wave <= lastWave; ++wave) {
            WaveSection section;
            section.wave = wave;
            const int first = waves.firstDay(wave);
            section.title = tr("%1: %2 to %3")
                                .arg(waveName(plan, wave))
                                .arg(isoDate(plan, first), isoDate(plan, waves.firstDay(wave + 1) - 1));
            section.beyondHorizon = wave > plan.horizonWaves;
            for (const std::size_t i : order)
                if (schedule.capabilities[i].wave == wave)
                    section.rows.push_back(rowOf(plan, schedule, plan.capabilities[i], schedule.capabilities[i]));
            facts.waves.push_back(std::move(section));
        }
        for (const CapabilityRow &row : facts.waves.front().rows)
            if (row.lowReadiness)
                facts.lowReadinessInWaveOne << row.key;
    }
    facts.criticalPath = stepsOf(plan, schedule, schedule.criticalPath);
    facts.criticalChain = stepsOf(plan, schedule, schedule.criticalChain);

    summarise(plan, schedule, facts);

    facts.problems = validatePlan(plan);
    for (const Problem &p : schedule.problems)
        if (std::find(facts.problems.begin(), facts.problems.end(), p) == facts.problems.end())
            facts.problems.push_back(p);
    std::stable_partition(facts.problems.begin(), facts.problems.end(),
                          [](const Problem &p) { return p.severity == Severity::Error; });
    return facts;
}

} // namespace waveplan::ui::report
