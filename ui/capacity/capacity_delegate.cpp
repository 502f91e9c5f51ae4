#include "ui/capacity/capacity_delegate.h"

#include "ui/capacity/capacity_model.h"
#include "ui/capacity/status_colors.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace waveplan::ui::capacity {

namespace {

constexpr int kPadding = 8;
constexpr int kBarHeight = 8;
constexpr int kFrame = 3;

} // namespace

QSize CapacityDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index);
    const QFontMetrics metrics(option.font);
    const int width = metrics.horizontalAdvance(QStringLiteral("00000 / 00000 people-days  100 %")) + 2 * kPadding;
    const int height = 3 * metrics.lineSpacing() + kBarHeight + 3 * 4 + 2 * kPadding;
    return {std::max(width, 200), height};
}

void CapacityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const StatusColors colors = StatusColors::fromPalette(option.palette);
    const auto status = static_cast<LoadStatus>(index.data(CapacityModel::StatusRole).toInt());
    QColor fill = option.palette.color(QPalette::Base);
    QColor text = option.palette.color(QPalette::Text);
    QColor bar = colors.bar;
    QColor track = colors.barTrack;
    if (status == LoadStatus::Over) {
        fill = colors.overFill;
        text = colors.overText;
    } else if (status == LoadStatus::NearFull) {
        fill = colors.nearFill;
        text = colors.nearText;
    }
    if (status != LoadStatus::Normal) {
        bar = text; // on a warning fill the bar takes the text colour, which contrasts with it
        track = text;
        track.setAlpha(60);
    }

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    const QRect cell = option.rect.adjusted(1, 1, -1, -1);
    painter->fillRect(cell, fill);

    const QRect inner = cell.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const QFontMetrics metrics(option.font);
    const int line = metrics.lineSpacing();
    QFont bold = option.font;
    bold.setBold(true);

    // Row 1: people-days and percentage.
    QRect row(inner.left(), inner.top(), inner.width(), line);
    painter->setPen(text);
    painter->setFont(bold);
    painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter, index.data(CapacityModel::PeopleDaysTextRole).toString());
    painter->drawText(row, Qt::AlignRight | Qt::AlignVCenter, index.data(CapacityModel::PercentTextRole).toString());

    // Row 2: the bar, full at 100 % (an overload is full; its marker says OVER).
    const QRect barRect(inner.left(), row.bottom() + 4, inner.width(), kBarHeight);
    painter->fillRect(barRect, track);
    const double fraction = index.data(CapacityModel::FractionRole).toDouble();
    const int filled = static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * barRect.width()));
    painter->fillRect(QRect(barRect.left(), barRect.top(), filled, barRect.height()), bar);

    // Row 3: go-lives; row 4: the marker in bold (words, so colour is not the only signal).
    row = QRect(inner.left(), barRect.bottom() + 5, inner.width(), line);
    painter->setFont(option.font);
    painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter, index.data(CapacityModel::GoLivesTextRole).toString());
    row.translate(0, line);
    painter->setFont(bold);
    painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(index.data(CapacityModel::MarkerTextRole).toString(),
                                                    Qt::ElideRight, row.width()));

    if (index.data(CapacityModel::HoldsSelectionRole).toBool()) {
        QPen pen(option.palette.color(QPalette::Highlight), kFrame);
        pen.setJoinStyle(Qt::MiterJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(cell.adjusted(kFrame / 2, kFrame / 2, -kFrame / 2 - 1, -kFrame / 2 - 1));
    }
    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.initFrom(option.widget);
        focus.rect = cell.adjusted(kFrame + 1, kFrame + 1, -kFrame - 1, -kFrame - 1);
        focus.backgroundColor = fill;
        const QStyle *style = option.widget != nullptr ? option.widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, option.widget);
    }
    painter->restore();
}

} // namespace waveplan::ui::capacity
