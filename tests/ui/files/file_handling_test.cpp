// File handling of the main window: New, the unsaved-changes prompt, recent files, autosave
// to a recovery file and restoring it.

#include "ui/document/plan_document.h"

#include "commands/command_test_support.h"
#include "ui/files/autosave.h"
#include "ui/files/plan_file_lock.h"
#include "ui/files/recent_files.h"
#include "ui/window/main_window.h"

#include "core/store/plan_store.h"
#include "support/plan_generator.h"
#include "support/temp_dir.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QSettings>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace waveplan;
using Question = ui::MainWindow::Question;

namespace {

/// Each test gets its own QSettings (a unique application name) and recovery folder.
class FileHandling : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_appName = QCoreApplication::applicationName();
        QCoreApplication::setApplicationName(
            QStringLiteral("WaveplanFilesTest_%1_%2")
                .arg(QCoreApplication::applicationPid())
                .arg(QString::fromUtf8(::testing::UnitTest::GetInstance()->current_test_info()->name())));
        QSettings().clear();
    }
    void TearDown() override
    {
        QSettings().clear();
        QCoreApplication::setApplicationName(m_appName);
    }

    /// A window whose prompts answer `answer` and record the questions asked.
    void answerWith(ui::MainWindow &window, QMessageBox::StandardButton answer)
    {
        window.setPrompt([this, answer](Question question, const QString &) {
            m_asked.push_back(question);
            return answer;
        });
    }

    /// Renames the plan through the undo stack, so the document is modified.
    static void rename(ui::MainWindow &window, const std::string &name)
    {
        PlanSettings settings = settingsOf(window.plan());
        settings.name = name;
        window.document()->undoStack()->push(test::editCommand(window.document(), edit::editSettings(window.document()->plan(), settings)));
        ASSERT_TRUE(window.document()->isModified());
    }

    test::TempDir m_dir;
    std::vector<Question> m_asked;

private:
    QString m_appName;
};

QStringList fileActionPaths(QMenu *menu)
{
    QStringList paths;
    for (QAction *action : menu->actions())
        if (action->data().isValid())
            paths << action->data().toString();
    return paths;
}

} // namespace

TEST_F(FileHandling, NewAfterDiscardGivesAnEmptyPlan)
{
    ui::MainWindow window;
    window.showPlan(test::generatePlan(5));
    rename(window, "Changed");
    answerWith(window, QMessageBox::Discard);

    EXPECT_TRUE(window.newPlan());

    EXPECT_EQ(m_asked, std::vector<Question>{Question::UnsavedChanges});
    EXPECT_EQ(window.plan(), blankPlan());
    EXPECT_EQ(formatWorkedWeekdays(window.plan().calendar.worked), "mon-fri"); // issue 15
    EXPECT_TRUE(window.plan().calendar.holidays.empty());
    EXPECT_FALSE(window.document()->isModified());
    EXPECT_TRUE(window.document()->filePath().empty());
}

TEST_F(FileHandling, TheAppStartsOnAnEmptyPlanWorkedMondayToFriday)
{
    ui::MainWindow window;

    EXPECT_TRUE(window.plan().capabilities.empty());
    EXPECT_EQ(formatWorkedWeekdays(window.plan().calendar.worked), "mon-fri");
    EXPECT_FALSE(window.document()->isModified());
}

TEST_F(FileHandling, NewAfterCancelKeepsTheModifiedPlan)
{
    ui::MainWindow window;
    window.showPlan(test::generatePlan(5));
    rename(window, "Changed");
    const Plan before = window.plan();
    answerWith(window, QMessageBox::Cancel);

    EXPECT_FALSE(window.newPlan());

    EXPECT_EQ(window.plan(), withIds(before));
    EXPECT_TRUE(window.document()->isModified());
}

TEST_F(FileHandling, NewOnAnUnmodifiedPlanDoesNotAsk)
{
    ui::MainWindow window;
    window.showPlan(test::generatePlan(5));
    answerWith(window, QMessageBox::Cancel);

    EXPECT_TRUE(window.newPlan());

    EXPECT_TRUE(m_asked.empty());
    EXPECT_EQ(window.plan(), blankPlan());
}

