#pragma once
/// @file capacity_delegate.h
/// Paints one capacity cell: people-days and percentage, a load bar, go-lives, and the warning
/// marker, on a fill that says the status (red over, amber near full). Cells where a selected
/// capability runs get a thick frame in the palette's highlight colour.

#include <QStyledItemDelegate>

namespace waveplan::ui::capacity {

class CapacityDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace waveplan::ui::capacity
