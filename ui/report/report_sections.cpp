#include "ui/report/report_sections.h"

#include "ui/text/qt_text.h"
#include "ui/text/wave_labels.h"
#include "ui/report/report_facts.h"
#include "ui/report/report_pages.h"
#include "ui/report/report_table.h"
#include "ui/report/wave_bars.h"
#include "ui/report/wave_excerpt_drawing.h"

#include "core/model/plan.h"
#include "core/schedule/load_status.h"
#include "core/schedule/schedule.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <map>
#include <utility>

namespace waveplan::ui::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("waveplan::ui::report::ReportSections", text);
}

/// "Data: 3, IT: 2"; with `most`, the largest counts only and "and N more".
QString countsText(const std::map<QString, int> &counts, std::size_t most = 0)
{
    std::vector<std::pair<QString, int>> shown(counts.begin(), counts.end());
    std::size_t more = 0;
    if (most > 0 && shown.size() > most) {
        std::stable_sort(shown.begin(), shown.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
        more = shown.size() - most;
        shown.resize(most);
    }
    QStringList parts;
    for (const auto &[name, count] : shown)
        parts << QStringLiteral("%1: %2").arg(name).arg(count);
    QString text = parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", "));
    if (more > 0)
        text += tr(" and %1 more").arg(more);
    return text;
}

/// The closing sections (what sets the end date, capacity, risks) follow on the same page when
/// at least this share of it is left, so short ones do not each take a page.
constexpr double kShareToFollowOn = 0.4;

bool roomForAnotherSection(const ReportPages &pages)
{
    return pages.remaining() >= pages.body().height() * kShareToFollowOn;
}

