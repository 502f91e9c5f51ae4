#include "ui/report/report_sections.h"

#include "ui/text/qt_text.h"
#include "ui/report/report_facts.h"
#include "ui/report/report_pages.h"
#include "ui/report/report_table.h"

#include "core/model/plan.h"
#include "core/schedule/load_status.h"
#include "core/schedule/schedule.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>

namespace waveplan::ui::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("waveplan::ui::report::ReportSections", text);
}

QString countsText(const std::map<QString, int> &counts)
{
    QStringList parts;
    for (const auto &[name, count] : counts)
        parts << QStringLiteral("%1: %2").arg(name).arg(count);
    return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", "));
}

/// "Label    value" lines of the title page.
void fact(ReportPages &pages, const QString &label, const QString &value)
{
    const ReportStyle &style = pages.style();
    const QFontMetricsF fm = pages.metrics(style.body);
    const double labelWidth = pages.pt(130);
    const QStringList lines = wrapText(value, fm, pages.body().width() - labelWidth);
    pages.ensure(fm.height() * static_cast<double>(lines.size()));
    if (QPainter *p = pages.painter()) {
        p->setFont(style.bodyBold);
        p->setPen(style.muted);
        p->drawText(QRectF(pages.body().left(), pages.y(), labelWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                    label);
        p->setFont(style.body);
        p->setPen(style.text);
        double y = pages.y();
        for (const QString &line : lines) {
            p->drawText(QRectF(pages.body().left() + labelWidth, y, pages.body().width() - labelWidth, fm.height()),
                        Qt::AlignLeft | Qt::AlignVCenter, line);
            y += fm.height();
        }
    }
    pages.advance(fm.height() * static_cast<double>(lines.size()) + pages.pt(3));
}

} // namespace

void writeTitlePage(ReportPages &pages, const ReportFacts &facts, const Plan &plan)
{
    const ReportStyle &style = pages.style();
    pages.setSection(tr("Summary"));
    pages.gap(24);
    const QFontMetricsF titleMetrics = pages.metrics(style.title);
    const QStringList titleLines = wrapText(facts.planName, titleMetrics, pages.body().width(), 2);
    for (const QString &line : titleLines) {
        if (QPainter *p = pages.painter()) {
            p->setFont(style.title);
            p->setPen(style.text);
            p->drawText(QRectF(pages.body().left(), pages.y(), pages.body().width(), titleMetrics.height()),
                        Qt::AlignLeft | Qt::AlignVCenter, line);
        }
        pages.advance(titleMetrics.height());
    }
    pages.paragraph(tr("Wave plan report"), style.subheading, style.muted);
    pages.gap(14);

    fact(pages, tr("Plan starts"), facts.startDate);
    fact(pages, tr("Waves"),
         tr("%1 waves of %2 days (the horizon is %3 waves)").arg(facts.waveCount).arg(facts.waveLengthDays).arg(facts.horizonWaves));
    if (facts.scheduled) {
        fact(pages, tr("Makespan"),
             tr("%1 days, ending %2; without team limits it could be %3 days")
                 .arg(facts.makespanDays)
                 .arg(facts.endDate)
                 .arg(facts.minimumLengthDays));
        fact(pages, tr("Schedule"),
             facts.feasible ? tr("holds every constraint")
                            : tr("the plan's constraints clash: see Problems and risks"));
    } else {
        fact(pages, tr("Schedule"), tr("none: the plan cannot be scheduled as it stands (see Problems and risks)"));
    }
    fact(pages, tr("Capabilities"), tr("%1 (%2)").arg(plan.capabilities.size()).arg(countsText(facts.countsByKind)));
    fact(pages, tr("Dependencies"), QString::number(plan.dependencies.size()));
    fact(pages, tr("By team"), countsText(facts.countsByTeam));
    fact(pages, tr("By approach"), countsText(facts.countsByApproach));
    int errors = 0;
    for (const Problem &p : facts.problems)
        errors += p.severity == Severity::Error ? 1 : 0;
    fact(pages, tr("Problems"),
         tr("%1 errors, %2 warnings").arg(errors).arg(static_cast<int>(facts.problems.size()) - errors));
    pages.gap(10);
    pages.paragraph(tr("Capabilities belong to the wave in which they start. Dates are calendar days from the plan "
                       "start; a finish date is the last day of work. Foundational capabilities are ones others cannot "
                       "work without; additive ones add value on top."),
                    style.small, style.muted);
}

