#include "ui/table/capability_table_model.h"

#include "ui/document/plan_document.h"

#include "commands/command_test_support.h"
#include "schedule/plan_builder.h"
#include "table/table_test_support.h"

#include "core/schedule/schedule.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace waveplan;
using Model = ui::CapabilityTableModel;

namespace {

QModelIndex cell(const Model &model, const char *key, int column)
{
    return model.index(model.rowOfKey(QString::fromLatin1(key)), column);
}

} // namespace

TEST(CapabilityTableModel, EditingADurationPushesOneNamedStepThatUndoes)
{
    const Plan original = test::tablePlan();
    auto document = test::documentWith(original);
    Model model(document.get());

    ASSERT_TRUE(model.setData(cell(model, "CDP", Model::Duration), 45));

    EXPECT_EQ(document->plan().findCapability("CDP")->durationDays, 45);
    EXPECT_EQ(cell(model, "CDP", Model::Duration).data().toInt(), 45);
    ASSERT_EQ(document->undoStack()->count(), 1);
    EXPECT_EQ(document->undoStack()->undoText(), QStringLiteral("Change duration of CDP"));
    document->undoStack()->undo();
    EXPECT_EQ(document->plan(), withIds(original));
    EXPECT_EQ(cell(model, "CDP", Model::Duration).data().toInt(), 100);
}

TEST(CapabilityTableModel, AnInvalidDurationIsRefusedWithAReasonAndNothingPushed)
{
    const Plan original = test::tablePlan();
    auto document = test::documentWith(original);
    Model model(document.get());
    QSignalSpy rejected(&model, &Model::editRejected);

    const bool text = model.setData(cell(model, "CDP", Model::Duration), QStringLiteral("ten"));
    const bool negative = model.setData(cell(model, "CDP", Model::Duration), -1);

    EXPECT_FALSE(text);
    EXPECT_FALSE(negative);
    ASSERT_EQ(rejected.count(), 2);
    EXPECT_TRUE(rejected[0][0].toString().contains(QStringLiteral("duration")));
    EXPECT_TRUE(rejected[0][0].toString().contains(QStringLiteral("got \"ten\"")));
    EXPECT_TRUE(rejected[1][0].toString().contains(QStringLiteral("from 0 (a milestone)")));
    EXPECT_EQ(document->undoStack()->count(), 0);
    EXPECT_EQ(document->plan(), withIds(original));
}

TEST(CapabilityTableModel, AnEditThatChangesNothingPushesNothing)
{
    auto document = test::documentWith(test::tablePlan());
    Model model(document.get());

    EXPECT_TRUE(model.setData(cell(model, "DATA", Model::Duration), 30));
    EXPECT_TRUE(model.setData(cell(model, "DATA", Model::Owner), QStringLiteral(" Ana ")));
    EXPECT_TRUE(model.setData(cell(model, "CDP", Model::DependsOn), QStringLiteral("DATA+5")));

    EXPECT_EQ(document->undoStack()->count(), 0);
}

TEST(CapabilityTableModel, RenamingAKeyRenamesItsDependenciesAndUndoRestoresThem)
{
    const Plan original = test::tablePlan();
    auto document = test::documentWith(original);
    Model model(document.get());
    const int row = model.rowOfKey(QStringLiteral("CDP"));

    ASSERT_TRUE(model.setData(model.index(row, Model::Key), QStringLiteral("PLATFORM")));

    EXPECT_EQ(model.index(row, Model::Key).data().toString(), QStringLiteral("PLATFORM"));
    EXPECT_EQ(document->plan().dependencies[0].successor, "PLATFORM");
    EXPECT_EQ(document->plan().dependencies[1].predecessor, "PLATFORM");
    EXPECT_EQ(cell(model, "JOURNEYS", Model::DependsOn).data().toString(), QStringLiteral("PLATFORM"));
    EXPECT_EQ(document->undoStack()->undoText(), QStringLiteral("Rename CDP to PLATFORM"));
    document->undoStack()->undo();
    EXPECT_EQ(document->plan(), withIds(original));
    EXPECT_EQ(model.index(row, Model::Key).data().toString(), QStringLiteral("CDP"));
}

TEST(CapabilityTableModel, AKeyInUseOrNotAKeyIsRefused)
{
    auto document = test::documentWith(test::tablePlan());
    Model model(document.get());
    QSignalSpy rejected(&model, &Model::editRejected);

    EXPECT_FALSE(model.setData(cell(model, "CDP", Model::Key), QStringLiteral("DATA")));
    EXPECT_FALSE(model.setData(cell(model, "CDP", Model::Key), QStringLiteral("two words")));

    ASSERT_EQ(rejected.count(), 2);
    EXPECT_TRUE(rejected[0][0].toString().contains(QStringLiteral("Clean customer data")));
    // The edit builder's own words.
    Capability taken = *document->plan().findCapability("CDP");
    taken.key = "DATA";
    EXPECT_EQ(rejected[0][0].toString().toStdString(),
              edit::editCapability(document->plan(), "CDP", taken).errors().front().message);
    EXPECT_EQ(document->undoStack()->count(), 0);
}

