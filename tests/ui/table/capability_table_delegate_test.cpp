#include "ui/table/capability_table_delegate.h"

#include "core/model/cells/value_cells.h"

#include "ui/table/capability_table_model.h"
#include "ui/document/plan_document.h"

#include "commands/command_test_support.h"
#include "table/table_test_support.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QStyleOptionViewItem>
#include <QUndoStack>
#include <QWidget>

#include <gtest/gtest.h>

using namespace waveplan;
using Model = ui::CapabilityTableModel;

TEST(CapabilityTableDelegate, GivesEachColumnItsEditor)
{
    auto document = test::documentWith(test::tablePlan());
    Model model(document.get());
    ui::CapabilityTableDelegate delegate;
    QWidget parent;
    const QStyleOptionViewItem option;
    const int row = model.rowOfKey(QStringLiteral("CDP"));

    auto *duration = qobject_cast<QSpinBox *>(delegate.createEditor(&parent, option, model.index(row, Model::Duration)));
    auto *wave = qobject_cast<QSpinBox *>(delegate.createEditor(&parent, option, model.index(row, Model::PinnedWave)));
    auto *readiness =
        qobject_cast<QSpinBox *>(delegate.createEditor(&parent, option, model.index(row, Model::ReadinessProcess)));
    auto *kind = qobject_cast<QComboBox *>(delegate.createEditor(&parent, option, model.index(row, Model::Kind)));
    auto *approach = qobject_cast<QComboBox *>(delegate.createEditor(&parent, option, model.index(row, Model::Approach)));
    auto *owner = qobject_cast<QLineEdit *>(delegate.createEditor(&parent, option, model.index(row, Model::Owner)));

    ASSERT_TRUE(duration && wave && readiness && kind && approach && owner);
    EXPECT_EQ(duration->minimum(), 0); // a milestone
    EXPECT_EQ(duration->maximum(), kMaxDurationDays);
    EXPECT_EQ(wave->minimum(), 0);
    EXPECT_EQ(wave->maximum(), kMaxWave);
    EXPECT_EQ(readiness->maximum(), 5);
    EXPECT_EQ(kind->count(), 2);
    EXPECT_EQ(approach->count(), 4);
}

TEST(CapabilityTableDelegate, EditorsRoundTripThroughTheModel)
{
    auto document = test::documentWith(test::tablePlan());
    Model model(document.get());
    ui::CapabilityTableDelegate delegate;
    QWidget parent;
    const QModelIndex durationCell = model.index(model.rowOfKey(QStringLiteral("CDP")), Model::Duration);
    const QModelIndex kindCell = model.index(model.rowOfKey(QStringLiteral("CDP")), Model::Kind);
    auto *duration = qobject_cast<QSpinBox *>(delegate.createEditor(&parent, {}, durationCell));
    auto *kind = qobject_cast<QComboBox *>(delegate.createEditor(&parent, {}, kindCell));
    ASSERT_TRUE(duration && kind);

    delegate.setEditorData(duration, durationCell);
    delegate.setEditorData(kind, kindCell);
    const int shownDuration = duration->value();
    const QString shownKind = kind->currentData().toString();
    duration->setValue(12);
    kind->setCurrentIndex(kind->findData(QStringLiteral("additive")));
    delegate.setModelData(duration, &model, durationCell);
    delegate.setModelData(kind, &model, kindCell);

    EXPECT_EQ(shownDuration, 100);
    EXPECT_EQ(shownKind, QStringLiteral("foundational"));
    EXPECT_EQ(document->plan().findCapability("CDP")->durationDays, 12);
    EXPECT_EQ(document->plan().findCapability("CDP")->kind, CapabilityKind::Additive);
    EXPECT_EQ(document->undoStack()->count(), 2);
}

TEST(CapabilityTableDelegate, ASpinBoxAtNoneWritesAnEmptyCell)
{
    Plan plan = test::tablePlan();
    plan.findCapability("ATTR")->pinnedWave = 2;
    auto document = test::documentWith(plan);
    Model model(document.get());
    ui::CapabilityTableDelegate delegate;
    QWidget parent;
    const QModelIndex pinnedCell = model.index(model.rowOfKey(QStringLiteral("ATTR")), Model::PinnedWave);
    auto *pinned = qobject_cast<QSpinBox *>(delegate.createEditor(&parent, {}, pinnedCell));
    ASSERT_TRUE(pinned);
    delegate.setEditorData(pinned, pinnedCell);
    ASSERT_EQ(pinned->value(), 2);

    pinned->setValue(pinned->minimum()); // shows "none"
    delegate.setModelData(pinned, &model, pinnedCell);

    EXPECT_FALSE(document->plan().findCapability("ATTR")->pinnedWave.has_value());
    EXPECT_EQ(document->undoStack()->count(), 1);
}