TEST_F(FileHandling, SaveInThePromptSavesBeforeNew)
{
    const Plan plan = test::generatePlan(6);
    ASSERT_TRUE(savePlan(plan, PlanLocation::ofFile(m_dir.file("p.waveplan"))));
    ui::MainWindow window;
    ASSERT_TRUE(window.openFile(m_dir.file("p.waveplan")));
    rename(window, "Saved from the prompt");
    answerWith(window, QMessageBox::Save);

    EXPECT_TRUE(window.newPlan());

    const Result<Plan> onDisk = openPlan(PlanLocation::ofFile(m_dir.file("p.waveplan")));
    ASSERT_TRUE(onDisk);
    EXPECT_EQ(onDisk.value().name, "Saved from the prompt");
    EXPECT_EQ(window.plan(), blankPlan());
}

TEST_F(FileHandling, ClosingWithUnsavedChangesAndCancelKeepsTheWindowOpen)
{
    ui::MainWindow window;
    window.showPlan(test::generatePlan(8));
    window.show();
    rename(window, "Changed");
    answerWith(window, QMessageBox::Cancel);

    EXPECT_FALSE(window.close());

    EXPECT_TRUE(window.isVisible());
    EXPECT_EQ(m_asked, std::vector<Question>{Question::UnsavedChanges});
    EXPECT_EQ(window.plan().name, "Changed");
}

TEST_F(FileHandling, ClosingWithDiscardClosesAndDeletesTheRecoveryFile)
{
    ui::MainWindow window;
    window.autosave()->setDirectory(QString::fromStdString(m_dir.file("recovery").string()));
    window.show();
    rename(window, "Changed");
    ASSERT_TRUE(window.autosave()->writeNow());
    const auto recovery = window.autosave()->recoveryPath();
    ASSERT_TRUE(std::filesystem::exists(recovery));
    answerWith(window, QMessageBox::Discard);

    EXPECT_TRUE(window.close());

    EXPECT_FALSE(window.isVisible());
    EXPECT_FALSE(std::filesystem::exists(recovery));
}

TEST_F(FileHandling, RecentFilesAreMostRecentFirstAndCappedAtEight)
{
    ui::RecentFiles recent;
    QStringList paths;
    for (int i = 0; i < 10; ++i) {
        paths << QString::fromStdString(m_dir.write("plan" + std::to_string(i) + ".waveplan", "x").string());
        recent.add(paths.last());
    }
    recent.add(paths[4]); // used again: moves to the front, no duplicate

    const QStringList files = recent.files();

    ASSERT_EQ(files.size(), ui::RecentFiles::kMaxCount);
    EXPECT_EQ(files, (QStringList{paths[4], paths[9], paths[8], paths[7], paths[6], paths[5], paths[3], paths[2]}));
    EXPECT_EQ(QSettings().value(QStringLiteral("files/recent")).toStringList(), files);
}

TEST_F(FileHandling, MissingRecentFilesAreDropped)
{
    ui::RecentFiles recent;
    const auto kept = m_dir.write("kept.waveplan", "x");
    const auto gone = m_dir.write("gone.waveplan", "x");
    recent.add(QString::fromStdString(kept.string()));
    recent.add(QString::fromStdString(gone.string()));

    std::filesystem::remove(gone);

    EXPECT_EQ(recent.files(), QStringList{QString::fromStdString(kept.string())});
}

TEST_F(FileHandling, OpeningPlansFillsTheOpenRecentMenuAndItsEntriesOpen)
{
    const Plan first = test::generatePlan(21);
    const Plan second = test::generatePlan(22);
    ASSERT_TRUE(savePlan(first, PlanLocation::ofFile(m_dir.file("first.waveplan"))));
    ASSERT_TRUE(savePlan(second, PlanLocation::ofFile(m_dir.file("second.waveplan"))));
    const QString firstPath = QString::fromStdString(m_dir.file("first.waveplan").string());
    const QString secondPath = QString::fromStdString(m_dir.file("second.waveplan").string());
    ui::MainWindow window;
    EXPECT_FALSE(window.recentFilesMenu()->isEnabled());

    ASSERT_TRUE(window.openFile(m_dir.file("first.waveplan")));
    ASSERT_TRUE(window.openFile(m_dir.file("second.waveplan")));
    QCoreApplication::processEvents(); // the menu is refilled on the next turn of the event loop

    EXPECT_TRUE(window.recentFilesMenu()->isEnabled());
    EXPECT_EQ(fileActionPaths(window.recentFilesMenu()), (QStringList{secondPath, firstPath}));

    // Picking an entry opens that plan.
    QAction *firstEntry = window.recentFilesMenu()->actions().at(1);
    ASSERT_EQ(firstEntry->data().toString(), firstPath);
    firstEntry->trigger();
    QCoreApplication::processEvents();
    EXPECT_EQ(window.plan(), withIds(first));
    QCoreApplication::processEvents();
    EXPECT_EQ(fileActionPaths(window.recentFilesMenu()), (QStringList{firstPath, secondPath}));
}