TEST(CapabilityTableModel, ComputedColumnsAreReadOnlyAndShowTheSchedule)
{
    auto document = test::documentWith(test::tablePlan());
    Model model(document.get());
    const Schedule &schedule = document->schedule();
    ASSERT_EQ(schedule.capabilities.size(), 4u);

    for (int column : {Model::Wave, Model::StartDate, Model::FinishDate, Model::Slack, Model::Reason}) {
        const QModelIndex index = cell(model, "CDP", column);
        EXPECT_FALSE(model.flags(index) & Qt::ItemIsEditable) << column;
        EXPECT_FALSE(model.setData(index, QStringLiteral("3"))) << column;
    }
    EXPECT_TRUE(model.flags(cell(model, "CDP", Model::Duration)) & Qt::ItemIsEditable);
    for (const ScheduledCapability &s : schedule.capabilities) {
        const int row = model.rowOfKey(QString::fromStdString(s.key));
        const Capability &c = *document->plan().findCapability(s.key);
        EXPECT_EQ(model.index(row, Model::Wave).data().toInt(), s.wave);
        EXPECT_EQ(model.index(row, Model::Slack).data().toInt(), s.slackDays);
        EXPECT_EQ(model.index(row, Model::Reason).data().toString().toStdString(), s.reason.sentence);
        const auto start = parseIsoDate(model.index(row, Model::StartDate).data().toString().toStdString());
        const auto finish = parseIsoDate(model.index(row, Model::FinishDate).data().toString().toStdString());
        ASSERT_TRUE(start && finish);
        EXPECT_EQ(*start, addDays(document->plan().startDate, s.startDay));
        // The finish date is the last working day: duration - 1 days after the start.
        EXPECT_EQ(*finish, addDays(*start, c.durationDays - 1));
    }
    // CDP waits for DATA (30 days) plus 5 days of lag.
    EXPECT_EQ(cell(model, "CDP", Model::StartDate).data().toString(), QStringLiteral("2027-02-08"));
}

TEST(CapabilityTableModel, ComputedColumnsFollowAnEdit)
{
    auto document = test::documentWith(test::tablePlan());
    Model model(document.get());
    QSignalSpy changed(&model, &Model::dataChanged);

    ASSERT_TRUE(model.setData(cell(model, "DATA", Model::Duration), 10));

    EXPECT_EQ(cell(model, "CDP", Model::StartDate).data().toString(), QStringLiteral("2027-01-19"));
    bool scheduleColumns = false;
    for (const auto &args : changed)
        scheduleColumns = scheduleColumns || args[1].value<QModelIndex>().column() == Model::ColumnCount - 1;
    EXPECT_TRUE(scheduleColumns);
}

TEST(CapabilityTableModel, TeamsParseFromTeamPeoplePairs)
{
    auto document = test::documentWith(test::tablePlan());
    Model model(document.get());
    QSignalSpy rejected(&model, &Model::editRejected);

    ASSERT_TRUE(model.setData(cell(model, "ATTR", Model::Teams), QStringLiteral("Marketing:2; Data : 1")));
    const bool unknown = model.setData(cell(model, "ATTR", Model::Teams), QStringLiteral("Finance:1"));
    const bool noPeople = model.setData(cell(model, "ATTR", Model::Teams), QStringLiteral("Data:0"));

    const std::vector<TeamDemand> expected{{"Marketing", 2}, {"Data", 1}};
    EXPECT_EQ(document->plan().findCapability("ATTR")->demand, expected);
    EXPECT_EQ(cell(model, "ATTR", Model::Teams).data().toString(), QStringLiteral("Marketing:2; Data:1"));
    EXPECT_FALSE(unknown);
    EXPECT_FALSE(noPeople);
    ASSERT_EQ(rejected.count(), 2);
    EXPECT_TRUE(rejected[0][0].toString().contains(QStringLiteral("Finance")));
    EXPECT_EQ(document->undoStack()->count(), 1);
}

TEST(CapabilityTableModel, DependsOnEditsAreOneUndoStepAndCyclesAreRefused)
{
    const Plan original = test::tablePlan();
    auto document = test::documentWith(original);
    Model model(document.get());
    QSignalSpy rejected(&model, &Model::editRejected);

    ASSERT_TRUE(model.setData(cell(model, "JOURNEYS", Model::DependsOn), QStringLiteral("CDP+3; ATTR")));
    const bool cycle = model.setData(cell(model, "DATA", Model::DependsOn), QStringLiteral("JOURNEYS"));

    const auto predecessors = document->plan().predecessorsOf("JOURNEYS");
    ASSERT_EQ(predecessors.size(), 2u);
    EXPECT_EQ(predecessors[0]->lagDays, 3);
    EXPECT_EQ(predecessors[1]->predecessor, "ATTR");
    EXPECT_FALSE(cycle);
    ASSERT_EQ(rejected.count(), 1);
    EXPECT_EQ(rejected[0][0].toString().toStdString(),
              edit::setPredecessors(document->plan(), "DATA", {{"JOURNEYS", 0}}).errors().front().message);
    ASSERT_EQ(document->undoStack()->count(), 1);
    EXPECT_EQ(document->undoStack()->undoText(), QStringLiteral("Change dependencies of JOURNEYS"));
    document->undoStack()->undo();
    EXPECT_EQ(document->plan(), withIds(original));
}

