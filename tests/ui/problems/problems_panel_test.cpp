#include "ui/problems/problems_panel.h"

#include "ui/document/plan_document.h"

#include "commands/command_test_support.h"
#include "core/edit/baseline_edits.h"
#include "core/edit/capability_edits.h"
#include "core/schedule/baseline_drift.h"
#include "core/validate/validation.h"
#include "table/table_test_support.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QPalette>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <thread>

using namespace waveplan;

namespace {

/// The row of the first problem with this code, or -1.
int rowOfCode(const ui::ProblemsPanel &panel, const std::string &code)
{
    for (std::size_t i = 0; i < panel.problems().size(); ++i)
        if (panel.problems()[i].code == code)
            return static_cast<int>(i);
    return -1;
}

} // namespace

TEST(ProblemsPanel, ListsValidationAndScheduleProblemsOnce)
{
    Plan plan = test::tablePlan();
    plan.capabilities[2].deadlineWave = 1; // JOURNEYS cannot finish in wave 1
    auto document = test::documentWith(plan);
    ui::SelectionModel selection;

    ui::ProblemsPanel panel(document.get(), &selection);

    EXPECT_GE(rowOfCode(panel, "missing-owner"), 0);
    for (const Problem &p : document->schedule().problems) {
        int seen = 0;
        for (const Problem &shown : panel.problems())
            seen += shown.code == p.code && shown.keys == p.keys ? 1 : 0;
        EXPECT_EQ(seen, 1) << p.message;
    }
    EXPECT_FALSE(document->schedule().problems.empty());
    for (std::size_t i = 0; i < panel.problems().size(); ++i) {
        ASSERT_NE(panel.itemOf(i), nullptr) << panel.problems()[i].message;
        EXPECT_EQ(panel.itemOf(i)->text().trimmed().toStdString(), panel.problems()[i].message);
    }
}

TEST(ProblemsPanel, ClickingAProblemSelectsItsCapabilities)
{
    auto document = test::documentWith(test::tablePlan());
    ui::SelectionModel selection;
    ui::ProblemsPanel panel(document.get(), &selection);
    QSignalSpy activated(&panel, &ui::ProblemsPanel::problemActivated);
    panel.resize(400, 300);
    panel.show();
    const int row = rowOfCode(panel, "missing-owner");
    ASSERT_GE(row, 0);
    QListWidgetItem *item = panel.itemOf(static_cast<std::size_t>(row));
    ASSERT_FALSE(item->isHidden());

    QTest::mouseClick(panel.list()->viewport(), Qt::LeftButton, {}, panel.list()->visualItemRect(item).center());

    EXPECT_EQ(selection.selectedKeys(), QStringList{QStringLiteral("ATTR")});
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated[0][0].toStringList(), QStringList{QStringLiteral("ATTR")});
}

TEST(ProblemsPanel, FollowsEditsToThePlan)
{
    auto document = test::documentWith(test::tablePlan());
    ui::SelectionModel selection;
    ui::ProblemsPanel panel(document.get(), &selection);
    ASSERT_GE(rowOfCode(panel, "missing-owner"), 0);
    Capability attr = *document->plan().findCapability("ATTR");
    attr.owner = "Dana";

    document->undoStack()->push(
        test::editCommand(document.get(), edit::editCapability(document->plan(), "ATTR", attr, "Change owner")));

    EXPECT_EQ(rowOfCode(panel, "missing-owner"), -1);
}

TEST(ProblemsPanel, AnEditThatLeavesTheProblemsAsTheyWereLeavesTheListAsItWas)
{
    auto document = test::documentWith(test::tablePlan());
    ui::SelectionModel selection;
    ui::ProblemsPanel panel(document.get(), &selection);
    const int row = rowOfCode(panel, "missing-owner");
    ASSERT_GE(row, 0);
    QListWidgetItem *line = panel.itemOf(static_cast<std::size_t>(row));
    panel.list()->setCurrentItem(line);
    Capability attr = *document->plan().findCapability("ATTR");
    attr.durationDays += 1; // a new schedule, the same problems
    const std::vector<Problem> before = panel.problems();

    document->undoStack()->push(
        test::editCommand(document.get(), edit::editCapability(document->plan(), "ATTR", attr, "Longer")));

    ASSERT_EQ(panel.problems(), before);
    EXPECT_EQ(panel.itemOf(static_cast<std::size_t>(row)), line) << "the same line, not one made again";
    EXPECT_EQ(panel.list()->currentItem(), line) << "where the user was in the list";

    QPalette dark = panel.palette(); // a new theme: the lines are made again, with its icons
    dark.setColor(QPalette::Window, Qt::black);
    panel.setPalette(dark);
    EXPECT_NE(panel.itemOf(static_cast<std::size_t>(row)), nullptr);
    EXPECT_EQ(panel.list()->currentItem(), nullptr) << "the list was made again";

    attr.owner = "Dana"; // and an edit that changes them is followed
    document->undoStack()->push(
        test::editCommand(document.get(), edit::editCapability(document->plan(), "ATTR", attr, "Change owner")));
    EXPECT_NE(panel.problems(), before);
}

