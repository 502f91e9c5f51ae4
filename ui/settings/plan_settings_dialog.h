#pragma once
/// @file plan_settings_dialog.h
/// The plan settings dialog: name, start date, horizon, whether capabilities may span waves, how
/// waves are cut (blocks of days, or calendar quarters from a fiscal-year start month) and the
/// working calendar (worked weekdays, holidays). OK applies every change as one undo step
/// ("Change plan settings"); nothing is pushed when nothing changed.

#include "core/model/plan_settings.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace waveplan::ui {

class PlanDocument;

class PlanSettingsDialog : public QDialog {
    Q_OBJECT
public:
    /// Shows `current` for editing.
    explicit PlanSettingsDialog(const PlanSettings &current, QWidget *parent = nullptr);

    /// The settings as the dialog shows them now.
    [[nodiscard]] PlanSettings settings() const;

    /// Pushes the dialog's settings on `document`'s undo stack; false when they equal the plan's
    /// or the plan refuses them (then `refused`, if given, says why).
    bool applyTo(PlanDocument *document, QString *refused = nullptr) const;

    /// Runs the dialog on `document`'s settings; on OK applies them as one undo step. A refusal
    /// is shown and the dialog opens again with what the user typed. Returns true when the plan
    /// changed.
    static bool editPlanSettings(PlanDocument *document, QWidget *parent = nullptr);

    /// Adds the holidays of a `date,name` spreadsheet (see holidays_csv.h) to the list: dates not
    /// listed yet are added, a date already listed takes the file's name. When the file cannot
    /// be read or has any error nothing changes and the result says what is wrong, a line per
    /// problem with its line and column. Returns an empty string on success.
    QString importHolidays(const QString &path);
    /// Adds a holiday row for the first date after the last one listed (or the start date) that
    /// is a worked day, and starts editing its name.
    void addHoliday();
    /// Removes the selected holiday rows.
    void removeSelectedHolidays();

    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    [[nodiscard]] QDateEdit *startDateEdit() const { return m_startDate; }
    [[nodiscard]] QComboBox *waveSchemeCombo() const { return m_waveScheme; }
    [[nodiscard]] QSpinBox *waveLengthSpin() const { return m_waveLength; }
    [[nodiscard]] QComboBox *fiscalYearStartCombo() const { return m_fiscalYearStart; }
    [[nodiscard]] QSpinBox *horizonSpin() const { return m_horizon; }
    [[nodiscard]] QCheckBox *allowSpanCheck() const { return m_allowSpan; }
    /// "Re-plan from": checked = the plan has an as-of date, the date beside it.
    [[nodiscard]] QCheckBox *asOfCheck() const { return m_asOfCheck; }
    [[nodiscard]] QDateEdit *asOfDateEdit() const { return m_asOf; }
    /// Monday first.
    [[nodiscard]] QCheckBox *weekdayCheck(int mondayFirstIndex) const { return m_weekdays.at(size_t(mondayFirstIndex)); }
    [[nodiscard]] QTableWidget *holidayTable() const { return m_holidays; }
    [[nodiscard]] QPushButton *removeHolidayButton() const { return m_removeHoliday; }

private:
    void addHolidayRow(const Holiday &holiday);
    void showSchemeChoice();
    void importHolidaysFromChosenFile();

    PlanSettings m_initial;
    QLineEdit *m_name = nullptr;
    QDateEdit *m_startDate = nullptr;
    QComboBox *m_waveScheme = nullptr;
    QSpinBox *m_waveLength = nullptr;
    QComboBox *m_fiscalYearStart = nullptr;
    QSpinBox *m_horizon = nullptr;
    QCheckBox *m_allowSpan = nullptr;
    QCheckBox *m_asOfCheck = nullptr;
    QDateEdit *m_asOf = nullptr;
    std::array<QCheckBox *, 7> m_weekdays{};
    QTableWidget *m_holidays = nullptr;
    QPushButton *m_removeHoliday = nullptr;
};

/// Convenience for the main window's "Plan settings..." action: PlanSettingsDialog::editPlanSettings.
inline bool editPlanSettings(PlanDocument *document, QWidget *parent = nullptr)
{
    return PlanSettingsDialog::editPlanSettings(document, parent);
}

} // namespace waveplan::ui
