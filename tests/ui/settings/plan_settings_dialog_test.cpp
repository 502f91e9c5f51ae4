#include "ui/settings/plan_settings_dialog.h"

#include "commands/command_test_support.h"
#include "schedule/plan_builder.h"

#include "core/model/plan_limits.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

using namespace waveplan;
using waveplan::test::documentWith;

namespace {

Plan settingsPlan() { return test::PlanBuilder(90, 4).team("Data", 2).capability("DATA", 10, "Data").build(); }

void typeInto(QSpinBox *spin, const QString &text)
{
    spin->selectAll();
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Return);
}

/// Once the dialog's event loop runs, lets `act` fill in the modal dialog then presses `button`.
void whenDialogOpens(std::function<void(ui::PlanSettingsDialog &)> act, QDialogButtonBox::StandardButton button)
{
    QTimer::singleShot(0, [act = std::move(act), button] {
        auto *dialog = qobject_cast<ui::PlanSettingsDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        act(*dialog);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(button), Qt::LeftButton);
    });
}

} // namespace

TEST(PlanSettingsDialog, ShowsThePlansSettings)
{
    auto doc = documentWith(settingsPlan());

    ui::PlanSettingsDialog dialog(settingsOf(doc->plan()));

    EXPECT_EQ(dialog.nameEdit()->text().toStdString(), doc->plan().name);
    EXPECT_EQ(dialog.startDateEdit()->text().toStdString(), formatIsoDate(doc->plan().startDate));
    EXPECT_EQ(dialog.waveLengthSpin()->value(), 90);
    EXPECT_EQ(dialog.horizonSpin()->value(), 4);
    EXPECT_TRUE(dialog.allowSpanCheck()->isChecked());
    EXPECT_EQ(dialog.settings(), settingsOf(doc->plan()));
}

TEST(PlanSettingsDialog, ChangingWaveLengthAndHorizonIsOneUndoStep)
{
    auto doc = documentWith(settingsPlan());
    const Plan before = doc->plan();
    ui::PlanSettingsDialog dialog(settingsOf(doc->plan()));

    typeInto(dialog.waveLengthSpin(), "60");
    typeInto(dialog.horizonSpin(), "6");
    QTest::mouseClick(dialog.allowSpanCheck(), Qt::LeftButton);
    dialog.startDateEdit()->setDate(QDate(2028, 2, 1));
    const bool applied = dialog.applyTo(doc.get());

    ASSERT_TRUE(applied);
    EXPECT_EQ(doc->undoStack()->count(), 1);
    EXPECT_EQ(doc->plan().waveLengthDays, 60);
    EXPECT_EQ(doc->plan().horizonWaves, 6);
    EXPECT_FALSE(doc->plan().allowSpan);
    EXPECT_EQ(formatIsoDate(doc->plan().startDate), "2028-02-01");
    doc->undoStack()->undo();
    EXPECT_TRUE(doc->plan() == before);
}

TEST(PlanSettingsDialog, SpinBoxesKeepWaveLengthAndHorizonWithinThePlanLimits)
{
    ui::PlanSettingsDialog dialog(settingsOf(settingsPlan()));

    dialog.waveLengthSpin()->setValue(0);
    dialog.horizonSpin()->setValue(kMaxHorizonWaves + 1);

    EXPECT_EQ(dialog.settings().waveLengthDays, 1);
    EXPECT_EQ(dialog.settings().horizonWaves, kMaxHorizonWaves);
    dialog.waveLengthSpin()->setValue(kMaxWaveLengthDays + 1);
    EXPECT_EQ(dialog.settings().waveLengthDays, kMaxWaveLengthDays);
}

TEST(PlanSettingsDialog, APlanAtTheLimitsOpensUnchanged)
{
    // A plan imported with a long wave and horizon: the dialog must not clip it on OK.
    PlanSettings wide = settingsOf(settingsPlan());
    wide.waveLengthDays = 400;
    wide.horizonWaves = 60;
    wide.startDate = Date{std::chrono::year{kMaxStartYear}, std::chrono::December, std::chrono::day{31}};
    ui::PlanSettingsDialog dialog(wide);

    EXPECT_EQ(dialog.settings(), wide);
}

TEST(PlanSettingsDialog, AcceptingTheDialogAppliesTheChangesAsOneStep)
{
    auto doc = documentWith(settingsPlan());
    const Plan before = doc->plan();
    whenDialogOpens(
        [](ui::PlanSettingsDialog &dialog) {
            dialog.nameEdit()->setText("Year one");
            dialog.waveLengthSpin()->setValue(30);
            dialog.horizonSpin()->setValue(12);
        },
        QDialogButtonBox::Ok);

    const bool changed = ui::editPlanSettings(doc.get(), nullptr);

    ASSERT_TRUE(changed);
    EXPECT_EQ(doc->undoStack()->count(), 1);
    EXPECT_EQ(doc->undoStack()->undoText(), "Change plan settings");
    EXPECT_EQ(doc->plan().name, "Year one");
    EXPECT_EQ(doc->plan().waveLengthDays, 30);
    EXPECT_EQ(doc->plan().horizonWaves, 12);
    doc->undoStack()->undo();
    EXPECT_TRUE(doc->plan() == before);
}

TEST(PlanSettingsDialog, OkWithoutChangesOrCancelPushesNothing)
{
    auto doc = documentWith(settingsPlan());
    whenDialogOpens([](ui::PlanSettingsDialog &) {}, QDialogButtonBox::Ok);
    const bool unchanged = ui::editPlanSettings(doc.get(), nullptr);
    whenDialogOpens([](ui::PlanSettingsDialog &dialog) { dialog.horizonSpin()->setValue(8); }, QDialogButtonBox::Cancel);
    const bool cancelled = ui::editPlanSettings(doc.get(), nullptr);

    EXPECT_FALSE(unchanged);
    EXPECT_FALSE(cancelled);
    EXPECT_EQ(doc->undoStack()->count(), 0);
    EXPECT_EQ(doc->plan().horizonWaves, 4);
}