namespace {

/// A plan whose end runs past its one-wave horizon, with four capabilities of low readiness and
/// no owners: the overrun is one problem among many pieces of advice.
Plan overrunningPlanWithAdvice()
{
    Plan plan = test::tablePlan();
    plan.horizonWaves = 1;
    for (Capability &c : plan.capabilities) {
        c.durationDays = 80;
        c.owner.clear();
        c.readiness = {2, 2, 2};
    }
    return plan;
}

/// The visible lines, top to bottom.
QStringList visibleLines(const ui::ProblemsPanel &panel)
{
    QStringList lines;
    for (int row = 0; row < panel.list()->count(); ++row)
        if (!panel.list()->item(row)->isHidden())
            lines << panel.list()->item(row)->text();
    return lines;
}

} // namespace

TEST(ProblemsPanel, ThePlanRunningPastItsHorizonComesFirstAndRepeatedAdviceIsOneLine)
{
    const Plan plan = overrunningPlanWithAdvice();
    auto document = test::documentWith(plan);
    ui::SelectionModel selection;

    ui::ProblemsPanel panel(document.get(), &selection);

    ASSERT_GE(rowOfCode(panel, "past-horizon"), 0) << "the plan must overrun for this test";
    const QStringList lines = visibleLines(panel);
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_TRUE(lines.front().contains("runs past its horizon")) << lines.front().toStdString();
    const int readiness = static_cast<int>(std::count_if(panel.problems().begin(), panel.problems().end(),
                                                         [](const Problem &p) { return p.code == "low-readiness"; }));
    ASSERT_GE(readiness, ui::ProblemsPanel::kGroupFrom);
    EXPECT_EQ(lines.filter("Low readiness").size(), 1) << lines.join('\n').toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("\u25B8 Low readiness: %1 capabilities").arg(readiness)))
        << lines.join('\n').toStdString();
    EXPECT_EQ(lines.filter("has low readiness").size(), 0) << "the group starts closed";
    EXPECT_TRUE(lines.contains(QStringLiteral("\u25B8 No owner: 4 capabilities"))) << lines.join('\n').toStdString();
}

TEST(ProblemsPanel, ClickingAGroupOpensItAndClickingAgainClosesIt)
{
    auto document = test::documentWith(overrunningPlanWithAdvice());
    ui::SelectionModel selection;
    ui::ProblemsPanel panel(document.get(), &selection);
    panel.resize(600, 400);
    panel.show();
    QListWidgetItem *group = nullptr;
    for (int row = 0; row < panel.list()->count(); ++row)
        if (panel.list()->item(row)->data(ui::ProblemsPanel::GroupRole).toString() == "low-readiness")
            group = panel.list()->item(row);
    ASSERT_NE(group, nullptr);
    const auto members = [&] { return visibleLines(panel).filter("has low readiness").size(); };
    const int readiness = static_cast<int>(std::count_if(panel.problems().begin(), panel.problems().end(),
                                                         [](const Problem &p) { return p.code == "low-readiness"; }));

    QTest::mouseClick(panel.list()->viewport(), Qt::LeftButton, {}, panel.list()->visualItemRect(group).center());
    EXPECT_EQ(members(), readiness);
    EXPECT_TRUE(group->text().startsWith(QStringLiteral("\u25BE")));
    QTest::qWait(450); // a second click, not the tail of the first
    QTest::mouseClick(panel.list()->viewport(), Qt::LeftButton, {}, panel.list()->visualItemRect(group).center());
    EXPECT_EQ(members(), 0);
    EXPECT_TRUE(selection.selectedKeys().isEmpty()) << "a group line opens, it does not select";
}

TEST(ProblemsPanel, TheFilterKeepsTheProblemsThatSayIt)
{
    auto document = test::documentWith(overrunningPlanWithAdvice());
    ui::SelectionModel selection;
    ui::ProblemsPanel panel(document.get(), &selection);

    QTest::keyClicks(panel.filterEdit(), "ATTR");

    const QStringList lines = visibleLines(panel);
    ASSERT_FALSE(lines.isEmpty());
    for (const QString &line : lines) {
        if (!line.contains(QStringLiteral("\u25B8")) && !line.contains(QStringLiteral("\u25BE"))) {
            EXPECT_TRUE(line.contains("ATTR")) << line.toStdString();
        }
    }
    EXPECT_EQ(lines.filter("has low readiness").size(), 1) << "a match inside a closed group shows";

    panel.filterEdit()->clear();
    EXPECT_EQ(visibleLines(panel).filter("has low readiness").size(), 0);
}