TEST_F(FileHandling, AutosaveWritesARecoveryFileWithTheCurrentPlan)
{
    const Plan plan = test::generatePlan(31);
    ASSERT_TRUE(savePlan(plan, PlanLocation::ofFile(m_dir.file("roadmap.waveplan"))));
    ui::MainWindow window;
    window.autosave()->setDirectory(QString::fromStdString(m_dir.file("recovery").string()));
    ASSERT_TRUE(window.openFile(m_dir.file("roadmap.waveplan")));
    EXPECT_FALSE(window.autosave()->timer()->isActive()); // nothing to protect yet
    rename(window, "Unsaved name");
    EXPECT_TRUE(window.autosave()->timer()->isActive());

    // As if a minute had passed.
    ASSERT_TRUE(QMetaObject::invokeMethod(window.autosave()->timer(), "timeout", Qt::DirectConnection));

    const auto recovery = window.autosave()->recoveryPath();
    EXPECT_EQ(recovery.parent_path(), m_dir.file("recovery"));
    EXPECT_TRUE(recovery.filename().string().starts_with("roadmap-")) << recovery;
    ASSERT_TRUE(std::filesystem::exists(recovery));
    const Result<Plan> recovered = openPlan(PlanLocation::ofFile(recovery));
    ASSERT_TRUE(recovered);
    EXPECT_EQ(recovered.value(), window.plan());
    EXPECT_EQ(recovered.value().name, "Unsaved name");
}

TEST_F(FileHandling, ACleanSaveRemovesTheRecoveryFile)
{
    const Plan plan = test::generatePlan(32);
    ASSERT_TRUE(savePlan(plan, PlanLocation::ofFile(m_dir.file("roadmap.waveplan"))));
    ui::MainWindow window;
    window.autosave()->setDirectory(QString::fromStdString(m_dir.file("recovery").string()));
    ASSERT_TRUE(window.openFile(m_dir.file("roadmap.waveplan")));
    rename(window, "Unsaved name");
    ASSERT_TRUE(window.autosave()->writeNow());
    const auto recovery = window.autosave()->recoveryPath();
    ASSERT_TRUE(std::filesystem::exists(recovery));

    ASSERT_TRUE(window.document()->saveAs(m_dir.file("roadmap.waveplan")));

    EXPECT_FALSE(std::filesystem::exists(recovery));
    EXPECT_FALSE(window.autosave()->timer()->isActive());
}

TEST_F(FileHandling, ARecoveryFileIsOfferedAndRestoredAsAnUnsavedPlan)
{
    const QString recoveryDir = QString::fromStdString(m_dir.file("recovery").string());
    std::filesystem::create_directories(m_dir.file("recovery"));
    const Plan lost = test::generatePlan(41);
    ASSERT_TRUE(savePlan(lost, PlanLocation::ofFile(m_dir.file("recovery") / "roadmap.waveplan")));
    ui::MainWindow window;
    window.autosave()->setDirectory(recoveryDir);
    answerWith(window, QMessageBox::Yes);

    EXPECT_TRUE(window.offerRecovery());

    EXPECT_EQ(m_asked, std::vector<Question>{Question::RestoreRecovery});
    EXPECT_EQ(window.plan(), withIds(lost));
    EXPECT_TRUE(window.document()->isModified());
    EXPECT_TRUE(window.document()->filePath().empty());
    EXPECT_TRUE(window.isWindowModified());
    // The recovered work stays protected until it is saved, owned by this window (so another
    // instance does not offer it).
    EXPECT_TRUE(std::filesystem::exists(window.autosave()->recoveryPath()));
    EXPECT_FALSE(ui::Autosave::findRecoveryFile(recoveryDir).has_value());
}

TEST_F(FileHandling, ARecoveredPlanComesBackWithTheScheduleThatWasOnScreen)
{
    const QString recoveryDir = QString::fromStdString(m_dir.file("recovery").string());
    std::filesystem::create_directories(m_dir.file("recovery"));
    const Plan lost = test::generatePlan(41);
    // What was on screen: the searched schedule, which differs from a first schedule.
    const Schedule shown = computeSchedule(lost);
    ScheduleOptions first;
    first.firstScheduleOnly = true;
    ASSERT_NE(computeSchedule(lost, first).capabilities, shown.capabilities);
    const ScheduleReference accepted = referenceOf(shown);
    ASSERT_TRUE(savePlan(lost, PlanLocation::ofFile(m_dir.file("recovery") / "roadmap.waveplan"), &accepted));
    ui::MainWindow window;
    window.autosave()->setDirectory(recoveryDir);
    answerWith(window, QMessageBox::Yes);

    ASSERT_TRUE(window.offerRecovery());

    EXPECT_EQ(window.document()->schedule().capabilities, shown.capabilities);
}

