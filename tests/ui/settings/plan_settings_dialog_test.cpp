#include "ui/settings/plan_settings_dialog.h"

#include "commands/command_test_support.h"
#include "schedule/plan_builder.h"
#include "support/temp_dir.h"

#include "core/model/plan_limits.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
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

namespace {

Date day(int y, unsigned m, unsigned d) { return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}}; }

/// A plan worked Tuesday to Saturday with two holidays, in quarters of a year from July.
PlanSettings calendarSettings()
{
    PlanSettings settings = settingsOf(settingsPlan());
    settings.calendar.worked = {false, true, true, true, true, true, false};
    settings.calendar.holidays = {{day(2027, 1, 19), "Team day"}, {day(2027, 7, 3), "Independence Day (observed)"}};
    settings.waveScheme = WaveScheme::Quarters;
    settings.fiscalYearStartMonth = 7;
    return settings;
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QVariant value = table->item(row, column)->data(Qt::EditRole);
    return value.typeId() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate) : value.toString();
}

} // namespace

TEST(PlanSettingsDialog, ShowsTheWorkingCalendarAndTheWaveScheme)
{
    ui::PlanSettingsDialog dialog(calendarSettings());

    std::vector<bool> worked;
    for (int i = 0; i < 7; ++i)
        worked.push_back(dialog.weekdayCheck(i)->isChecked());
    EXPECT_EQ(worked, (std::vector<bool>{false, true, true, true, true, true, false}));
    EXPECT_EQ(dialog.weekdayCheck(0)->text(), "Mon");
    ASSERT_EQ(dialog.holidayTable()->rowCount(), 2);
    EXPECT_EQ(cell(dialog.holidayTable(), 0, 0), "2027-01-19");
    EXPECT_EQ(cell(dialog.holidayTable(), 1, 1), "Independence Day (observed)");
    EXPECT_EQ(dialog.waveSchemeCombo()->currentIndex(), 1);
    EXPECT_EQ(dialog.fiscalYearStartCombo()->currentText(), "July");
    EXPECT_TRUE(dialog.fiscalYearStartCombo()->isEnabled());
    EXPECT_FALSE(dialog.waveLengthSpin()->isEnabled()) << "quarters have no wave length to set";
    EXPECT_EQ(dialog.settings(), calendarSettings());
}

TEST(PlanSettingsDialog, ChoosingBlocksOfDaysEnablesTheWaveLengthInsteadOfTheFiscalYear)
{
    ui::PlanSettingsDialog dialog(calendarSettings());

    dialog.waveSchemeCombo()->setCurrentIndex(0);

    EXPECT_TRUE(dialog.waveLengthSpin()->isEnabled());
    EXPECT_FALSE(dialog.fiscalYearStartCombo()->isEnabled());
    EXPECT_EQ(dialog.settings().waveScheme, WaveScheme::Days);
}

TEST(PlanSettingsDialog, AWorkingCalendarMovesTheDatesAndUndoesInOneStep)
{
    // DATA takes 10 working days from Monday 4 January 2027. Worked Monday to Friday with a
    // holiday on Tuesday 5 January, they are the 4th, 6th-8th, 11th-15th and 18th: it finishes
    // on Monday 18 January instead of Wednesday 13 January.
    auto doc = documentWith(settingsPlan());
    const Plan before = doc->plan();
    ASSERT_EQ(formatIsoDate(dateOfDay(doc->plan(), doc->schedule().find("DATA")->lastDay())), "2027-01-13");
    ui::PlanSettingsDialog dialog(settingsOf(doc->plan()));

    dialog.weekdayCheck(5)->setChecked(false);
    dialog.weekdayCheck(6)->setChecked(false);
    dialog.addHoliday();
    dialog.holidayTable()->item(0, 0)->setData(Qt::EditRole, QDate(2027, 1, 5));
    dialog.holidayTable()->item(0, 1)->setText("Founders' day");
    QString refused;
    const bool applied = dialog.applyTo(doc.get(), &refused);

    ASSERT_TRUE(applied) << refused.toStdString();
    EXPECT_EQ(doc->undoStack()->count(), 1);
    EXPECT_EQ(formatWorkedWeekdays(doc->plan().calendar.worked), "mon-fri");
    EXPECT_EQ(doc->plan().calendar.holidays, (std::vector<Holiday>{{day(2027, 1, 5), "Founders' day"}}));
    EXPECT_EQ(formatIsoDate(dateOfDay(doc->plan(), doc->schedule().find("DATA")->lastDay())), "2027-01-18");
    doc->undoStack()->undo();
    EXPECT_TRUE(doc->plan() == before);
}

TEST(PlanSettingsDialog, SwitchingToQuartersIsKeptInThePlan)
{
    auto doc = documentWith(settingsPlan());
    ui::PlanSettingsDialog dialog(settingsOf(doc->plan()));

    dialog.waveSchemeCombo()->setCurrentIndex(1);
    dialog.fiscalYearStartCombo()->setCurrentIndex(3); // April

    ASSERT_TRUE(dialog.applyTo(doc.get()));
    EXPECT_EQ(doc->plan().waveScheme, WaveScheme::Quarters);
    EXPECT_EQ(doc->plan().fiscalYearStartMonth, 4);
    // January 2027 is in the last quarter of the fiscal year April 2026 to March 2027.
    EXPECT_EQ(quarterName(doc->plan(), 1), "Q4 2027");
}

