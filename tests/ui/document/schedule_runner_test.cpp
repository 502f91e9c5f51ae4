#include "ui/document/schedule_runner.h"

#include "commands/command_test_support.h"

#include "ui/document/plan_document.h"

#include "core/schedule/schedule.h"
#include "support/plan_generator.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using namespace waveplan;

namespace {

constexpr int kGenerousWaitMs = 120000;

/// A deterministic search budget (no time cap), so the test can recompute the same result.
ScheduleOptions searchBudget()
{
    ScheduleOptions options;
    options.budgetSchedules = 1500;
    return options;
}

/// The first schedule after an edit: re-planned stably against the one shown before it.
Schedule firstSchedule(const Plan &plan, const Schedule &before)
{
    const ScheduleReference reference = referenceOf(before);
    ScheduleOptions options;
    options.firstScheduleOnly = true;
    options.reference = &reference;
    return computeSchedule(plan, options);
}

/// What the background search gives after an edit made while `before` was shown.
Schedule searched(const Plan &plan, const Schedule &before)
{
    const ScheduleReference reference = referenceOf(before);
    ScheduleOptions options = searchBudget();
    options.reference = &reference;
    return computeSchedule(plan, options);
}

/// A document on a plan with enough capacity clashes for the search to have work to do.
std::unique_ptr<ui::PlanDocument> documentForSearch(std::uint64_t seed)
{
    auto doc = std::make_unique<ui::PlanDocument>();
    doc->scheduleRunner()->setImprovementOptions(searchBudget());
    doc->scheduleRunner()->setImprovementEnabled(false);
    doc->resetPlan(test::generatePlan(seed, {.capabilities = 30, .teams = 2}));
    doc->scheduleRunner()->setImprovementEnabled(true);
    return doc;
}

QUndoCommand *longer(ui::PlanDocument &doc, std::size_t index, int days)
{
    Capability c = doc.plan().capabilities.at(index);
    c.durationDays += days;
    return test::editCommand(&doc, edit::editCapability(doc.plan(), c.key, c, "Change duration"));
}

/// Waits until `spy` has recorded an emission whose first argument is `revision`.
bool waitForRevision(QSignalSpy &spy, quint64 revision)
{
    const auto seen = [&] {
        for (const QList<QVariant> &args : spy)
            if (args.at(0).value<quint64>() == revision)
                return true;
        return false;
    };
    while (!seen())
        if (!spy.wait(kGenerousWaitMs))
            return false;
    return true;
}

/// Whether the search for `revision`, as `spy` recorded it, was applied.
bool appliedFor(const QSignalSpy &spy, quint64 revision)
{
    for (const QList<QVariant> &args : spy)
        if (args.at(0).value<quint64>() == revision)
            return args.at(1).toBool();
    ADD_FAILURE() << "no search reported for revision " << revision;
    return false;
}

} // namespace

TEST(ScheduleRunner, AnEditGivesTheFirstScheduleAtOnce)
{
    auto doc = documentForSearch(31);
    QSignalSpy scheduleSpy(doc.get(), &ui::PlanDocument::scheduleChanged);
    const Schedule before = doc->schedule();

    doc->undoStack()->push(longer(*doc, 0, 5));

    EXPECT_TRUE(doc->schedule() == firstSchedule(doc->plan(), before));
    EXPECT_EQ(scheduleSpy.count(), 1);
    EXPECT_TRUE(doc->isImprovingSchedule());
}

TEST(ScheduleRunner, TheImprovedScheduleReplacesTheFirstWhenTheSearchEnds)
{
    auto doc = documentForSearch(32);
    QSignalSpy finished(doc->scheduleRunner(), &ui::ScheduleRunner::improvementFinished);
    const Schedule before = doc->schedule();
    doc->undoStack()->push(longer(*doc, 1, 3));
    const Schedule first = doc->schedule();
    const quint64 revision = doc->revision();

    ASSERT_TRUE(waitForRevision(finished, revision));

    EXPECT_TRUE(appliedFor(finished, revision)) << "the result for the current revision was not applied";
    EXPECT_FALSE(doc->isImprovingSchedule());
    EXPECT_TRUE(doc->schedule() == searched(doc->plan(), before));
    EXPECT_LE(doc->schedule().makespanDays, first.makespanDays);
}