TEST_F(FileHandling, DecliningARecoveryFileDeletesIt)
{
    const QString recoveryDir = QString::fromStdString(m_dir.file("recovery").string());
    std::filesystem::create_directories(m_dir.file("recovery"));
    ASSERT_TRUE(savePlan(test::generatePlan(42), PlanLocation::ofFile(m_dir.file("recovery") / "untitled.waveplan")));
    ui::MainWindow window;
    window.autosave()->setDirectory(recoveryDir);
    const Plan before = window.plan();
    answerWith(window, QMessageBox::No);

    EXPECT_FALSE(window.offerRecovery());

    EXPECT_EQ(window.plan(), withIds(before));
    EXPECT_FALSE(window.document()->isModified());
    EXPECT_FALSE(ui::Autosave::findRecoveryFile(recoveryDir).has_value());
}

TEST_F(FileHandling, NoRecoveryFileMeansNoQuestion)
{
    ui::MainWindow window;
    window.autosave()->setDirectory(QString::fromStdString(m_dir.file("recovery").string()));
    answerWith(window, QMessageBox::Yes);

    EXPECT_FALSE(window.offerRecovery());

    EXPECT_TRUE(m_asked.empty());
}

TEST_F(FileHandling, PlansOfOneNameInTwoFoldersHaveTheirOwnPrivateRecoveryFiles)
{
    std::filesystem::create_directories(m_dir.file("a"));
    std::filesystem::create_directories(m_dir.file("b"));
    ASSERT_TRUE(savePlan(test::generatePlan(51), PlanLocation::ofFile(m_dir.file("a/plan.waveplan"))));
    ASSERT_TRUE(savePlan(test::generatePlan(52), PlanLocation::ofFile(m_dir.file("b/plan.waveplan"))));
    const QString recoveryDir = QString::fromStdString(m_dir.file("recovery").string());
    ui::MainWindow first;
    ui::MainWindow second;
    for (ui::MainWindow *window : {&first, &second})
        window->autosave()->setDirectory(recoveryDir);
    ASSERT_TRUE(first.openFile(m_dir.file("a/plan.waveplan")));
    ASSERT_TRUE(second.openFile(m_dir.file("b/plan.waveplan")));
    rename(first, "First's edit");
    rename(second, "Second's edit");

    ASSERT_TRUE(first.autosave()->writeNow());
    ASSERT_TRUE(second.autosave()->writeNow());

    const auto firstFile = first.autosave()->recoveryPath();
    const auto secondFile = second.autosave()->recoveryPath();
    EXPECT_NE(firstFile, secondFile);
    EXPECT_EQ(openPlan(PlanLocation::ofFile(firstFile)).value().name, "First's edit");
    EXPECT_EQ(openPlan(PlanLocation::ofFile(secondFile)).value().name, "Second's edit");
    namespace fs = std::filesystem;
    EXPECT_EQ(fs::status(m_dir.file("recovery")).permissions() & fs::perms::all, fs::perms::owner_all);
    EXPECT_EQ(fs::status(firstFile).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
    // A clean close of one leaves the other's copy alone.
    first.autosave()->discardRecoveryFile();
    EXPECT_FALSE(fs::exists(firstFile));
    EXPECT_TRUE(fs::exists(secondFile));
}

TEST_F(FileHandling, TwoInstancesWithOnePlanUnsavedKeepTheirOwnCopiesAndNeitherOffersTheOthers)
{
    ASSERT_TRUE(savePlan(test::generatePlan(53), PlanLocation::ofFile(m_dir.file("plan.waveplan"))));
    const QString recoveryDir = QString::fromStdString(m_dir.file("recovery").string());
    ui::MainWindow first;
    ui::MainWindow second;
    answerWith(second, QMessageBox::Open); // the plan is open in the first: read-only here
    for (ui::MainWindow *window : {&first, &second}) {
        window->autosave()->setDirectory(recoveryDir);
        ASSERT_TRUE(window->openFile(m_dir.file("plan.waveplan")));
    }
    rename(first, "First's edit");
    rename(second, "Second's edit");

    ASSERT_TRUE(first.autosave()->writeNow());
    ASSERT_TRUE(second.autosave()->writeNow());

    EXPECT_NE(first.autosave()->recoveryPath(), second.autosave()->recoveryPath());
    EXPECT_EQ(openPlan(PlanLocation::ofFile(first.autosave()->recoveryPath())).value().name, "First's edit");
    EXPECT_EQ(openPlan(PlanLocation::ofFile(second.autosave()->recoveryPath())).value().name, "Second's edit");
    EXPECT_FALSE(ui::Autosave::findRecoveryFile(recoveryDir).has_value()) << "both are running: nothing to recover";
}

TEST_F(FileHandling, AnUnreadableRecoveryFileIsDeletedOnlyWhenTheUserSaysSo)
{
    namespace fs = std::filesystem;
    const QString recoveryDir = QString::fromStdString(m_dir.file("recovery").string());
    fs::create_directories(m_dir.file("recovery"));
    const auto broken = m_dir.write("recovery/plan-0123456789.waveplan", "not a plan");
    {
        ui::MainWindow window;
        window.autosave()->setDirectory(recoveryDir);
        answerWith(window, QMessageBox::No);

        EXPECT_FALSE(window.offerRecovery());

        EXPECT_EQ(m_asked, std::vector<Question>{Question::DeleteUnreadableRecovery});
        EXPECT_FALSE(fs::exists(broken));
        EXPECT_EQ(test::readFile(broken.string() + ".unreadable"), "not a plan") << "kept aside, as it was";
        EXPECT_FALSE(ui::Autosave::findRecoveryFile(recoveryDir).has_value()) << "and no longer offered";
    }
    m_asked.clear();
    const auto another = m_dir.write("recovery/other-0123456789.waveplan", "not a plan either");
    ui::MainWindow window;
    window.autosave()->setDirectory(recoveryDir);
    answerWith(window, QMessageBox::Yes);

    EXPECT_FALSE(window.offerRecovery());

    EXPECT_EQ(m_asked, std::vector<Question>{Question::DeleteUnreadableRecovery});
    EXPECT_FALSE(fs::exists(another));
}

TEST_F(FileHandling, ASecondWindowOpeningAnOpenPlanIsToldAndOpensItReadOnly)
{
    const auto file = m_dir.file("plan.waveplan");
    ASSERT_TRUE(savePlan(test::generatePlan(61), PlanLocation::ofFile(file)));
    const std::string original = test::readFile(file);
    ui::MainWindow first;
    ui::MainWindow second;
    answerWith(first, QMessageBox::Open);
    QString told;
    second.setPrompt([&](Question question, const QString &detail) {
        m_asked.push_back(question);
        told = detail;
        return QMessageBox::Open;
    });

    ASSERT_TRUE(first.openFile(file));
    EXPECT_TRUE(m_asked.empty()) << "nobody else had it open";
    ASSERT_TRUE(second.openFile(file));

    EXPECT_EQ(m_asked, std::vector<Question>{Question::FileInUse});
    EXPECT_TRUE(told.contains(QStringLiteral("plan.waveplan"))) << told.toStdString();
    EXPECT_TRUE(told.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid()))) << told.toStdString();
    EXPECT_FALSE(first.isReadOnly());
    EXPECT_TRUE(second.isReadOnly());
    EXPECT_TRUE(second.windowTitle().contains(QStringLiteral("read-only"))) << second.windowTitle().toStdString();
    EXPECT_FALSE(first.windowTitle().contains(QStringLiteral("read-only")));

    // The read-only window may change the plan, but never save over the file.
    rename(second, "Second's edit");
    EXPECT_FALSE(second.saveTo(file));
    EXPECT_EQ(test::readFile(file), original);
    EXPECT_NE(second.findChild<QWidget *>(QStringLiteral("saveErrorBox")), nullptr);
    // Under another name it saves, and owns that file from then on.
    const auto other = m_dir.file("second.waveplan");
    ASSERT_TRUE(second.saveTo(other));
    EXPECT_FALSE(second.isReadOnly());
    EXPECT_EQ(openPlan(PlanLocation::ofFile(other)).value().name, "Second's edit");
    ui::MainWindow third;
    answerWith(third, QMessageBox::Cancel);
    m_asked.clear();
    EXPECT_FALSE(third.openFile(other)) << "cancelled";
    EXPECT_EQ(m_asked, std::vector<Question>{Question::FileInUse});
}

