#include "ui/report/wave_bars.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace waveplan::ui::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("waveplan::ui::report::WaveBars", text);
}

} // namespace

QString moneyText(double amount)
{
    return QLocale(QLocale::English).toString(amount, 'f', amount == std::floor(amount) ? 0 : 2);
}

QString shortMoneyText(double amount)
{
    // The unit chosen after rounding to 3 figures, so 999,999 reads "1M", not "1,000k".
    const QLocale english(QLocale::English);
    const double magnitude = std::abs(amount);
    for (const auto &[scale, unit] : {std::pair{1e9, "B"}, std::pair{1e6, "M"}, std::pair{1e3, "k"}})
        if (magnitude >= scale * 0.9995)
            return english.toString(amount / scale, 'g', 3) + QLatin1String(unit);
    return english.toString(amount, 'g', 3);
}

void paintWaveBars(ReportPages &pages, const std::vector<int> &waves, const BarSeries &first, const BarSeries &second,
                   double heightPt)
{
    const ReportStyle &style = pages.style();
    const double height = pages.pt(heightPt);
    pages.ensure(height);
    const QRectF area(pages.body().left(), pages.y(), pages.body().width(), height);
    pages.advance(height + pages.pt(6));
    QPainter *p = pages.painter();
    if (!p)
        return;
    const double line = pages.metrics(style.small).height();
    // Legend on top, wave labels below, the bars between.
    p->setFont(style.small);
    double x = area.left();
    for (const BarSeries *series : {&first, &second}) {
        const QRectF swatch(x, area.top() + line * 0.2, line * 0.9, line * 0.6);
        p->setPen(QPen(series->edge, pages.pt(0.6)));
        p->setBrush(series->fill);
        p->drawRect(swatch);
        p->setPen(style.text);
        const double width = std::min(pages.metrics(style.small).horizontalAdvance(series->label) + pages.pt(2),
                                      area.width() / 2 - line * 1.5);
        p->drawText(QRectF(swatch.right() + pages.pt(3), area.top(), width, line), Qt::AlignLeft | Qt::AlignVCenter,
                    pages.metrics(style.small).elidedText(series->label, Qt::ElideRight, width));
        x = swatch.right() + pages.pt(3) + width + pages.pt(10);
    }
    const QRectF bars(area.left(), area.top() + line * 2.2, area.width(), area.height() - line * 3.4);
    const auto valueOf = [](const BarSeries &series, std::size_t i) {
        return i < series.values.size() ? series.values[i] : 0.0;
    };
    double most = 0;
    for (std::size_t i = 0; i < waves.size(); ++i)
        most = std::max({most, valueOf(first, i), valueOf(second, i)});
    if (waves.empty() || most <= 0)
        return;
    const double slot = bars.width() / static_cast<double>(waves.size());
    const double barWidth = std::min(slot * 0.36, pages.pt(28));
    const QFontMetricsF fm = pages.metrics(style.small);
    // Amounts over the bars only where they have room; wave labels thinned to fit.
    const bool amounts = fm.horizontalAdvance(QStringLiteral("0.00M")) <= slot / 2 - pages.pt(1);
    const int labelEvery = std::max(1, static_cast<int>(std::ceil(fm.horizontalAdvance(QStringLiteral("W00")) * 1.3 / slot)));
    p->setPen(QPen(style.rule, pages.pt(0.5)));
    p->drawLine(bars.bottomLeft(), bars.bottomRight());
    for (std::size_t i = 0; i < waves.size(); ++i) {
        const double centre = bars.left() + slot * (static_cast<double>(i) + 0.5);
        for (const auto &[series, left, right] : {std::tuple{&first, centre - barWidth - pages.pt(1), false},
                                                  std::tuple{&second, centre + pages.pt(1), true}}) {
            const double value = valueOf(*series, i);
            const double h = (bars.height() - line) * std::max(0.0, value) / most;
            const QRectF bar(left, bars.bottom() - h, barWidth, h);
            p->setPen(QPen(series->edge, pages.pt(0.6)));
            p->setBrush(series->fill);
            if (h > 0)
                p->drawRect(bar);
            if (amounts) {
                p->setPen(style.text);
                p->drawText(QRectF(centre + (right ? 0 : -slot / 2), bar.top() - line, slot / 2, line),
                            Qt::AlignHCenter | Qt::AlignBottom, shortMoneyText(value));
            }
        }
        if (static_cast<int>(i) % labelEvery == 0) {
            p->setPen(style.muted);
            p->drawText(QRectF(centre - slot * labelEvery / 2.0, bars.bottom() + pages.pt(1), slot * labelEvery, line),
                        Qt::AlignHCenter | Qt::AlignTop, tr("W%1").arg(waves[i]));
        }
    }
    if (!amounts) {
        // Too many waves for an amount over each bar: the scale instead.
        p->setPen(style.muted);
        p->drawText(QRectF(area.left(), area.top() + line, area.width(), line), Qt::AlignRight | Qt::AlignVCenter,
                    tr("tallest bar: %1").arg(moneyText(most)));
    }
}

} // namespace waveplan::ui::report