TEST(ScheduleRunner, AResultForAnOlderPlanIsDiscarded)
{
    auto doc = documentForSearch(33);
    QSignalSpy finished(doc->scheduleRunner(), &ui::ScheduleRunner::improvementFinished);
    doc->undoStack()->push(longer(*doc, 0, 5));
    const quint64 staleRevision = doc->revision();

    // Edited again before the event loop could deliver the first search's result.
    const Schedule beforeSecond = doc->schedule();
    doc->undoStack()->push(longer(*doc, 2, 7));
    const quint64 currentRevision = doc->revision();
    const Schedule secondFirst = doc->schedule();
    bool scheduleKeptOnStaleResult = false;
    QObject::connect(doc->scheduleRunner(), &ui::ScheduleRunner::improvementFinished, doc.get(),
                     [&](quint64 revision, bool) {
                         if (revision == staleRevision)
                             scheduleKeptOnStaleResult = doc->schedule() == secondFirst;
                     });
    ASSERT_TRUE(waitForRevision(finished, staleRevision));

    EXPECT_FALSE(appliedFor(finished, staleRevision));
    EXPECT_TRUE(scheduleKeptOnStaleResult);
    ASSERT_TRUE(waitForRevision(finished, currentRevision));
    EXPECT_TRUE(appliedFor(finished, currentRevision));
    EXPECT_TRUE(doc->schedule() == searched(doc->plan(), beforeSecond));
}

TEST(ScheduleRunner, MovingCapabilitiesKeepsTheSearchInFlight)
{
    auto doc = documentForSearch(34);
    QSignalSpy finished(doc->scheduleRunner(), &ui::ScheduleRunner::improvementFinished);
    const Schedule before = doc->schedule();
    doc->undoStack()->push(longer(*doc, 0, 5));
    const quint64 searchedRevision = doc->revision();

    ui::pushEdit(doc.get(), edit::moveCapabilities(doc->plan(), {{doc->plan().capabilities[0].key, {-1, -1}}}));
    ASSERT_TRUE(waitForRevision(finished, searchedRevision));

    EXPECT_GT(doc->revision(), searchedRevision);
    EXPECT_TRUE(appliedFor(finished, searchedRevision));
    EXPECT_TRUE(doc->schedule() == searched(doc->plan(), before));
}

TEST(ScheduleRunner, RenamingACapabilityKeepsTheScheduleAndTheSearchInFlight)
{
    // A new name and owner cannot move anything (schedule_inputs.h): the schedule on screen
    // stays, nothing is planned again, and the search started by the edit before carries on.
    auto doc = documentForSearch(35);
    QSignalSpy finished(doc->scheduleRunner(), &ui::ScheduleRunner::improvementFinished);
    QSignalSpy scheduleChanged(doc.get(), &ui::PlanDocument::scheduleChanged);
    const Schedule before = doc->schedule();
    doc->undoStack()->push(longer(*doc, 0, 5));
    const quint64 searchedRevision = doc->revision();
    const Schedule firstAfterEdit = doc->schedule();

    Capability renamed = doc->plan().capabilities.at(1);
    renamed.name = "Renamed in the workshop";
    renamed.owner = "Dana";
    scheduleChanged.clear();
    doc->undoStack()->push(test::editCommand(doc.get(), edit::editCapability(doc->plan(), renamed.key, renamed, "Rename")));
    EXPECT_EQ(scheduleChanged.count(), 1) << "the views are told, as after any edit";
    EXPECT_TRUE(doc->schedule() == firstAfterEdit);
    EXPECT_TRUE(doc->lastChanges().moves.empty()) << "the edit before's moves are read";
    ASSERT_TRUE(waitForRevision(finished, searchedRevision));

    EXPECT_GT(doc->revision(), searchedRevision);
    EXPECT_TRUE(appliedFor(finished, searchedRevision));
    EXPECT_TRUE(doc->schedule() == searched(doc->plan(), before));
    EXPECT_EQ(doc->plan().capabilities.at(1).name, "Renamed in the workshop");
}

TEST(ScheduleRunner, ClosingTheDocumentDuringASearchStopsIt)
{
    auto doc = documentForSearch(35);
    ScheduleOptions slow;
    slow.budgetSchedules = 100000000; // would run for minutes if not cancelled
    doc->scheduleRunner()->setImprovementOptions(slow);
    doc->undoStack()->push(longer(*doc, 0, 5));
    ASSERT_TRUE(doc->isImprovingSchedule());

    // Must cancel the search and wait for the worker: a hang fails the test by its timeout, a
    // worker left running on a dead document crashes it.
    doc.reset();
}
