#include "ui/report/comparison_report.h"

#include "ui/report/report_pages.h"
#include "ui/report/report_table.h"
#include "ui/report/report_writer.h"
#include "ui/report/wave_bars.h"
#include "ui/text/qt_text.h"

#include "core/io/atomic_file.h"
#include "core/schedule/baseline_drift.h"
#include "core/schedule/compared_plan.h"
#include "core/schedule/plan_comparison.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <numeric>
#include <tuple>

namespace waveplan::ui::report {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("waveplan::ui::report::ComparisonReport", text);
}

QString dateOf(const ComparedPlan &side, int day) {
    return qs(formatIsoDate(waveplan::dateOfDay(side.plan, day)));
}

QString nameIn(const ComparedPlan &side, const std::string &key) {
    const Capability *capability = side.plan.findCapability(key);
    return capability ? qs(capability->name) : QString();
}

double total(const std::vector<WaveCost> &costs) {
    return std::accumulate(costs.begin(), costs.end(), 0.0,
                           [](double sum, const WaveCost &w) { return sum + w.cost; });
}

/// One row of "What moved", with what orders it: wave changes first, then what was added and
/// removed, then shifts within a wave; the biggest shift first within each.
struct MovedRow {
    int group = 0;
    int magnitude = 0;
    std::vector<TableCell> cells;
};

/// Everything the page says, worked out once; the page is then laid out until it fits.
struct Content {
    const ComparedPlan *from = nullptr;
    const ComparedPlan *to = nullptr;
    const PlanComparison *comparison = nullptr;
    ComparisonSummary summary;
    std::vector<MovedRow> moved;
    std::vector<std::vector<TableCell>> load; ///< what matters most first (see contentOf)
    double fromCost = 0;
    double toCost = 0;
    QString date;
};

Content contentOf(const ComparedPlan &from, const ComparedPlan &to, const PlanComparison &c,
                  const ReportOptions &options) {
    const ReportStyle style = ReportStyle::make();
    Content content;
    content.from = &from;
    content.to = &to;
    content.comparison = &c;
    // The page has room for about a dozen keys of each driving path.
    content.summary = summarizeComparison(from, to, c, " \u203a ", 12);
    content.fromCost = total(c.fromCostByWave);
    content.toCost = total(c.toCostByWave);
    content.date = options.reportDate ? qs(formatIsoDate(*options.reportDate))
                                      : QDate::currentDate().toString(Qt::ISODate);

    for (const CapabilityMove &m : c.changes.moves) {
        const int shift = m.startShiftDays();
        MovedRow row{m.changedWave() ? 0 : 3, std::abs(shift), {}};
        const QString change = m.changedWave() ? tr("W%1 \u2192 W%2").arg(m.fromWave).arg(m.toWave)
                                               : tr("within W%1").arg(m.toWave);
        row.cells = {{qs(m.key), {}, true},
                     {nameIn(to, m.key), {}, false},
                     {change, {}, m.changedWave()},
                     {dateOf(from, m.fromStartDay), {}, false},
                     {dateOf(to, m.toStartDay), {}, false},
                     {qs(driftCellText(shift)), shift > 0 ? std::optional(style.warning) : std::nullopt,
                      false}};
        content.moved.push_back(std::move(row));
    }
    const auto onlyIn = [&](const ComparedPlan &side, const std::string &key, bool inB) {
        const ScheduledCapability *s = side.schedule.find(key);
        const QString wave = s ? QString::number(s->wave) : tr("?");
        const QString start = s ? dateOf(side, s->startDay) : QString();
        MovedRow row{inB ? 1 : 2, 0, {}};
        row.cells = {{qs(key), {}, true},
                     {nameIn(side, key), {}, false},
                     {inB ? tr("new in B: W%1").arg(wave) : tr("not in B (W%1)").arg(wave), {}, true},
                     {inB ? QString() : start, {}, false},
                     {inB ? start : QString(), {}, false},
                     {QString(), {}, false}};
        content.moved.push_back(std::move(row));
    };
    for (const std::string &key : c.changes.added)
        onlyIn(to, key, true);
    for (const std::string &key : c.changes.removed)
        onlyIn(from, key, false);
    std::stable_sort(content.moved.begin(), content.moved.end(), [](const MovedRow &a, const MovedRow &b) {
        return std::tie(a.group, b.magnitude) < std::tie(b.group, a.magnitude);
    });

    // Team load: a team newly over its capacity first, then the biggest change in go-lives,
    // then in people-days; team and wave order among equals.
    std::vector<const TeamWaveDelta *> changed;
    for (const TeamWaveDelta &d : c.load)
        if (d.changed())
            changed.push_back(&d);
    const auto weight = [](const TeamWaveDelta *d) {
        const bool newlyOver =
            d->toPeopleDaysUsed > d->toPeopleDaysAvailable && d->fromPeopleDaysUsed <= d->fromPeopleDaysAvailable;
        return std::tuple(newlyOver, std::abs(d->toGoLives - d->fromGoLives),
                          std::llabs(d->toPeopleDaysUsed - d->fromPeopleDaysUsed));
    };
    std::stable_sort(changed.begin(), changed.end(),
                     [&](const TeamWaveDelta *a, const TeamWaveDelta *b) { return weight(a) > weight(b); });
    for (const TeamWaveDelta *delta : changed) {
        const TeamWaveDelta &d = *delta;
        const bool overB = d.toPeopleDaysUsed > d.toPeopleDaysAvailable;
        const bool overA = d.fromPeopleDaysUsed > d.fromPeopleDaysAvailable;
        const auto used = [](std::int64_t usedDays, std::int64_t available, bool over) {
            if (usedDays == 0 && available == 0)
                return tr("none");
            return over ? tr("%1 of %2, over").arg(usedDays).arg(available)
                        : tr("%1 of %2").arg(usedDays).arg(available);
        };
        const QString goLives = d.fromGoLives == d.toGoLives
                                    ? QString::number(d.toGoLives)
                                    : tr("%1 \u2192 %2").arg(d.fromGoLives).arg(d.toGoLives);
        content.load.push_back(
            {{qs(d.team), {}, false},
             {QString::number(d.wave), {}, false},
             {used(d.fromPeopleDaysUsed, d.fromPeopleDaysAvailable, overA),
              overA ? std::optional(style.error) : std::nullopt, overA},
             {used(d.toPeopleDaysUsed, d.toPeopleDaysAvailable, overB),
              overB ? std::optional(style.error) : std::nullopt, overB},
             {goLives, {}, d.fromGoLives != d.toGoLives}});
    }
    return content;
}

