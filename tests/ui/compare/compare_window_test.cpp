// The Compare window: a baseline, another scenario or a plan file against the open scenario;
// its table checked against a diff of the two schedules computed here, its summary in words,
// B's board with A's bars as shadows, and edits of the open scenario followed.

#include "commands/command_test_support.h"

#include "ui/board/baseline_shadow.h"
#include "ui/board/board_scene.h"
#include "ui/board/capability_bar.h"
#include "ui/compare/compare_window.h"

#include "core/edit/baseline_edits.h"
#include "core/schedule/baseline_drift.h"
#include "core/store/plan_store.h"

#include "support/temp_dir.h"

#include <QCheckBox>
#include <QProcess>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <map>

using namespace waveplan;
using ui::CompareSource;
using ui::CompareWindow;

namespace {

void pin(ui::PlanDocument &doc, const std::string &key, int wave) {
    Capability c = *doc.plan().findCapability(key);
    c.pinnedWave = wave;
    doc.undoStack()->push(test::editCommand(&doc, edit::editCapability(doc.plan(), key, c)));
}

/// Key -> (change, wave A, wave B) of every row the window shows.
std::map<QString, std::tuple<QString, QString, QString>> rowsOf(const CompareWindow &window) {
    std::map<QString, std::tuple<QString, QString, QString>> rows;
    const QAbstractItemModel *m = window.capabilityTable();
    for (int r = 0; r < m->rowCount(); ++r)
        rows[m->index(r, CompareWindow::Key).data().toString()] = {
            m->index(r, CompareWindow::Change).data().toString(),
            m->index(r, CompareWindow::WaveA).data().toString(),
            m->index(r, CompareWindow::WaveB).data().toString()};
    return rows;
}

/// other.waveplan in `dir`: the plan with A taking 120 days, so B waits until after wave 1.
CompareSource otherPlanFile(const test::TempDir &dir) {
    Plan other = test::dataAndMarketingPlan();
    other.findCapability("A")->durationDays = 120;
    EXPECT_TRUE(savePlan(other, PlanLocation::ofFile(dir.file("other.waveplan"))).ok());
    return {CompareSource::Kind::File, {}, {}, dir.file("other.waveplan")};
}

/// The text of a PDF, from poppler's pdftotext, with line breaks as spaces.
QString pdfText(const std::filesystem::path &pdf) {
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QString::fromStdString(pdf.string()), QStringLiteral("-")});
    pdftotext.waitForFinished();
    return QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
}

} // namespace

TEST(CompareWindow, AgainstTheShownBaselineItListsWhatMovedSinceAsADiffOfTheSchedulesSays) {
    auto doc = test::documentWith(test::dataAndMarketingPlan());
    doc->undoStack()->push(test::editCommand(
        doc.get(), edit::freezeBaseline(doc->plan(),
                                        baselineOf("Board approved",
                                                   Date{std::chrono::year{2027},
                                                        std::chrono::January, std::chrono::day{15}},
                                                   doc->plan(), doc->schedule()))));
    const Schedule then = doc->schedule();
    pin(*doc, "A", 2);
    const Schedule now = doc->schedule();

    CompareWindow window(doc.get());

    // The diff, computed here: every capability whose start changed, and how.
    std::map<QString, std::tuple<QString, QString, QString>> expected;
    for (const ScheduledCapability &s : now.capabilities) {
        const ScheduledCapability &was = *then.find(s.key);
        if (was.startDay != s.startDay || was.wave != s.wave)
            expected[QString::fromStdString(s.key)] = {
                was.wave != s.wave ? "moved wave" : "shifted", QString::number(was.wave),
                QString::number(s.wave)};
    }
    ASSERT_FALSE(expected.empty());
    EXPECT_EQ(rowsOf(window), expected);
    EXPECT_TRUE(window.summaryText().contains("A: Board approved (baseline of Main plan)"))
        << window.summaryText().toStdString();
    EXPECT_TRUE(window.summaryText().contains(QStringLiteral("days later than A")))
        << window.summaryText().toStdString();
    ASSERT_NE(window.boardScene(), nullptr);
    EXPECT_EQ(window.boardScene()->baselineShadows().size(), window.boardScene()->allBars().size())
        << "every bar of B has A's bar as its shadow";

    window.onlyDifferences()->setChecked(false);
    EXPECT_EQ(window.capabilityTable()->rowCount(), 4)
        << "every capability, the unchanged ones too";
}

