// File > Import CSV: a good pair of files becomes a new unsaved plan; a bad one changes nothing
// and lists every error as file:line:column: message.

#include "ui/document/plan_document.h"
#include "ui/import/csv_import.h"
#include "ui/import/csv_import_dialog.h"
#include "ui/import/import_errors_dialog.h"
#include "ui/window/main_window.h"

#include "core/io/capabilities_csv.h"
#include "support/plan_generator.h"
#include "support/temp_dir.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace waveplan;
using Question = ui::MainWindow::Question;

namespace {

/// Two rows with one mistake each: duration "ten" (line 2, column 22: columns count characters)
/// and kind "sideways" (line 3, column 8).
const char *const kBadCapabilities = "key,name,kind,duration_days\n"
                                     "A,Alpha,foundational,ten\n"
                                     "B,Beta,sideways,5\n";

std::vector<std::string> keysOf(const Plan &plan)
{
    std::vector<std::string> keys;
    for (const Capability &c : plan.capabilities)
        keys.push_back(c.key);
    return keys;
}

} // namespace

TEST(CsvImport, AGoodPairOfFilesBecomesANewUnsavedPlanNamedAfterTheFile)
{
    test::TempDir dir;
    const Plan source = test::generatePlan(21);
    const auto capabilities = dir.write("q3-roadmap.csv", writeCapabilitiesCsv(source));
    const auto teams = dir.write("teams.csv", writeTeamsCsv(source));
    ui::MainWindow window;
    window.setPrompt([](Question, const QString &) { return QMessageBox::Cancel; });

    ASSERT_TRUE(window.importCsv(capabilities, teams));

    EXPECT_EQ(window.plan().name, "q3-roadmap");
    EXPECT_EQ(keysOf(window.plan()), keysOf(source));
    EXPECT_EQ(window.plan().dependencies.size(), source.dependencies.size());
    EXPECT_EQ(window.plan().teams.size(), source.teams.size());
    EXPECT_TRUE(window.document()->isModified()); // never saved: closing asks, Save asks where
    EXPECT_TRUE(window.document()->filePath().empty());
    EXPECT_FALSE(window.document()->undoStack()->canUndo());
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("q3-roadmap[*]")))
        << window.windowTitle().toStdString();
}

TEST(CsvImport, TheConventionalFileNameGivesTheFolderName)
{
    EXPECT_EQ(ui::importedPlanName("/plans/spring launch/capabilities.csv"), "spring launch");
    EXPECT_EQ(ui::importedPlanName("/plans/launch.csv"), "launch");
}

TEST(CsvImport, ErrorsAreListedWithFileLineAndColumnAndNothingChanges)
{
    test::TempDir dir;
    const auto capabilities = dir.write("capabilities.csv", kBadCapabilities);
    ui::MainWindow window;
    const Plan before = test::generatePlan(5);
    window.showPlan(before);
    window.show();
    bool asked = false;
    window.setPrompt([&asked](Question, const QString &) {
        asked = true;
        return QMessageBox::Discard;
    });

    EXPECT_FALSE(window.importCsv(capabilities, std::nullopt));

    EXPECT_EQ(window.plan(), withIds(before));
    EXPECT_FALSE(window.document()->isModified());
    EXPECT_FALSE(asked); // nothing to lose: the import never got that far
    auto *dialog = window.findChild<ui::ImportErrorsDialog *>(QStringLiteral("importErrorsDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    const QStringList lines = dialog->errorText()->toPlainText().split(QLatin1Char('\n'));
    const QString file = QString::fromStdString(capabilities.string());
    ASSERT_EQ(lines.size(), 2) << dialog->errorText()->toPlainText().toStdString();
    EXPECT_TRUE(lines[0].startsWith(file + QStringLiteral(":2:22: "))) << lines[0].toStdString();
    EXPECT_TRUE(lines[0].contains(QStringLiteral("\"ten\""))) << lines[0].toStdString();
    EXPECT_TRUE(lines[1].startsWith(file + QStringLiteral(":3:8: "))) << lines[1].toStdString();
    EXPECT_TRUE(dialog->errorText()->isReadOnly());

    dialog->copyAll();
    EXPECT_EQ(QApplication::clipboard()->text(), dialog->errorText()->toPlainText());
    dialog->close();
}

TEST(CsvImport, AMissingTeamsFileIsAnError)
{
    test::TempDir dir;
    const Plan source = test::generatePlan(8);
    const auto capabilities = dir.write("capabilities.csv", writeCapabilitiesCsv(source));
    ui::MainWindow window;
    const Plan before = window.plan();

    EXPECT_FALSE(window.importCsv(capabilities, dir.file("no-such-teams.csv")));

    auto *dialog = window.findChild<ui::ImportErrorsDialog *>(QStringLiteral("importErrorsDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->errorText()->toPlainText().contains(QStringLiteral("no-such-teams.csv")));
    EXPECT_EQ(window.plan(), before);
    dialog->close();
}

TEST(CsvImport, CancellingTheUnsavedChangesQuestionKeepsTheModifiedPlan)
{
    test::TempDir dir;
    const Plan source = test::generatePlan(13);
    const auto capabilities = dir.write("capabilities.csv", writeCapabilitiesCsv(source));
    const auto teams = dir.write("teams.csv", writeTeamsCsv(source));
    ui::MainWindow window;
    window.showPlan(test::generatePlan(4));
    window.document()->undoStack()->resetClean(); // modified
    const Plan before = window.plan();
    std::vector<Question> asked;
    window.setPrompt([&asked](Question question, const QString &) {
        asked.push_back(question);
        return QMessageBox::Cancel;
    });

    EXPECT_FALSE(window.importCsv(capabilities, teams));

    EXPECT_EQ(asked, std::vector<Question>{Question::UnsavedChanges});
    EXPECT_EQ(window.plan(), withIds(before));

    window.setPrompt([](Question, const QString &) { return QMessageBox::Discard; });
    EXPECT_TRUE(window.importCsv(capabilities, teams));
    EXPECT_EQ(keysOf(window.plan()), keysOf(source));
}

TEST(CsvImport, TheDialogNeedsACapabilitiesFileAndTheTeamsFileIsOptional)
{
    ui::CsvImportDialog dialog;
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());

    dialog.capabilitiesEdit()->setText(QStringLiteral("/data/capabilities.csv"));

    EXPECT_TRUE(ok->isEnabled());
    EXPECT_EQ(dialog.capabilitiesPath(), std::filesystem::path("/data/capabilities.csv"));
    EXPECT_EQ(dialog.teamsPath(), std::nullopt);
    dialog.teamsEdit()->setText(QStringLiteral(" /data/teams.csv "));
    EXPECT_EQ(dialog.teamsPath(), std::optional<std::filesystem::path>("/data/teams.csv"));
}

TEST(CsvImport, FileMenuHasImportCsvOnCtrlI)
{
    ui::MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("importCsvAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QMenu *fileMenu = window.menuBar()->actions().front()->menu();
    ASSERT_NE(fileMenu, nullptr);
    EXPECT_TRUE(fileMenu->actions().contains(action));
}