// Issue 15: with a baseline shown, work that now goes live later than it said is flagged; the
// flags leave with the baseline.
TEST(ProblemsPanel, WorkLaterThanTheShownBaselineIsFlagged)
{
    auto document = test::documentWith(test::tablePlan());
    ui::SelectionModel selection;
    ui::ProblemsPanel panel(document.get(), &selection);
    const Date frozenOn{std::chrono::year{2027}, std::chrono::January, std::chrono::day{15}};
    document->undoStack()->push(test::editCommand(
        document.get(), edit::freezeBaseline(document->plan(), baselineOf("Board approved", frozenOn, document->plan(),
                                                                           document->schedule()))));
    document->showBaseline("Board approved");
    EXPECT_EQ(rowOfCode(panel, "late-against-baseline"), -1) << "nothing has moved yet";

    // DATA takes 10 days more: it, and CDP and JOURNEYS after it, go live 10 days later.
    Capability data = *document->plan().findCapability("DATA");
    data.durationDays += 10;
    document->undoStack()->push(test::editCommand(document.get(), edit::editCapability(document->plan(), "DATA", data)));
    std::vector<std::string> late;
    for (const Problem &p : panel.problems())
        if (p.code == "late-against-baseline") {
            late.push_back(p.keys.front());
            EXPECT_NE(p.message.find("10 days later than in Board approved"), std::string::npos) << p.message;
        }
    EXPECT_EQ(late, (std::vector<std::string>{"DATA", "CDP", "JOURNEYS"}));

    document->showBaseline({});
    EXPECT_EQ(rowOfCode(panel, "late-against-baseline"), -1) << "no baseline shown, no flags";
}

TEST(ProblemsPanel, AClosedGroupHoldsNoHiddenLinesAndOpeningItMakesThemInPlace)
{
    // A plan of thousands of capabilities has thousands of repeated advice lines: a list view
    // searches its hidden lines for each one, so a closed group's lines are not made at all.
    auto document = test::documentWith(overrunningPlanWithAdvice());
    ui::SelectionModel selection;
    ui::ProblemsPanel panel(document.get(), &selection);
    const int readiness = static_cast<int>(std::count_if(panel.problems().begin(), panel.problems().end(),
                                                         [](const Problem &p) { return p.code == "low-readiness"; }));
    ASSERT_GE(readiness, ui::ProblemsPanel::kGroupFrom);

    EXPECT_EQ(panel.list()->count(), visibleLines(panel).size()) << "no hidden lines";

    panel.setGroupOpen(QStringLiteral("low-readiness"), true);
    const QStringList open = visibleLines(panel);
    EXPECT_EQ(open.filter("has low readiness").size(), readiness);
    // Each line where a full list puts it: in the order of problems(), after its group's header.
    std::vector<int> order;
    for (int row = 0; row < panel.list()->count(); ++row)
        if (const int index = panel.list()->item(row)->data(ui::ProblemsPanel::ProblemRole).toInt(); index >= 0)
            order.push_back(index);
    EXPECT_TRUE(std::is_sorted(order.begin(), order.end()));
    for (std::size_t i = 0; i < panel.problems().size(); ++i) {
        if (panel.problems()[i].code == "low-readiness") {
            EXPECT_NE(panel.itemOf(i), nullptr) << panel.problems()[i].message;
        }
    }

    panel.refresh(); // as after an edit: the group stays open
    EXPECT_EQ(visibleLines(panel), open);

    panel.setGroupOpen(QStringLiteral("low-readiness"), false);
    EXPECT_EQ(visibleLines(panel).filter("has low readiness").size(), 0);
    EXPECT_EQ(panel.list()->count(), visibleLines(panel).size()) << "closing drops its lines";
}

namespace {

/// The table plan with enough more capabilities (each owned, with a KPI and a team) for the
/// panel to check it on another thread.
Plan largePlan()
{
    Plan plan = test::tablePlan();
    for (std::size_t i = plan.capabilities.size(); i < ui::ProblemsPanel::kCheckedAsideFrom; ++i) {
        Capability filler = test::tableCapability("", "Filler", CapabilityKind::Additive, 5, {{"Marketing", 1}},
                                                  "Owner", "kpi");
        filler.key = "F" + std::to_string(i);
        plan.capabilities.push_back(std::move(filler));
    }
    return plan;
}

/// True when the panel lists a problem with this code about exactly this capability.
bool lists(const ui::ProblemsPanel &panel, const std::string &code, const std::string &key)
{
    return std::any_of(panel.problems().begin(), panel.problems().end(), [&](const Problem &p) {
        return p.code == code && p.keys == std::vector<std::string>{key};
    });
}

} // namespace

