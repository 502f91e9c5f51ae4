#include "ui/table/capability_filter_model.h"

#include "ui/table/capability_table_model.h"
#include "ui/document/plan_document.h"

#include "commands/command_test_support.h"
#include "table/table_test_support.h"

#include "core/schedule/schedule.h"

#include <gtest/gtest.h>

using namespace waveplan;
using Model = ui::CapabilityTableModel;
using waveplan::test::shownKeys;

TEST(CapabilityFilterModel, TextMatchesKeyNameOwnerAndKpi)
{
    auto document = test::documentWith(test::tablePlan());
    Model model(document.get());
    ui::CapabilityFilterModel filter(&model);

    filter.setTextFilter(QStringLiteral("ana"));
    const QStringList byOwner = shownKeys(filter);
    filter.setTextFilter(QStringLiteral("BUDGET"));
    const QStringList byKpi = shownKeys(filter);
    filter.setTextFilter(QStringLiteral("journ"));
    const QStringList byKey = shownKeys(filter);
    filter.setTextFilter(QStringLiteral("platform"));
    const QStringList byName = shownKeys(filter);
    filter.setTextFilter({});

    EXPECT_EQ(byOwner, QStringList{QStringLiteral("DATA")});
    EXPECT_EQ(byKpi, QStringList{QStringLiteral("ATTR")});
    EXPECT_EQ(byKey, QStringList{QStringLiteral("JOURNEYS")});
    EXPECT_EQ(byName, QStringList{QStringLiteral("CDP")});
    EXPECT_EQ(filter.rowCount(), 4);
}

TEST(CapabilityFilterModel, KindAndTeamFiltersCombine)
{
    auto document = test::documentWith(test::tablePlan());
    Model model(document.get());
    ui::CapabilityFilterModel filter(&model);

    filter.setKindFilter(CapabilityKind::Additive);
    const QStringList additive = shownKeys(filter);
    filter.setTeamFilter(QStringLiteral("Data"));
    const QStringList additiveOnData = shownKeys(filter);
    filter.setKindFilter(std::nullopt);
    const QStringList onData = shownKeys(filter);

    EXPECT_EQ(additive, (QStringList{QStringLiteral("JOURNEYS"), QStringLiteral("ATTR")}));
    EXPECT_EQ(additiveOnData, QStringList{QStringLiteral("ATTR")});
    EXPECT_EQ(onData, (QStringList{QStringLiteral("DATA"), QStringLiteral("CDP"), QStringLiteral("ATTR")}));
}

TEST(CapabilityFilterModel, WaveFilterFollowsTheSchedule)
{
    auto document = test::documentWith(test::tablePlan());
    Model model(document.get());
    ui::CapabilityFilterModel filter(&model);
    QStringList inWaveTwo;
    for (const ScheduledCapability &s : document->schedule().capabilities)
        if (s.wave == 2)
            inWaveTwo << QString::fromStdString(s.key);
    ASSERT_FALSE(inWaveTwo.isEmpty()); // JOURNEYS starts on day 135

    filter.setWaveFilter(2);
    const QStringList shown = shownKeys(filter);
    // With CDP 1 day long, JOURNEYS starts on day 36: wave 1.
    ASSERT_TRUE(model.setData(model.index(model.rowOfKey(QStringLiteral("CDP")), Model::Duration), 1));

    EXPECT_EQ(shown, inWaveTwo);
    EXPECT_FALSE(shownKeys(filter).contains(QStringLiteral("JOURNEYS")));
}

TEST(CapabilityFilterModel, NumberColumnsSortAsNumbers)
{
    auto document = test::documentWith(test::tablePlan());
    Model model(document.get());
    ui::CapabilityFilterModel filter(&model);

    filter.sort(Model::Duration, Qt::AscendingOrder);

    // 5, 20, 30, 100: as text "100" would come first.
    EXPECT_EQ(shownKeys(filter), (QStringList{QStringLiteral("ATTR"), QStringLiteral("JOURNEYS"),
                                              QStringLiteral("DATA"), QStringLiteral("CDP")}));
}