TEST(CompareWindow, TwoScenariosShowAddedAndRemovedAndFollowEdits) {
    auto doc = test::documentWith(test::dataAndMarketingPlan());
    ASSERT_TRUE(doc->newScenarioFromCurrent("Without D").isEmpty());
    doc->undoStack()->push(
        test::editCommand(doc.get(), edit::removeCapabilities(doc->plan(), {"D"})));
    Capability e;
    e.key = "E";
    e.name = "Capability E";
    e.durationDays = 5;
    doc->undoStack()->push(test::editCommand(doc.get(), edit::addCapability(doc->plan(), e)));

    CompareWindow window(doc.get());
    window.setSides({CompareSource::Kind::Scenario, "Main plan", {}, {}},
                    {CompareSource::Kind::Scenario, "Without D", {}, {}});

    auto rows = rowsOf(window);
    ASSERT_TRUE(rows.contains("D"));
    EXPECT_EQ(std::get<0>(rows["D"]), "not in B");
    ASSERT_TRUE(rows.contains("E"));
    EXPECT_EQ(std::get<0>(rows["E"]), "added in B");

    // An edit of the open scenario (B) shows after the window's short pause.
    pin(*doc, "C", 3);
    QTest::qWait(600);
    rows = rowsOf(window);
    ASSERT_TRUE(rows.contains("C"));
    EXPECT_EQ(std::get<0>(rows["C"]), "moved wave");
    EXPECT_EQ(std::get<2>(rows["C"]), "3");
}

TEST(CompareWindow, AnotherPlanFileAndOneThatDoesNotRead) {
    const test::TempDir dir;
    auto doc = test::documentWith(test::dataAndMarketingPlan());
    CompareWindow window(doc.get());

    window.setSides({CompareSource::Kind::Scenario, "Main plan", {}, {}}, otherPlanFile(dir));

    const auto rows = rowsOf(window);
    ASSERT_TRUE(rows.contains("B"));
    EXPECT_EQ(std::get<0>(rows.at("B")), "moved wave");
    EXPECT_TRUE(window.summaryText().contains("B: other.waveplan"))
        << window.summaryText().toStdString();

    window.setSides({CompareSource::Kind::Scenario, "Main plan", {}, {}},
                    {CompareSource::Kind::File, {}, {}, dir.file("missing.waveplan")});
    EXPECT_TRUE(window.summaryText().startsWith("Cannot compare:"))
        << window.summaryText().toStdString();
    EXPECT_EQ(window.capabilityTable()->rowCount(), 0);
    EXPECT_EQ(window.boardScene(), nullptr);
}

TEST(CompareWindow, ExportsTheOnePageComparisonOfWhatItShows) {
    const test::TempDir dir;
    auto doc = test::documentWith(test::dataAndMarketingPlan());
    CompareWindow window(doc.get());
    window.setSides({CompareSource::Kind::Scenario, "Main plan", {}, {}}, otherPlanFile(dir));
    const auto rows = rowsOf(window);
    ASSERT_TRUE(rows.contains("B"));
    ASSERT_TRUE(window.exportPdfButton()->isEnabled());

    ASSERT_TRUE(window.exportPdf(dir.file("comparison.pdf")).ok());

    const QString text = pdfText(dir.file("comparison.pdf"));
    EXPECT_TRUE(text.contains("What changes from A to B")) << text.toStdString();
    EXPECT_TRUE(text.contains("A: Main plan")) << text.toStdString();
    EXPECT_TRUE(text.contains("B: other.waveplan")) << text.toStdString();
    // B's row as the window's table has it: from wave A to wave B.
    const QString waves = QStringLiteral("W%1 \u2192 W%2").arg(std::get<1>(rows.at("B")), std::get<2>(rows.at("B")));
    EXPECT_TRUE(text.contains(waves)) << waves.toStdString() << "\n" << text.toStdString();

    window.setSides({CompareSource::Kind::Scenario, "Main plan", {}, {}},
                    {CompareSource::Kind::File, {}, {}, dir.file("missing.waveplan")});
    EXPECT_FALSE(window.exportPdfButton()->isEnabled());
    const Status refused = window.exportPdf(dir.file("nothing.pdf"));
    EXPECT_FALSE(refused.ok());
    EXPECT_NE(refused.errorText().find("no comparison"), std::string::npos) << refused.errorText();
    EXPECT_FALSE(std::filesystem::exists(dir.file("nothing.pdf")));
}
