#include "ui/table/capability_table_delegate.h"

#include "ui/table/capability_table_model.h"

#include "core/model/cells/value_cells.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

#include <algorithm>
#include <optional>

namespace waveplan::ui {

namespace {

struct SpinRange {
    int minimum = 0;
    int maximum = 0;
    QString none; ///< shown for the minimum when it means "none"
};

/// The spin box range of a number column, or nullopt for columns edited as text.
std::optional<SpinRange> spinRange(int column)
{
    switch (column) {
    case CapabilityTableModel::Duration:
        return SpinRange{0, kMaxDurationDays, {}};
    case CapabilityTableModel::ReadinessTechnical:
    case CapabilityTableModel::ReadinessSkills:
    case CapabilityTableModel::ReadinessProcess:
        return SpinRange{0, kMaxReadiness, QObject::tr("not assessed")};
    case CapabilityTableModel::EarliestWave:
    case CapabilityTableModel::DeadlineWave:
    case CapabilityTableModel::PinnedWave:
        return SpinRange{0, kMaxWave, QObject::tr("none")};
    case CapabilityTableModel::RemainingDays:
        return SpinRange{0, kMaxDurationDays, QObject::tr("worked out")};
    default:
        return std::nullopt;
    }
}

/// The choices of a combo box column (the values setData parses), or empty.
QStringList choices(int column)
{
    if (column == CapabilityTableModel::Kind)
        return {QStringLiteral("foundational"), QStringLiteral("additive")};
    if (column == CapabilityTableModel::Approach)
        return {QString(), QStringLiteral("build"), QStringLiteral("buy"), QStringLiteral("integrate")};
    if (column == CapabilityTableModel::Status)
        return {QStringLiteral("planned"), QStringLiteral("in-progress"), QStringLiteral("done")};
    return {};
}

} // namespace

QWidget *CapabilityTableDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                               const QModelIndex &index) const
{
    if (const std::optional<SpinRange> range = spinRange(index.column())) {
        auto *spin = new QSpinBox(parent);
        spin->setRange(range->minimum, range->maximum);
        spin->setSpecialValueText(range->none);
        spin->setFrame(false);
        return spin;
    }
    const QStringList items = choices(index.column());
    if (!items.isEmpty()) {
        auto *combo = new QComboBox(parent);
        for (const QString &item : items)
            combo->addItem(item.isEmpty() ? tr("(unspecified)") : item, item);
        return combo;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void CapabilityTableDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(value.toInt());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(value.toString());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void CapabilityTableDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        // "none" / "not assessed" is an empty cell, as the cell grammar writes it.
        const bool none = !spin->specialValueText().isEmpty() && spin->value() == spin->minimum();
        model->setData(index, none ? QVariant(QString()) : QVariant(spin->value()), Qt::EditRole);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        model->setData(index, line->text(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace waveplan::ui