/// "Label    value" lines of the title page.
void fact(ReportPages &pages, const QString &label, const QString &value)
{
    const ReportStyle &style = pages.style();
    const QFontMetricsF fm = pages.metrics(style.body);
    const double labelWidth = std::min(pages.pt(130), pages.body().width() * 0.3);
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


/// A paragraph of at most `maxLines` lines (the last ends in an ellipsis when text is left).
void limitedParagraph(ReportPages &pages, const QString &text, const QFont &font, const QColor &color, int maxLines)
{
    const QFontMetricsF fm = pages.metrics(font);
    const QStringList lines = wrapText(text, fm, pages.body().width(), maxLines);
    const double height = fm.height() * static_cast<double>(lines.size());
    pages.ensure(height);
    if (QPainter *p = pages.painter()) {
        p->setFont(font);
        p->setPen(color);
        double y = pages.y();
        for (const QString &line : lines) {
            p->drawText(QRectF(pages.body().left(), y, pages.body().width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                        line);
            y += fm.height();
        }
    }
    pages.advance(height + pages.pt(2));
}

/// The summary's first sentence: when the plan ends and whether it could end sooner.
QString headline(const ReportFacts &facts)
{
    if (!facts.scheduled)
        return tr("The plan cannot be scheduled as it stands: see the risks below.");
    QString text = tr("Everything is live by %1, in wave %2 (%3).")
                       .arg(facts.endDate)
                       .arg(facts.lastGoLiveWave)
                       .arg(facts.waveRule);
    if (!facts.progress.isEmpty())
        text = facts.progress + QLatin1Char(' ') + text;
    if (!facts.feasible)
        text += QLatin1Char(' ') + tr("But the plan's constraints clash: see the risks.");
    else if (facts.provenShortest)
        text += QLatin1Char(' ') + tr("No schedule of this plan ends sooner.");
    else
        text += QLatin1Char(' ') + tr("With unlimited people it could take %1 days; it takes %2.")
                                       .arg(facts.minimumLengthDays)
                                       .arg(facts.makespanDays);
    return text;
}

/// What goes live in each wave, in plain words: a bold wave line and the names, two lines at
/// most; at most kWavesShown waves, the rest in one line.
void writeGoLives(ReportPages &pages, const ReportFacts &facts)
{
    constexpr std::size_t kWavesShown = 10;
    const ReportStyle &style = pages.style();
    pages.subheading(tr("What goes live, wave by wave"));
    if (facts.waveSummaries.empty()) {
        pages.paragraph(tr("No schedule, so no waves yet."), style.small, style.muted);
        return;
    }
    for (std::size_t i = 0; i < facts.waveSummaries.size() && i < kWavesShown; ++i) {
        const WaveSummary &w = facts.waveSummaries[i];
        limitedParagraph(pages, tr("%1 (%2): %3 start, %4 go live").arg(w.name, w.dates).arg(w.starting).arg(w.goingLive.size()),
                         style.bodyBold, style.text, 1);
        if (!w.goingLive.isEmpty()) // two lines of names each while the waves are few, one when many
            limitedParagraph(pages, w.goingLive.join(QStringLiteral("; ")), style.small, style.text,
                             facts.waveSummaries.size() <= 6 ? 2 : 1);
    }
    if (facts.waveSummaries.size() > kWavesShown) {
        qsizetype later = 0;
        for (std::size_t i = kWavesShown; i < facts.waveSummaries.size(); ++i)
            later += facts.waveSummaries[i].goingLive.size();
        limitedParagraph(pages, tr("Waves %1 to %2: %3 more go live (see the wave pages).")
                                    .arg(kWavesShown + 1)
                                    .arg(facts.waveSummaries.size())
                                    .arg(later),
                         style.small, style.muted, 2);
    }
}

/// Cost by the wave work starts in and value by the wave it goes live in, as totals and bars.
void writeCostAndValue(ReportPages &pages, const ReportFacts &facts)
{
    constexpr std::size_t kWavesCharted = 24;
    const ReportStyle &style = pages.style();
    pages.subheading(tr("Cost and value by wave"));
    if (!facts.anyCost && !facts.anyValue) {
        pages.paragraph(tr("No capability gives a cost or a value (the cost and value columns)."), style.small,
                        style.muted);
        return;
    }
    pages.paragraph(tr("Total cost %1; total value %2. Cost counts in the wave work starts, value in the wave it "
                       "goes live.")
                        .arg(facts.anyCost ? moneyText(facts.totalCost) : tr("not given"),
                             facts.anyValue ? moneyText(facts.totalValue) : tr("not given")),
                    style.small, style.text);
    std::vector<int> waves;
    BarSeries cost{tr("Cost"), QColor(0xc4, 0xc9, 0xcf), style.muted, {}};
    BarSeries value{tr("Value landed"), QColor(0x2e, 0x7d, 0x32), QColor(0x2e, 0x7d, 0x32), {}};
    for (std::size_t i = 0; i < facts.waveSummaries.size() && i < kWavesCharted; ++i) {
        waves.push_back(facts.waveSummaries[i].wave);
        cost.values.push_back(facts.waveSummaries[i].cost);
        value.values.push_back(facts.waveSummaries[i].valueLanded);
    }
    paintWaveBars(pages, waves, cost, value, 110);
}

} // namespace

void writeTitlePage(ReportPages &pages, const ReportFacts &facts, const Plan &plan)
{
    const ReportStyle &style = pages.style();
    pages.setSection(tr("Summary"));
    pages.gap(6);
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
    pages.paragraph(tr("Executive summary of the wave plan"), style.subheading, style.muted);
    pages.gap(6);
    pages.paragraph(headline(facts), style.bodyBold, facts.scheduled && facts.feasible ? style.text : style.error);
    pages.gap(6);

    // Two columns: the waves and what sets the end date on the left; risks, cost and value on
    // the right. Each is capped so the summary stays one page.
    const double top = pages.y();
    const double full = pages.body().width();
    const double gutter = pages.pt(18);
    const double leftWidth = std::floor(full * 0.56);
    pages.setColumn(0, leftWidth);
    writeGoLives(pages, facts);
    if (!facts.drivingPath.isEmpty()) {
        pages.subheading(tr("What sets the end date"));
        limitedParagraph(pages, facts.drivingPath, style.small, style.text, facts.waveSummaries.size() <= 6 ? 6 : 4);
    }
    const double leftBottom = pages.y();
    pages.moveTo(top);
    pages.setColumn(leftWidth + gutter, full - leftWidth - gutter);
    pages.subheading(tr("Top risks"));
    if (facts.topRisks.isEmpty())
        pages.paragraph(tr("None found: every check passes."), style.small, style.muted);
    for (const QString &risk : facts.topRisks) // a sentence each, capitalised ("the plan runs past...")
        limitedParagraph(pages, QStringLiteral("\u2022 ") + risk.left(1).toUpper() + risk.mid(1), style.small,
                         style.text, 3);
    pages.gap(4);
    writeCostAndValue(pages, facts);
    pages.subheading(tr("The plan"));
    fact(pages, tr("Capabilities"), tr("%1 (%2), %3 dependencies")
                                        .arg(plan.capabilities.size())
                                        .arg(countsText(facts.countsByKind))
                                        .arg(plan.dependencies.size()));
    fact(pages, tr("By team"), countsText(facts.countsByTeam, 8));
    fact(pages, tr("By approach"), countsText(facts.countsByApproach));
    const double rightBottom = pages.y();
    pages.fullWidth();
    pages.moveTo(std::max(leftBottom, rightBottom));
    pages.gap(4);
    pages.paragraph(tr("Capabilities belong to the wave in which they start and go live on their last day of work. "
                       "Durations count %1 from the plan start (%2). Foundational capabilities are ones others "
                       "cannot work without; additive ones add value on top.")
                        .arg(facts.dayRule, facts.startDate),
                    style.small, style.muted);
}

void writeWaveSections(ReportPages &pages, const ReportFacts &facts, const Plan &plan, const Schedule &schedule,
                       bool withMaps)
{
    const ReportStyle &style = pages.style();
    pages.heading(tr("Waves"));
    pages.paragraph(tr("Each wave %1lists what starts in it. * marks the driving path: a day's slip there moves the "
                       "end date. Readiness: T technical, S skills, P process, 1 (not ready) to 5 (ready).")
                        .arg(withMaps ? tr("shows its part of the dependency map (its capabilities as cards: "
                                           "filled foundational, dashed additive, red border the driving path; in grey, "
                                           "the capabilities of other waves they need, left, or that need them, right), "
                                           "then ")
                                      : QString()),
                    style.small, style.muted);
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
        const QString title = wave.title + (wave.beyondHorizon ? tr(" (past the horizon)") : QString());
        const auto heading = [&] {
            pages.setSection(wave.title);
            pages.subheading(title);
        };
        if (wave.rows.empty()) {
            pages.ensure(pages.pt(40));
            heading();
            pages.paragraph(tr("Nothing starts in this wave."), style.body, style.muted);
            continue;
        }
        // The wave's part of the map first, with the title (on the next page when it does not
        // fit here), then the table flowing on: a page is only left part empty at a wave's end.
        if (withMaps) {
            // Room for the table under it, at about four lines a row, when the map can shrink to leave it.
            const double line = pages.metrics(style.body).height();
            const double table = line * (2 + 4.2 * static_cast<double>(wave.rows.size())) +
                                 pages.pt(5) * static_cast<double>(wave.rows.size() + 1);
            writeWaveExcerpt(pages, plan, schedule, wave.wave, pages.metrics(style.subheading).height() + pages.pt(9),
                             heading, table);
        } else {
            pages.ensure(pages.pt(110)); // the title with the table's header and first rows
            heading();
        }
        // Landscape: a column per field. Portrait (a narrow body): kind and readiness under the
        // name, the KPI under the owner, so no column is too narrow for its words.
        const bool narrow = pages.body().width() < pages.pt(620);
        std::vector<TableColumn> columns;
        if (narrow)
            columns = {{tr("Key"), 0, false, keyWidth, true},
                       {tr("Capability"), 18},
                       {tr("Teams"), 14},
                       {tr("Owner and KPI"), 17},
                       {tr("Start to finish"), 14.5},
                       {tr("Must be true first"), 36.5}};
        else
            columns = {{tr("Key"), 0, false, keyWidth, true},
                       {tr("Capability"), 12},
                       {tr("Kind"), 0, false, kindWidth},
                       {tr("Teams"), 12.5},
                       {tr("Owner"), 9},
                       {tr("Start to finish"), 9.5},
                       {tr("KPI"), 11},
                       {tr("Readiness"), 0, false, readinessWidth},
                       {tr("Must be true first"), 26.5}};
        ReportTable table(pages, columns, narrow ? 8 : 6);
        for (const CapabilityRow &row : wave.rows) {
            QString needs = row.needsFirst.isEmpty() ? QString() : tr("Needs %1.").arg(row.needsFirst);
            needs += (needs.isEmpty() ? QString() : QStringLiteral(" ")) + row.reason;
            const QString owner = row.owner.isEmpty() ? tr("nobody yet") : row.owner;
            const QString kpi = row.kpi.isEmpty() ? tr("none agreed") : row.kpi;
            const QString readiness = row.readiness.isEmpty() ? tr("not assessed") : row.readiness;
            const TableCell key{row.key + (row.critical ? QStringLiteral(" *") : QString()), std::nullopt, true};
            if (narrow) {
                const bool missing = row.owner.isEmpty() || row.kpi.isEmpty();
                table.addRow(std::vector<TableCell>{
                    key,
                    {tr("%1\n%2, readiness %3").arg(row.name, row.kind, readiness),
                     row.lowReadiness ? std::optional(style.warning) : std::nullopt, false},
                    {row.teams, std::nullopt, false},
                    {tr("%1\nKPI: %2").arg(owner, kpi), missing ? std::optional(style.warning) : std::nullopt, false},
                    {row.dates, std::nullopt, false},
                    {needs, std::nullopt, false}});
                continue;
            }
            table.addRow(std::vector<TableCell>{
                key,
                {row.name, std::nullopt, false},
                {row.kind, std::nullopt, false},
                {row.teams, std::nullopt, false},
                {owner, row.owner.isEmpty() ? std::optional(style.warning) : std::nullopt, false},
                {row.dates, std::nullopt, false},
                {kpi, row.kpi.isEmpty() ? std::optional(style.warning) : std::nullopt, false},
                {readiness, row.lowReadiness ? std::optional(style.warning) : std::nullopt, false},
                {needs, std::nullopt, false}});
        }
        table.end();
    }
}

