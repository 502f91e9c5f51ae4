#pragma once
/// @file capability_table_delegate.h
/// Editors for the capability table's cells: a combo box for kind and approach, spin boxes for
/// duration (1..3650 days), readiness (0 = not assessed, 1..5) and waves (0 = none, 1..99), a
/// line edit for the rest. What the editor holds goes to CapabilityTableModel::setData, which
/// decides whether it is valid.

#include <QStyledItemDelegate>

namespace waveplan::ui {

class CapabilityTableDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace waveplan::ui
