#include "ui/table/capability_filter_bar.h"

#include "ui/table/capability_filter_model.h"
#include "ui/table/capability_table_model.h"
#include "ui/document/plan_document.h"

#include "commands/command_test_support.h"
#include "table/table_test_support.h"

#include <QComboBox>
#include <QLineEdit>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace waveplan;
using Model = ui::CapabilityTableModel;
using waveplan::test::shownKeys;

namespace {

QStringList itemTexts(const QComboBox *box)
{
    QStringList texts;
    for (int i = 0; i < box->count(); ++i)
        texts << box->itemText(i);
    return texts;
}

/// The table plan: DATA (0-30) and ATTR (0-5) and CDP (35-135) start in wave 1, JOURNEYS (135) in wave 2.
struct Fixture {
    std::unique_ptr<ui::PlanDocument> document = test::documentWith(test::tablePlan());
    Model model{document.get()};
    ui::CapabilityFilterModel filter{&model};
    ui::CapabilityFilterBar bar{document.get(), &filter};
};

} // namespace

TEST(CapabilityFilterBar, ListsKindsTeamsAndScheduledWaves)
{
    Fixture f;

    EXPECT_EQ(itemTexts(f.bar.kindBox()), (QStringList{"All kinds", "Foundational", "Additive"}));
    EXPECT_EQ(itemTexts(f.bar.teamBox()), (QStringList{"All teams", "Data", "Marketing"}));
    EXPECT_EQ(itemTexts(f.bar.waveBox()), (QStringList{"All waves", "Wave 1", "Wave 2"}));
    EXPECT_FALSE(f.bar.kindBox()->accessibleName().isEmpty());
    EXPECT_FALSE(f.bar.teamBox()->accessibleName().isEmpty());
    EXPECT_FALSE(f.bar.waveBox()->accessibleName().isEmpty());
}

TEST(CapabilityFilterBar, ChoicesFilterTheTableAndCombine)
{
    Fixture f;

    f.bar.teamBox()->setCurrentIndex(f.bar.teamBox()->findText("Marketing"));
    const QStringList onMarketing = shownKeys(f.filter);
    f.bar.kindBox()->setCurrentIndex(f.bar.kindBox()->findText("Additive"));
    const QStringList additiveOnMarketing = shownKeys(f.filter);
    f.bar.teamBox()->setCurrentIndex(0);
    f.bar.kindBox()->setCurrentIndex(0);
    f.bar.waveBox()->setCurrentIndex(f.bar.waveBox()->findText("Wave 2"));
    const QStringList inWaveTwo = shownKeys(f.filter);
    f.bar.waveBox()->setCurrentIndex(0);
    f.bar.textEdit()->setText("platform");
    const QStringList byText = shownKeys(f.filter);

    EXPECT_EQ(onMarketing, (QStringList{"CDP", "JOURNEYS"}));
    EXPECT_EQ(additiveOnMarketing, QStringList{"JOURNEYS"});
    EXPECT_EQ(inWaveTwo, QStringList{"JOURNEYS"});
    EXPECT_EQ(byText, QStringList{"CDP"});
}

TEST(CapabilityFilterBar, TeamListFollowsTeamEditsAndKeepsTheChoice)
{
    Fixture f;
    f.bar.teamBox()->setCurrentIndex(f.bar.teamBox()->findText("Data"));

    f.document->undoStack()->push(test::editCommand(f.document.get(), edit::addTeam(f.document->plan(), Team{"Brand", 2, {}, {}})));

    EXPECT_EQ(itemTexts(f.bar.teamBox()), (QStringList{"All teams", "Data", "Marketing", "Brand"}));
    EXPECT_EQ(f.bar.teamBox()->currentText(), "Data");
    EXPECT_EQ(f.filter.teamFilter(), "Data");
}

TEST(CapabilityFilterBar, AWaveThatEmptiesFallsBackToAllWaves)
{
    Fixture f;
    f.bar.waveBox()->setCurrentIndex(f.bar.waveBox()->findText("Wave 2"));
    ASSERT_EQ(shownKeys(f.filter), QStringList{"JOURNEYS"});

    // With CDP 1 day long, JOURNEYS starts on day 36: every capability is in wave 1.
    ASSERT_TRUE(f.model.setData(f.model.index(f.model.rowOfKey("CDP"), Model::Duration), 1));

    EXPECT_EQ(itemTexts(f.bar.waveBox()), (QStringList{"All waves", "Wave 1"}));
    EXPECT_EQ(f.bar.waveBox()->currentIndex(), 0);
    EXPECT_EQ(f.filter.waveFilter(), 0);
    EXPECT_EQ(shownKeys(f.filter).size(), 4);
}

TEST(CapabilityFilterBar, ListsOnlyTheWavesSomethingStartsIn)
{
    Fixture f;

    // With CDP 300 days long (days 35-334), JOURNEYS starts in wave 4 and nothing starts in 2 or 3.
    ASSERT_TRUE(f.model.setData(f.model.index(f.model.rowOfKey("CDP"), Model::Duration), 300));

    EXPECT_EQ(itemTexts(f.bar.waveBox()), (QStringList{"All waves", "Wave 1", "Wave 4"}));
}