TEST(ProblemsPanel, ALargePlanIsCheckedAsideAndTheListFollowsWhenTheCheckIsIn)
{
    auto document = test::documentWith(largePlan());
    ui::SelectionModel selection;
    ui::ProblemsPanel panel(document.get(), &selection);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isChecking(), 20000);
    QCoreApplication::processEvents(); // the check's result comes in as an event
    ASSERT_TRUE(lists(panel, "missing-owner", "ATTR"));
    QSignalSpy changed(&panel, &ui::ProblemsPanel::problemsChanged);
    Capability attr = *document->plan().findCapability("ATTR");
    attr.owner = "Dana";

    document->undoStack()->push(
        test::editCommand(document.get(), edit::editCapability(document->plan(), "ATTR", attr, "Change owner")));

    // The edit is back at once; the list shows what it showed until the check is in.
    EXPECT_TRUE(panel.isChecking());
    EXPECT_TRUE(lists(panel, "missing-owner", "ATTR"));
    EXPECT_EQ(changed.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 20000);
    EXPECT_FALSE(lists(panel, "missing-owner", "ATTR"));
    EXPECT_EQ(panel.problems(), planProblems(document->plan(), document->schedule().problems));
}

TEST(ProblemsPanel, OnlyTheCheckOfTheLatestPlanIsShown)
{
    auto document = test::documentWith(largePlan());
    ui::SelectionModel selection;
    ui::ProblemsPanel panel(document.get(), &selection);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isChecking(), 20000);
    QCoreApplication::processEvents();
    Capability attr = *document->plan().findCapability("ATTR");
    attr.owner = "Dana";
    Capability journeys = *document->plan().findCapability("JOURNEYS");
    journeys.owner.clear();
    QSignalSpy changed(&panel, &ui::ProblemsPanel::problemsChanged);

    // Two edits before the first check can come in: the second's plan is the one shown.
    document->undoStack()->push(
        test::editCommand(document.get(), edit::editCapability(document->plan(), "ATTR", attr, "Change owner")));
    document->undoStack()->push(test::editCommand(
        document.get(), edit::editCapability(document->plan(), "JOURNEYS", journeys, "Clear owner")));
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isChecking() && lists(panel, "missing-owner", "JOURNEYS"), 20000);

    EXPECT_FALSE(lists(panel, "missing-owner", "ATTR"));
    EXPECT_EQ(panel.problems(), planProblems(document->plan(), document->schedule().problems));
    EXPECT_EQ(changed.count(), 1) << "the first edit's problems, out of date when they came in, were shown";
}

TEST(ProblemsPanel, ASmallPlanOpenedWhileALargeOneIsCheckedIsNotOverwrittenByThatCheck)
{
    auto document = test::documentWith(largePlan());
    ui::SelectionModel selection;
    ui::ProblemsPanel panel(document.get(), &selection);
    ASSERT_TRUE(panel.isChecking());

    Plan small = test::tablePlan();
    small.capabilities[3].owner = "Dana"; // no missing owner at all
    document->resetPlan(small);

    // The small plan's problems at once, and still once the large plan's check has ended.
    EXPECT_EQ(panel.problems(), planProblems(document->plan(), document->schedule().problems));
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isChecking(), 20000);
    QCoreApplication::processEvents();
    EXPECT_EQ(panel.problems(), planProblems(document->plan(), document->schedule().problems));
    EXPECT_EQ(rowOfCode(panel, "missing-owner"), -1);
}

TEST(ProblemsPanel, ALargePlansCheckDoneButNotYetInIsNotShownOverASmallPlan)
{
    auto document = test::documentWith(largePlan());
    ui::SelectionModel selection;
    ui::ProblemsPanel panel(document.get(), &selection);
    // Its check ends on the other thread meanwhile; its result waits as an event, unhandled.
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    ASSERT_TRUE(panel.isChecking());

    Plan small = test::tablePlan();
    small.capabilities[3].owner = "Dana";
    document->resetPlan(small);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isChecking(), 20000);
    QCoreApplication::processEvents();

    EXPECT_EQ(panel.problems(), planProblems(document->plan(), document->schedule().problems));
    EXPECT_EQ(rowOfCode(panel, "missing-owner"), -1);
}