struct Figure {
    QString caption;
    QString value;
    QString note;
};

/// The key figures as a row of boxes across the page.
void paintFigures(ReportPages &pages, const std::vector<Figure> &figures) {
    const ReportStyle &style = pages.style();
    QFont big = style.bodyBold;
    big.setPointSizeF(15);
    const double pad = pages.pt(5);
    const double gap = pages.pt(6);
    const double height = pages.metrics(style.small).height() * 2 + pages.metrics(big).height() + 2 * pad;
    const auto count = static_cast<double>(figures.size());
    const double width = (pages.body().width() - gap * (count - 1)) / count;
    if (QPainter *p = pages.painter()) {
        double x = pages.body().left();
        for (const Figure &figure : figures) {
            const QRectF box(x, pages.y(), width, height);
            p->setPen(QPen(style.rule, pages.pt(0.6)));
            p->setBrush(style.zebra);
            p->drawRect(box);
            const QRectF inner = box.adjusted(pad, pad, -pad, -pad);
            const double line = pages.metrics(style.small).height();
            p->setFont(style.small);
            p->setPen(style.muted);
            p->drawText(QRectF(inner.left(), inner.top(), inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                        pages.metrics(style.small).elidedText(figure.caption, Qt::ElideRight, inner.width()));
            p->setFont(big);
            p->setPen(style.text);
            const double bigLine = pages.metrics(big).height();
            p->drawText(QRectF(inner.left(), inner.top() + line, inner.width(), bigLine),
                        Qt::AlignLeft | Qt::AlignVCenter,
                        pages.metrics(big).elidedText(figure.value, Qt::ElideRight, inner.width()));
            p->setFont(style.small);
            p->setPen(style.muted);
            p->drawText(QRectF(inner.left(), inner.top() + line + bigLine, inner.width(), line),
                        Qt::AlignLeft | Qt::AlignVCenter,
                        pages.metrics(style.small).elidedText(figure.note, Qt::ElideRight, inner.width()));
            x += width + gap;
        }
    }
    pages.advance(height + pages.pt(8));
}

std::vector<Figure> figuresOf(const Content &content) {
    const PlanComparison &c = *content.comparison;
    std::vector<Figure> figures;
    const std::optional<int> shift = endShiftDays(*content.from, *content.to);
    const std::optional<Date> end = endDate(*content.to);
    const QString endWave =
        end ? tr("wave %1, ").arg(waveGrid(content.to->plan).waveOf(content.to->schedule.makespanDays - 1))
            : QString();
    figures.push_back({tr("B ends"), end ? qs(formatIsoDate(*end)) : tr("no schedule"),
                       !shift         ? tr("A ends %1").arg(qs(endDateText(*content.from)))
                       : *shift == 0 ? endWave + tr("the same day as A")
                                     : endWave + tr("%1 than A").arg(qs(daysLaterOrSooner(*shift)))});
    const int changedWave = c.changes.movedWaveCount();
    figures.push_back({tr("Changed wave"), QString::number(changedWave),
                       tr("of %1 capabilities in both")
                           .arg(static_cast<int>(content.to->plan.capabilities.size() - c.changes.added.size()))});
    figures.push_back({tr("Shifted within their wave"),
                       QString::number(static_cast<int>(c.changes.moves.size()) - changedWave),
                       tr("same wave, new start date")});
    figures.push_back({tr("Added / removed"),
                       tr("%1 / %2").arg(c.changes.added.size()).arg(c.changes.removed.size()),
                       tr("in B, not A / in A, not B")});
    if (content.fromCost == 0 && content.toCost == 0)
        figures.push_back({tr("Total cost"), tr("not given"), tr("no capability has a cost")});
    else {
        const double delta = content.toCost - content.fromCost;
        figures.push_back({tr("Total cost of B"), moneyText(content.toCost),
                           delta == 0 ? tr("the same as A")
                                      : tr("%1%2 against A").arg(delta > 0 ? QStringLiteral("+") : QString(),
                                                                 moneyText(delta))});
    }
    return figures;
}

/// Cost per wave, A and B as pairs of bars (A outlined, B filled: told apart without colour).
void paintCostChart(ReportPages &pages, const Content &content) {
    const ReportStyle &style = pages.style();
    const PlanComparison &c = *content.comparison;
    if (content.fromCost == 0 && content.toCost == 0) {
        pages.paragraph(tr("Neither plan gives a cost for its capabilities (the cost column)."), style.body,
                        style.muted);
        return;
    }
    const std::size_t count = std::max(c.fromCostByWave.size(), c.toCostByWave.size());
    std::vector<int> waves;
    BarSeries a{tr("A: %1").arg(qs(content.from->label)), QColor(0xc4, 0xc9, 0xcf), style.muted, {}};
    BarSeries b{tr("B: %1").arg(qs(content.to->label)), QColor(0x1f, 0x5f, 0xa8), QColor(0x1f, 0x5f, 0xa8), {}};
    for (std::size_t i = 0; i < count; ++i) {
        waves.push_back(i < c.toCostByWave.size() ? c.toCostByWave[i].wave : c.fromCostByWave[i].wave);
        a.values.push_back(i < c.fromCostByWave.size() ? c.fromCostByWave[i].cost : 0);
        b.values.push_back(i < c.toCostByWave.size() ? c.toCostByWave[i].cost : 0);
    }
    paintWaveBars(pages, waves, a, b, 96);
}

/// What fitted on the first page.
struct Fit {
    bool moved = true;
    bool right = true;
};

/// Lays out the page with `rows` of each list; `painter` null: a dry run.
Fit layOut(QPagedPaintDevice *device, QPainter *painter, const Content &content, const ComparisonRows &rows) {
    ReportPages pages(device, painter, ReportStyle::make(), qs(content.to->plan.name), content.date, 1);
    const ReportStyle &style = pages.style();
    pages.heading(tr("What changes from A to B"), false);
    pages.paragraph(tr("A: %1, \u201c%2\u201d").arg(qs(content.from->label), qs(content.from->plan.name)),
                    style.bodyBold, style.text);
    pages.paragraph(tr("B: %1, \u201c%2\u201d").arg(qs(content.to->label), qs(content.to->plan.name)),
                    style.bodyBold, style.text);
    pages.gap(4);
    paintFigures(pages, figuresOf(content));
    QString words = qs(content.summary.ends + " " + content.summary.moved);
    for (const std::string &line : content.summary.drivingPath)
        words += QLatin1Char(' ') + qs(line);
    pages.paragraph(words, style.body, style.text);
    pages.gap(4);

    const double top = pages.y();
    const double width = pages.body().width();
    const double gutter = pages.pt(14);
    const double leftWidth = (width - gutter) * 0.6;

    // Left: what moved.
    pages.setColumn(0, leftWidth);
    pages.subheading(tr("What moved (wave changes first, then the biggest shifts)"));
    const std::size_t movedShown = std::min<std::size_t>(static_cast<std::size_t>(rows.moved), content.moved.size());
    if (content.moved.empty())
        pages.paragraph(tr("Nothing moved: every capability of A starts on the same day in B."), style.body,
                        style.muted);
    else {
        QStringList keys;
        for (const MovedRow &row : content.moved)
            keys << row.cells.front().text;
        ReportTable table(pages,
                          {{tr("Key"), 0, false, ReportTable::keyColumnWidth(pages, keys, 30, 80), true},
                           {tr("Capability"), 32},
                           {tr("Wave"), 22},
                           {tr("Start in A"), 15},
                           {tr("Start in B"), 15},
                           {tr("Shift"), 10, true}},
                          1);
        for (std::size_t i = 0; i < movedShown; ++i)
            table.addRow(content.moved[i].cells);
        table.end();
        if (movedShown < content.moved.size())
            pages.paragraph(tr("... and %1 more with smaller changes: the Compare window and "
                               "'waveplan compare --json' list them all.")
                                .arg(content.moved.size() - movedShown),
                            style.small, style.muted);
    }
    pages.paragraph(tr("Shift: how much later (+) or sooner (\u2212) a capability starts in B than in A."),
                    style.small, style.muted);
    Fit fit;
    fit.moved = pages.pageNumber() == 1;

    // Right: cost per wave, then the teams whose load or go-lives differ.
    pages.setColumn(leftWidth + gutter, width - leftWidth - gutter);
    pages.moveTo(top);
    pages.subheading(tr("Cost per wave (of what starts in it)"));
    paintCostChart(pages, content);
    pages.subheading(tr("Team load and go-lives that differ most"));
    const std::size_t loadShown = std::min<std::size_t>(static_cast<std::size_t>(rows.load), content.load.size());
    if (content.load.empty())
        pages.paragraph(tr("Every team uses the same people-days and takes the same go-lives in each wave."),
                        style.body, style.muted);
    else {
        const auto fitted = [&pages](const QString &title) {
            return ReportTable::keyColumnWidth(pages, {title}, 20, 60) + pages.pt(4);
        };
        ReportTable table(pages,
                          {{tr("Team"), 40},
                           {tr("Wave"), 0, true, fitted(tr("Wave"))},
                           {tr("People-days A"), 30},
                           {tr("People-days B"), 30},
                           {tr("Go-lives"), 0, true, fitted(tr("Go-lives"))}},
                          1);
        for (std::size_t i = 0; i < loadShown; ++i)
            table.addRow(content.load[i]);
        table.end();
        if (loadShown < content.load.size())
            pages.paragraph(tr("... and %1 more teams and waves with smaller changes.").arg(content.load.size() - loadShown),
                            style.small, style.muted);
    }
    fit.right = pages.pageNumber() == 1;
    pages.fullWidth();
    pages.finish();
    return fit;
}

/// The most rows of one list that fit, the other list held at `rows`.
int mostThatFit(QPagedPaintDevice *device, const Content &content, ComparisonRows rows, int ComparisonRows::*list,
                int available, bool Fit::*fits) {
    rows.*list = available;
    if (layOut(device, nullptr, content, rows).*fits)
        return available;
    int low = 0;
    int high = available; // low fits (or is 0), high does not
    while (high - low > 1) {
        const int middle = (low + high) / 2;
        rows.*list = middle;
        if (layOut(device, nullptr, content, rows).*fits)
            low = middle;
        else
            high = middle;
    }
    return low;
}

} // namespace