TEST_F(FileHandling, CancellingTheInUseQuestionKeepsThePlanThatWasOpen)
{
    const auto busy = m_dir.file("busy.waveplan");
    const auto mine = m_dir.file("mine.waveplan");
    ASSERT_TRUE(savePlan(test::generatePlan(62), PlanLocation::ofFile(busy)));
    ASSERT_TRUE(savePlan(test::generatePlan(63), PlanLocation::ofFile(mine)));
    ui::MainWindow first;
    ASSERT_TRUE(first.openFile(busy));
    ui::MainWindow second;
    answerWith(second, QMessageBox::Cancel);
    ASSERT_TRUE(second.openFile(mine));
    const Plan before = second.plan();

    EXPECT_FALSE(second.openFile(busy));

    EXPECT_EQ(m_asked, std::vector<Question>{Question::FileInUse});
    EXPECT_EQ(second.document()->filePath(), mine);
    EXPECT_EQ(second.plan(), before);
    EXPECT_FALSE(second.isReadOnly());
    // Still its file: nobody else may open it without being told.
    EXPECT_TRUE(ui::planFileHolder(ui::defaultPlanLockDirectory(), mine).has_value());
}

TEST_F(FileHandling, ClosingOrLeavingAPlanFreesItsFileForOthers)
{
    const auto file = m_dir.file("plan.waveplan");
    ASSERT_TRUE(savePlan(test::generatePlan(64), PlanLocation::ofFile(file)));
    ui::MainWindow other;
    answerWith(other, QMessageBox::Cancel);
    {
        ui::MainWindow first;
        ASSERT_TRUE(first.openFile(file));
        ASSERT_TRUE(ui::planFileHolder(ui::defaultPlanLockDirectory(), file).has_value());
        ASSERT_TRUE(first.newPlan()); // New leaves the file
        EXPECT_FALSE(ui::planFileHolder(ui::defaultPlanLockDirectory(), file).has_value());
        ASSERT_TRUE(first.openFile(file));
        EXPECT_TRUE(first.openFile(file)) << "reopening its own file asks nothing";
        first.close();
        EXPECT_FALSE(ui::planFileHolder(ui::defaultPlanLockDirectory(), file).has_value()) << "closed";
    }
    EXPECT_TRUE(other.openFile(file));
    EXPECT_TRUE(m_asked.empty());
    EXPECT_FALSE(other.isReadOnly());
}