void writeCriticalSection(ReportPages &pages, const ReportFacts &facts)
{
    const ReportStyle &style = pages.style();
    pages.heading(tr("What sets the end date"), !roomForAnotherSection(pages));
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
    pages.heading(tr("Team capacity"), !roomForAnotherSection(pages));
    if (plan.teams.empty() || schedule.load.empty()) {
        pages.paragraph(tr("No team loads to show."), style.body, style.muted);
        return;
    }
    pages.paragraph(tr("Each cell: people-days used of those available in the wave, the share used, and go-lives "
                       "against the team's go-live limit. A cell the capacity view flags says why, in red (over "
                       "capacity, go-lives over the limit) or amber (near full: %1 % or more; go-lives at the limit).")
                        .arg(kNearFullPercent),
                    style.small, style.muted);
    int lastWave = 0;
    for (const TeamWaveLoad &l : schedule.load)
        lastWave = std::max(lastWave, l.wave);
    constexpr int kWavesPerTable = 6;
    for (int first = 1; first <= lastWave; first += kWavesPerTable) {
        const int last = std::min(lastWave, first + kWavesPerTable - 1);
        std::vector<TableColumn> columns{{tr("Team"), 14}};
        for (int wave = first; wave <= last; ++wave)
            columns.push_back({waveName(plan, wave), 14});
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
                const std::string flags = loadFlagsText(*found);
                QString text = tr("%1 of %2 (%3 %)").arg(found->peopleDaysUsed).arg(found->peopleDaysAvailable).arg(std::lround(share));
                text += QLatin1Char('\n') + (found->goLiveLimit ? tr("%1 of %2 go-lives").arg(found->goLives).arg(*found->goLiveLimit)
                                                                 : tr("%1 go-lives").arg(found->goLives));
                if (!flags.empty())
                    text += QLatin1Char('\n') + qs(flags);
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
    pages.heading(tr("Problems and risks"), !roomForAnotherSection(pages));
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
    // A kind of problem found many times (a warning per dependency...) is one row: its first
    // sentence and the capabilities of the others, so the list stays readable.
    constexpr std::size_t kGroupFrom = 4;    // this many of one kind or more make a group
    constexpr std::size_t kNamedInGroup = 60; // most others named in a group's row
    std::map<std::pair<Severity, std::string>, std::vector<const Problem *>> byKind;
    for (const Problem &p : facts.problems)
        byKind[{p.severity, p.code}].push_back(&p);
    constexpr qsizetype kKeysListed = 30; // most capabilities named in a row's last column
    const auto keysOf = [](const Problem &p) {
        QStringList keys;
        for (const std::string &k : p.keys)
            keys << qs(k);
        return keys;
    };
    const auto keysText = [&](const Problem &p) {
        const QStringList keys = keysOf(p);
        if (keys.size() <= kKeysListed)
            return keys.join(QStringLiteral(", "));
        return tr("%1 and %2 more").arg(keys.first(kKeysListed).join(QStringLiteral(", "))).arg(keys.size() - kKeysListed);
    };
    ReportTable table(pages, {{tr("Severity"), 9}, {tr("Problem"), 71}, {tr("Capabilities"), 20}}, 12);
    for (const Problem &p : facts.problems) {
        const std::vector<const Problem *> &kind = byKind[{p.severity, p.code}];
        const bool grouped = !p.code.empty() && kind.size() >= kGroupFrom;
        if (grouped && kind.front() != &p)
            continue; // in its group's row
        const bool error = p.severity == Severity::Error;
        QString message = qs(p.message);
        QString keys = keysText(p);
        if (grouped) {
            QStringList others;
            for (std::size_t i = 1; i < kind.size() && i <= kNamedInGroup; ++i) {
                QStringList k = keysOf(*kind[i]);
                const QString first = k.isEmpty() ? QString() : k.takeFirst();
                others << (k.isEmpty() ? first : tr("%1 (%2)").arg(first, k.join(QStringLiteral(", "))));
            }
            message += QLatin1Char(' ') + tr("The same for %1 more: %2").arg(kind.size() - 1).arg(others.join(QStringLiteral(", ")));
            if (kind.size() - 1 > kNamedInGroup)
                message += tr("; and %1 others (the app's Problems list has them all).").arg(kind.size() - 1 - kNamedInGroup);
            else
                message += QLatin1Char('.');
            keys += QLatin1Char('\n') + tr("and %1 more problems").arg(kind.size() - 1);
        }
        table.addRow(std::vector<TableCell>{{error ? tr("Error") : tr("Warning"), error ? style.error : style.warning, true},
                                            {message, std::nullopt, false},
                                            {keys, std::nullopt, false}});
    }
    table.end();
}

} // namespace waveplan::ui::report