QByteArray comparisonPdf(const ComparedPlan &from, const ComparedPlan &to, const PlanComparison &comparison,
                         const ReportOptions &options, ComparisonRows *shown) {
    const Content content = contentOf(from, to, comparison, options);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kReportDpi);
        writer.setTitle(tr("%1 compared with %2").arg(qs(to.label), qs(from.label)));
        writer.setCreator(QStringLiteral("Waveplan"));
        setUpPages(&writer, options);
        // One page whatever differs: the lists are cut to what fits, what moved first.
        ComparisonRows rows;
        rows.moved = mostThatFit(&writer, content, {0, 0}, &ComparisonRows::moved,
                                 static_cast<int>(content.moved.size()), &Fit::moved);
        rows.load = mostThatFit(&writer, content, rows, &ComparisonRows::load, static_cast<int>(content.load.size()),
                                &Fit::right);
        if (shown)
            *shown = rows;
        QPainter painter(&writer);
        layOut(&writer, &painter, content, rows);
    }
    buffer.close();
    return bytes;
}

Status writeComparisonPdf(const ComparedPlan &from, const ComparedPlan &to, const PlanComparison &comparison,
                          const ReportOptions &options, const std::filesystem::path &path, bool overwrite) {
    const QByteArray bytes = comparisonPdf(from, to, comparison, options);
    if (bytes.isEmpty())
        return Error{"the comparison could not be drawn", path.string(), 0, 0};
    return writeFileAtomically(path, std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                               overwrite);
}

} // namespace waveplan::ui::report