void writeWaveSections(ReportPages &pages, const ReportFacts &facts)
{
    const ReportStyle &style = pages.style();
    pages.heading(tr("Waves"));
    // Columns of one width in every wave: keys as wide as the longest, kind and readiness as
    // their longest words.
    QStringList keys;
    for (const WaveSection &wave : facts.waves)
        for (const CapabilityRow &row : wave.rows)
            keys << row.key + QStringLiteral(" *");
    const double keyWidth = ReportTable::keyColumnWidth(pages, keys, 36, 110);
    const double kindWidth = ReportTable::keyColumnWidth(pages, {tr("Foundational")}, 30, 90);
    const double readinessWidth = ReportTable::keyColumnWidth(pages, {tr("Readiness"), tr("not assessed")}, 30, 90);
    if (facts.waves.empty())
        pages.paragraph(tr("No schedule: fix the errors listed under Problems and risks first."), style.body, style.error);
    for (const WaveSection &wave : facts.waves) {
        pages.setSection(wave.title);
        pages.subheading(wave.title + (wave.beyondHorizon ? tr(" (past the horizon)") : QString()));
        if (wave.rows.empty()) {
            pages.paragraph(tr("Nothing starts in this wave."), style.body, style.muted);
            continue;
        }
        ReportTable table(pages, {{tr("Key"), 0, false, keyWidth, true},
                                  {tr("Capability"), 16},
                                  {tr("Kind"), 0, false, kindWidth},
                                  {tr("Teams"), 12},
                                  {tr("Owner"), 10},
                                  {tr("Start to finish"), 10},
                                  {tr("KPI"), 13},
                                  {tr("Readiness"), 0, false, readinessWidth},
                                  {tr("Must be true first"), 17.5}});
        for (const CapabilityRow &row : wave.rows) {
            QString needs = row.needsFirst.isEmpty() ? QString() : tr("Needs %1.").arg(row.needsFirst);
            needs += (needs.isEmpty() ? QString() : QStringLiteral(" ")) + row.reason;
            table.addRow(std::vector<TableCell>{
                {row.key + (row.critical ? QStringLiteral(" *") : QString()), std::nullopt, true},
                {row.name, std::nullopt, false},
                {row.kind, std::nullopt, false},
                {row.teams, std::nullopt, false},
                {row.owner.isEmpty() ? tr("nobody yet") : row.owner,
                 row.owner.isEmpty() ? std::optional(style.warning) : std::nullopt, false},
                {row.dates, std::nullopt, false},
                {row.kpi.isEmpty() ? tr("none agreed") : row.kpi,
                 row.kpi.isEmpty() ? std::optional(style.warning) : std::nullopt, false},
                {row.readiness.isEmpty() ? tr("not assessed") : row.readiness,
                 row.lowReadiness ? std::optional(style.warning) : std::nullopt, false},
                {needs, std::nullopt, false}});
        }
        table.end();
    }
    pages.paragraph(tr("* critical: a day's slip moves the end date. Readiness: T technical, S skills, P process, 1 (not ready) to "
                       "5 (ready)."),
                    style.small, style.muted);
}

void writeCriticalSection(ReportPages &pages, const ReportFacts &facts)
{
    const ReportStyle &style = pages.style();
    pages.heading(tr("What sets the end date"));
    if (!facts.scheduled) {
        pages.paragraph(tr("No schedule, so no driving path."), style.body, style.muted);
        return;
    }
    pages.paragraph(tr("The driving path runs from the plan's start to its end through the work that holds each next "
                       "step: a dependency, a team's people or go-live limit, a pin. It is why the plan takes %2 days; "
                       "a day's slip on it moves the end date. The dependency path ignores team capacity: it is how "
                       "short the plan could be (%1 days) if every team had unlimited people.")
                        .arg(facts.minimumLengthDays)
                        .arg(facts.makespanDays),
                    style.body, style.text);
    for (const auto &[title, steps] : {std::pair{tr("Driving path (sets the end date)"), &facts.criticalChain},
                                       std::pair{tr("Dependency path (if every team had unlimited capacity)"), &facts.criticalPath}}) {
        pages.subheading(title);
        if (steps->empty()) {
            pages.paragraph(tr("Empty."), style.body, style.muted);
            continue;
        }
        QStringList keys;
        for (const ChainStep &step : *steps)
            keys << step.key;
        ReportTable table(pages, {{tr("#"), 3, true},
                                  {tr("Key"), 0, false, ReportTable::keyColumnWidth(pages, keys, 36, 110), true},
                                  {tr("Capability"), 24},
                                  {tr("When and why"), 64}});
        int n = 0;
        for (const ChainStep &step : *steps)
            table.addRow(QStringList{QString::number(++n), step.key, step.name, step.detail});
        table.end();
    }
}