TEST(PlanSettingsDialog, ACalendarWithoutAWorkedDayIsRefusedWithAReason)
{
    auto doc = documentWith(settingsPlan());
    const Plan before = doc->plan();
    ui::PlanSettingsDialog dialog(settingsOf(doc->plan()));

    for (int i = 0; i < 7; ++i)
        dialog.weekdayCheck(i)->setChecked(false);
    QString refused;
    const bool applied = dialog.applyTo(doc.get(), &refused);

    EXPECT_FALSE(applied);
    EXPECT_TRUE(refused.contains("weekday")) << refused.toStdString();
    EXPECT_EQ(doc->undoStack()->count(), 0);
    EXPECT_TRUE(doc->plan() == before);
}

TEST(PlanSettingsDialog, AHolidayWithoutANameIsRefusedWithAReason)
{
    auto doc = documentWith(settingsPlan());
    ui::PlanSettingsDialog dialog(settingsOf(doc->plan()));

    dialog.addHoliday();
    dialog.holidayTable()->item(0, 1)->setText("  ");
    QString refused;
    const bool applied = dialog.applyTo(doc.get(), &refused);

    EXPECT_FALSE(applied);
    EXPECT_TRUE(refused.contains("name")) << refused.toStdString();
    EXPECT_TRUE(doc->plan().calendar.holidays.empty());
}

TEST(PlanSettingsDialog, AddHolidayTakesTheNextWorkedDayAfterTheLastListed)
{
    PlanSettings settings = calendarSettings(); // Tuesday to Saturday; last holiday Sat 3 July
    ui::PlanSettingsDialog dialog(settings);

    dialog.addHoliday();

    ASSERT_EQ(dialog.holidayTable()->rowCount(), 3);
    // Sunday 4 and Monday 5 July are not worked.
    EXPECT_EQ(cell(dialog.holidayTable(), 2, 0), "2027-07-06");
    EXPECT_EQ(dialog.holidayTable()->currentColumn(), 1) << "the name is edited next";
}

TEST(PlanSettingsDialog, RemoveDeletesTheSelectedHolidays)
{
    ui::PlanSettingsDialog dialog(calendarSettings());
    EXPECT_FALSE(dialog.removeHolidayButton()->isEnabled());

    dialog.holidayTable()->selectRow(0);
    ASSERT_TRUE(dialog.removeHolidayButton()->isEnabled());
    QTest::mouseClick(dialog.removeHolidayButton(), Qt::LeftButton);

    EXPECT_EQ(dialog.settings().calendar.holidays,
              (std::vector<Holiday>{{day(2027, 7, 3), "Independence Day (observed)"}}));
}

TEST(PlanSettingsDialog, ImportingHolidaysAddsNewDatesAndRenamesListedOnes)
{
    test::TempDir dir;
    const auto file = dir.write("holidays.csv", "name,date\nMartin Luther King Jr. Day,2027-01-18\nTeam offsite,2027-01-19\n");
    ui::PlanSettingsDialog dialog(calendarSettings());

    const QString problem = dialog.importHolidays(QString::fromStdString(file.string()));

    EXPECT_TRUE(problem.isEmpty()) << problem.toStdString();
    EXPECT_EQ(dialog.settings().calendar.holidays,
              (std::vector<Holiday>{{day(2027, 1, 19), "Team offsite"},
                                    {day(2027, 7, 3), "Independence Day (observed)"},
                                    {day(2027, 1, 18), "Martin Luther King Jr. Day"}}));
}

TEST(PlanSettingsDialog, AHolidayFileWithErrorsChangesNothingAndSaysWhere)
{
    test::TempDir dir;
    const auto file = dir.write("holidays.csv", "date,name\n2027-01-18,MLK Day\n2027-02-30,Not a day\n");
    ui::PlanSettingsDialog dialog(calendarSettings());

    const QString problem = dialog.importHolidays(QString::fromStdString(file.string()));
    const QString missing = dialog.importHolidays(QString::fromStdString(dir.file("absent.csv").string()));

    EXPECT_TRUE(problem.contains("holidays.csv:3:1")) << problem.toStdString();
    EXPECT_TRUE(problem.contains("2027-02-30")) << problem.toStdString();
    EXPECT_TRUE(missing.contains("absent.csv")) << missing.toStdString();
    EXPECT_EQ(dialog.settings(), calendarSettings());
}

TEST(PlanSettingsDialog, ReplanningFromAnAsOfDateMovesWorkNotStartedToItAndClearingItUndoes)
{
    // DATA (10 days from Monday 4 January 2027, every day worked) has not started: re-planned as
    // of 1 March, it starts that day.
    auto doc = documentWith(settingsPlan());
    ui::PlanSettingsDialog dialog(settingsOf(doc->plan()));
    EXPECT_FALSE(dialog.asOfCheck()->isChecked()) << "a plan without an as-of date";
    EXPECT_FALSE(dialog.asOfDateEdit()->isEnabled());

    dialog.asOfCheck()->setChecked(true);
    EXPECT_TRUE(dialog.asOfDateEdit()->isEnabled());
    dialog.asOfDateEdit()->setDate(QDate(2027, 3, 1));
    ASSERT_TRUE(dialog.applyTo(doc.get()));
    EXPECT_EQ(doc->plan().asOf, day(2027, 3, 1));
    EXPECT_EQ(formatIsoDate(dateOfDay(doc->plan(), doc->schedule().find("DATA")->startDay)), "2027-03-01");

    ui::PlanSettingsDialog again(settingsOf(doc->plan()));
    EXPECT_TRUE(again.asOfCheck()->isChecked());
    EXPECT_EQ(again.asOfDateEdit()->date(), QDate(2027, 3, 1));
    again.asOfCheck()->setChecked(false);
    ASSERT_TRUE(again.applyTo(doc.get()));
    EXPECT_FALSE(doc->plan().asOf);
    EXPECT_EQ(doc->schedule().find("DATA")->startDay, 0);
}