TEST_F(FileHandling, AnotherInstanceHoldingThePlanIsNamedInTheQuestion)
{
    const auto file = m_dir.file("plan.waveplan");
    ASSERT_TRUE(savePlan(test::generatePlan(65), PlanLocation::ofFile(file)));
    const QString locks = QString::fromStdString(m_dir.file("locks").string());
    std::filesystem::create_directories(m_dir.file("locks"));
    // What another instance on another machine wrote into the lock it holds.
    std::optional<FileLock> held = FileLock::tryLock(ui::planLockPath(locks, file), "process 4242 on studio-pc");
    ASSERT_TRUE(held.has_value());
    ui::MainWindow window;
    window.setLockDirectory(locks);
    QString told;
    window.setPrompt([&](Question, const QString &detail) {
        told = detail;
        return QMessageBox::Open;
    });

    ASSERT_TRUE(window.openFile(file));

    EXPECT_EQ(told, QStringLiteral("\u201cplan.waveplan\u201d is already open in another Waveplan window (process 4242 on "
                                   "studio-pc)."));
    EXPECT_TRUE(window.isReadOnly());
    held.reset(); // the other instance closes it: a reopen is no longer read-only
    window.setPrompt({});
    ASSERT_TRUE(window.openFile(file));
    EXPECT_FALSE(window.isReadOnly());
}

TEST_F(FileHandling, OneFileReachedThroughASymbolicLinkIsStillTheOpenFile)
{
    const auto file = m_dir.file("plan.waveplan");
    ASSERT_TRUE(savePlan(test::generatePlan(66), PlanLocation::ofFile(file)));
    std::filesystem::create_symlink(file, m_dir.file("shortcut.waveplan"));
    ui::MainWindow first;
    ASSERT_TRUE(first.openFile(file));
    ui::MainWindow second;
    answerWith(second, QMessageBox::Cancel);

    EXPECT_FALSE(second.openFile(m_dir.file("shortcut.waveplan")));

    EXPECT_EQ(m_asked, std::vector<Question>{Question::FileInUse});
}