void writeCapacitySection(ReportPages &pages, const Plan &plan, const Schedule &schedule)
{
    const ReportStyle &style = pages.style();
    pages.heading(tr("Team capacity"));
    if (plan.teams.empty() || schedule.load.empty()) {
        pages.paragraph(tr("No team loads to show."), style.body, style.muted);
        return;
    }
    pages.paragraph(tr("Each cell: people-days used of those available in the wave, the share used, and go-lives "
                       "against the team's change limit."),
                    style.small, style.muted);
    int lastWave = 0;
    for (const TeamWaveLoad &l : schedule.load)
        lastWave = std::max(lastWave, l.wave);
    constexpr int kWavesPerTable = 6;
    for (int first = 1; first <= lastWave; first += kWavesPerTable) {
        const int last = std::min(lastWave, first + kWavesPerTable - 1);
        std::vector<TableColumn> columns{{tr("Team"), 14}};
        for (int wave = first; wave <= last; ++wave)
            columns.push_back({tr("Wave %1").arg(wave), 14});
        ReportTable table(pages, columns);
        for (const Team &team : plan.teams) {
            std::vector<TableCell> cells{{qs(team.name), std::nullopt, true}};
            for (int wave = first; wave <= last; ++wave) {
                const auto found = std::find_if(schedule.load.begin(), schedule.load.end(), [&](const TeamWaveLoad &l) {
                    return l.team == team.name && l.wave == wave;
                });
                if (found == schedule.load.end()) {
                    cells.push_back({QStringLiteral("-"), std::nullopt, false});
                    continue;
                }
                const double share = found->peopleDaysAvailable > 0
                                         ? 100.0 * static_cast<double>(found->peopleDaysUsed) /
                                               static_cast<double>(found->peopleDaysAvailable)
                                         : 0;
                const LoadStatus status = loadStatus(*found);
                QString text = tr("%1 of %2 (%3 %)").arg(found->peopleDaysUsed).arg(found->peopleDaysAvailable).arg(std::lround(share));
                text += QLatin1Char('\n') + (found->goLiveLimit ? tr("%1 of %2 go-lives").arg(found->goLives).arg(*found->goLiveLimit)
                                                                 : tr("%1 go-lives").arg(found->goLives));
                const std::optional<QColor> mark = status == LoadStatus::Over       ? std::optional(style.error)
                                                   : status == LoadStatus::NearFull ? std::optional(style.warning)
                                                                                    : std::nullopt;
                cells.push_back({text, mark, false});
            }
            table.addRow(cells);
        }
        table.end();
    }
}

void writeProblemsSection(ReportPages &pages, const ReportFacts &facts)
{
    const ReportStyle &style = pages.style();
    pages.heading(tr("Problems and risks"));
    if (!facts.lowReadinessInWaveOne.isEmpty())
        pages.paragraph(tr("Low readiness in wave 1: %1. A tool bought before the skills and processes are ready rarely "
                           "pays off.")
                            .arg(facts.lowReadinessInWaveOne.join(QStringLiteral(", "))),
                        style.bodyBold, style.warning);
    if (!facts.missingOwners.isEmpty())
        pages.paragraph(tr("No owner yet (%1): %2.").arg(facts.missingOwners.size()).arg(facts.missingOwners.join(QStringLiteral(", "))),
                        style.body, style.warning);
    if (!facts.missingKpis.isEmpty())
        pages.paragraph(tr("No KPI agreed (%1): %2.").arg(facts.missingKpis.size()).arg(facts.missingKpis.join(QStringLiteral(", "))),
                        style.body, style.warning);
    if (facts.problems.empty()) {
        pages.paragraph(tr("No problems found."), style.body, style.muted);
        return;
    }
    pages.gap(4);
    ReportTable table(pages, {{tr("Severity"), 9}, {tr("Problem"), 71}, {tr("Capabilities"), 20}}, 6);
    for (const Problem &p : facts.problems) {
        QStringList keys;
        for (const std::string &k : p.keys)
            keys << qs(k);
        const bool error = p.severity == Severity::Error;
        table.addRow(std::vector<TableCell>{{error ? tr("Error") : tr("Warning"), error ? style.error : style.warning, true},
                                            {qs(p.message), std::nullopt, false},
                                            {keys.join(QStringLiteral(", ")), std::nullopt, false}});
    }
    table.end();
}

} // namespace waveplan::ui::report
