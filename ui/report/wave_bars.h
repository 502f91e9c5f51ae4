#pragma once
/// @file wave_bars.h
/// Two amounts per wave as pairs of bars on a report page (the comparison's cost of A and B,
/// the summary's cost and value landed), with a legend, wave labels thinned to fit, and the
/// amount over each bar where there is room (else the tallest bar's amount as the scale). The
/// first series is outlined on a light fill and the second filled, so they are told apart
/// without colour. Amounts in the "1,250,000" and "1.3M" forms of moneyText/shortMoneyText.

#include "ui/report/report_pages.h"

#include <QColor>
#include <QString>

#include <vector>

namespace waveplan::ui::report {

struct BarSeries {
    QString label;              ///< for the legend
    QColor fill;
    QColor edge;
    std::vector<double> values; ///< one per wave of the chart (missing ones count as 0)
};

/// Paints `first` and `second` over `waves` (their numbers, for the labels) in a block
/// `heightPt` points tall at the current place of `pages`, and moves below it. Nothing is drawn
/// (but the room is kept) when every amount is 0 or below.
void paintWaveBars(ReportPages &pages, const std::vector<int> &waves, const BarSeries &first, const BarSeries &second,
                   double heightPt);

/// "1,250,000", "2,500.50": an amount in full.
[[nodiscard]] QString moneyText(double amount);
/// "1.3M", "250k", "900": an amount short enough to stand over a bar.
[[nodiscard]] QString shortMoneyText(double amount);

} // namespace waveplan::ui::report