TEST(CapabilityTableModel, ReadinessAndWavesTakeEmptyForNoneAndRefuseOutOfRange)
{
    auto document = test::documentWith(test::tablePlan());
    Model model(document.get());

    ASSERT_TRUE(model.setData(cell(model, "ATTR", Model::ReadinessSkills), 4));
    ASSERT_TRUE(model.setData(cell(model, "ATTR", Model::PinnedWave), 2));
    ASSERT_TRUE(model.setData(cell(model, "ATTR", Model::PinnedWave), QString()));
    EXPECT_FALSE(model.setData(cell(model, "ATTR", Model::ReadinessSkills), 6));
    EXPECT_FALSE(model.setData(cell(model, "ATTR", Model::EarliestWave), 1000));
    EXPECT_FALSE(model.setData(cell(model, "ATTR", Model::EarliestWave), 0));

    const Capability &attr = *document->plan().findCapability("ATTR");
    EXPECT_EQ(attr.readiness.skills, 4);
    EXPECT_FALSE(attr.pinnedWave.has_value());
    EXPECT_EQ(cell(model, "ATTR", Model::PinnedWave).data().toString(), QString());
    EXPECT_EQ(document->undoStack()->count(), 3);
}

TEST(CapabilityTableModel, RowsFollowCapabilitiesAddedAndDeleted)
{
    auto document = test::documentWith(test::tablePlan());
    Model model(document.get());
    QSignalSpy inserted(&model, &Model::rowsInserted);
    QSignalSpy removed(&model, &Model::rowsRemoved);
    QSignalSpy reset(&model, &Model::modelReset);

    document->undoStack()->push(test::editCommand(document.get(), edit::removeCapabilities(document->plan(), test::keysOf(QStringList{QStringLiteral("CDP")}))));
    const int afterRemove = model.rowCount();
    document->undoStack()->undo();

    EXPECT_EQ(afterRemove, 3);
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(reset.count(), 0);
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.index(1, Model::Key).data().toString(), QStringLiteral("CDP"));
}

// Issue 15: progress in the table. Every day worked from Monday 4 January 2027: DATA runs
// 4 January to 2 February, CDP from 8 February (DATA's finish plus 5 days lag). As of 1 March.
TEST(CapabilityTableModel, ProgressColumnsMarkWorkAndRefuseWhatTheTrackingRulesForbid)
{
    Plan original = test::tablePlan();
    original.asOf = test::on(2027, 3, 1);
    auto document = test::documentWith(original);
    Model model(document.get());
    QSignalSpy rejected(&model, &Model::editRejected);

    ASSERT_TRUE(model.setData(cell(model, "DATA", Model::Status), QStringLiteral("done")));
    EXPECT_EQ(document->undoStack()->undoText(), QStringLiteral("Mark DATA done"));
    EXPECT_EQ(cell(model, "DATA", Model::ActualStart).data().toString(), "2027-01-04");
    EXPECT_EQ(cell(model, "DATA", Model::ActualFinish).data().toString(), "2027-02-02");
    EXPECT_FALSE(cell(model, "DATA", Model::RemainingDays).data().isValid()) << "days left only for work under way";

    ASSERT_TRUE(model.setData(cell(model, "CDP", Model::Status), QStringLiteral("in progress")));
    EXPECT_EQ(cell(model, "CDP", Model::ActualStart).data().toString(), "2027-02-08");
    EXPECT_EQ(cell(model, "CDP", Model::RemainingDays).data().toString(), "worked out");
    ASSERT_TRUE(model.setData(cell(model, "CDP", Model::RemainingDays), 12));
    EXPECT_EQ(document->plan().findCapability("CDP")->remainingDays, 12);
    EXPECT_EQ(document->undoStack()->undoText(), QStringLiteral("Change progress of CDP"));
    // 12 days from 1 March: its last day is 12 March.
    EXPECT_EQ(cell(model, "CDP", Model::FinishDate).data().toString(), "2027-03-12");

    const Plan kept = document->plan();
    const int steps = document->undoStack()->count();
    EXPECT_FALSE(model.setData(cell(model, "CDP", Model::ActualStart), QStringLiteral("2027-03-05")));
    EXPECT_TRUE(rejected.last().at(0).toString().contains("after the as-of date 2027-03-01")) << rejected.last().at(0).toString().toStdString();
    EXPECT_FALSE(model.setData(cell(model, "CDP", Model::ActualStart), QStringLiteral("March")));
    EXPECT_TRUE(rejected.last().at(0).toString().contains("actual_start")) << rejected.last().at(0).toString().toStdString();
    EXPECT_FALSE(model.setData(cell(model, "DATA", Model::Status), QStringLiteral("finished")));
    EXPECT_TRUE(rejected.last().at(0).toString().contains("planned, in-progress or done"));
    EXPECT_EQ(document->undoStack()->count(), steps);
    EXPECT_TRUE(document->plan() == kept);
}
