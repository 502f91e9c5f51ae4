#include "ui/settings/plan_settings_dialog.h"

#include "ui/commands/plan_edit_command.h"
#include "ui/document/plan_document.h"
#include "ui/import/csv_import.h"
#include "ui/text/wave_labels.h"

#include "core/edit/settings_edits.h"
#include "core/io/atomic_file.h"
#include "core/io/holidays_csv.h"
#include "core/model/plan_limits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace waveplan::ui {

namespace {

constexpr int kDateColumn = 0;
constexpr int kNameColumn = 1;
constexpr const char *kHolidayFolderSetting = "planSettings/holidaysFolder";

/// Shows a holiday's date as the files write it (2027-01-18) and edits it with a calendar
/// popup, so a holiday is always a real day.
class HolidayDateDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        if (value.typeId() == QMetaType::QDate)
            return value.toDate().toString(Qt::ISODate);
        return QStyledItemDelegate::displayText(value, locale);
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *dateEdit = qobject_cast<QDateEdit *>(editor)) {
            dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            dateEdit->setCalendarPopup(true);
        }
        return editor;
    }
};

} // namespace

PlanSettingsDialog::PlanSettingsDialog(const PlanSettings &current, QWidget *parent)
    : QDialog(parent), m_initial(current)
{
    setWindowTitle(tr("Plan Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_name = new QLineEdit(QString::fromStdString(current.name), this);
    m_name->setAccessibleName(tr("Plan name"));
    form->addRow(tr("&Name:"), m_name);

    m_startDate = new QDateEdit(toQDate(current.startDate), this);
    m_startDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_startDate->setCalendarPopup(true);
    m_startDate->setDateRange(QDate(kMinStartYear, 1, 1), QDate(kMaxStartYear, 12, 31));
    m_startDate->setAccessibleName(tr("Start date"));
    form->addRow(tr("&Start date:"), m_startDate);

    // Waves: blocks of days from the start, or the quarters of a (fiscal) year.
    m_waveScheme = new QComboBox(this);
    m_waveScheme->addItem(tr("Blocks of days from the start date"), int(WaveScheme::Days));
    m_waveScheme->addItem(tr("Calendar quarters (Q1 2027, ...)"), int(WaveScheme::Quarters));
    m_waveScheme->setCurrentIndex(current.waveScheme == WaveScheme::Quarters ? 1 : 0);
    m_waveScheme->setAccessibleName(tr("How waves are cut"));
    form->addRow(tr("Wa&ves:"), m_waveScheme);

    m_waveLength = new QSpinBox(this);
    m_waveLength->setRange(1, kMaxWaveLengthDays);
    m_waveLength->setSuffix(tr(" calendar days"));
    m_waveLength->setValue(current.waveLengthDays);
    m_waveLength->setAccessibleName(tr("Wave length in calendar days"));
    m_waveLength->setToolTip(tr("Each wave covers this many calendar days; work counts only the worked days in it."));
    form->addRow(tr("&Wave length:"), m_waveLength);

    m_fiscalYearStart = new QComboBox(this);
    const QLocale english(QLocale::English);
    for (int month = 1; month <= 12; ++month)
        m_fiscalYearStart->addItem(english.standaloneMonthName(month), month);
    m_fiscalYearStart->setCurrentIndex(std::clamp(current.fiscalYearStartMonth, 1, 12) - 1);
    m_fiscalYearStart->setAccessibleName(tr("Month the fiscal year starts"));
    m_fiscalYearStart->setToolTip(tr("Q1 begins in this month; a year starting after January is named after the year it ends in."));
    form->addRow(tr("&Fiscal year starts in:"), m_fiscalYearStart);
    connect(m_waveScheme, &QComboBox::currentIndexChanged, this, &PlanSettingsDialog::showSchemeChoice);
    showSchemeChoice();

    m_horizon = new QSpinBox(this);
    m_horizon->setRange(1, kMaxHorizonWaves);
    m_horizon->setSuffix(tr(" waves"));
    m_horizon->setValue(current.horizonWaves);
    m_horizon->setAccessibleName(tr("Horizon in waves"));
    form->addRow(tr("&Horizon:"), m_horizon);

    m_allowSpan = new QCheckBox(tr("Capabilities may s&pan waves"), this);
    m_allowSpan->setChecked(current.allowSpan);
    form->addRow(QString(), m_allowSpan);

    // The as-of date: the day progress describes, the first day of the re-plan.
    auto *asOfRow = new QHBoxLayout;
    m_asOfCheck = new QCheckBox(tr("&Re-plan from"), this);
    m_asOfCheck->setChecked(current.asOf.has_value());
    m_asOfCheck->setToolTip(tr("The as-of date: done work keeps its actual dates, work under way continues from "
                               "this day, and nothing planned starts before it."));
    m_asOf = new QDateEdit(toQDate(current.asOf.value_or(std::max(current.startDate, todayDate()))), this);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDateRange(QDate(kMinStartYear, 1, 1), QDate(kMaxStartYear, 12, 31));
    m_asOf->setAccessibleName(tr("As-of date"));
    m_asOf->setEnabled(m_asOfCheck->isChecked());
    connect(m_asOfCheck, &QCheckBox::toggled, m_asOf, &QWidget::setEnabled);
    auto *todayButton = new QPushButton(tr("&Today"), this);
    todayButton->setAccessibleName(tr("Re-plan from today"));
    connect(todayButton, &QPushButton::clicked, this, [this] {
        m_asOfCheck->setChecked(true);
        m_asOf->setDate(QDate::currentDate());
    });
    asOfRow->addWidget(m_asOfCheck);
    asOfRow->addWidget(m_asOf, 1);
    asOfRow->addWidget(todayButton);
    form->addRow(tr("As of:"), asOfRow);

    // The working calendar: which weekdays are worked, and the holidays.
    auto *calendarBox = new QGroupBox(tr("Working calendar: durations and lags count worked days"), this);
    auto *calendarLayout = new QVBoxLayout(calendarBox);
    auto *weekdayRow = new QHBoxLayout;
    weekdayRow->addWidget(new QLabel(tr("Worked days:"), calendarBox));
    for (int i = 0; i < 7; ++i) {
        // Qt numbers weekdays as ISO 8601 does, Monday = 1.
        auto *check = new QCheckBox(english.dayName(i + 1, QLocale::ShortFormat), calendarBox);
        check->setChecked(current.calendar.worked.at(size_t(i)));
        check->setAccessibleName(english.dayName(i + 1) + tr(" is worked"));
        m_weekdays.at(size_t(i)) = check;
        weekdayRow->addWidget(check);
    }
    weekdayRow->addStretch();
    calendarLayout->addLayout(weekdayRow);

    m_holidays = new QTableWidget(0, 2, calendarBox);
    m_holidays->setHorizontalHeaderLabels({tr("Holiday date"), tr("Name")});
    m_holidays->horizontalHeader()->setStretchLastSection(true);
    m_holidays->verticalHeader()->hide();
    m_holidays->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_holidays->setItemDelegateForColumn(kDateColumn, new HolidayDateDelegate(m_holidays));
    m_holidays->setAccessibleName(tr("Holidays"));
    m_holidays->setMinimumHeight(160);
    for (const Holiday &holiday : current.calendar.holidays)
        addHolidayRow(holiday);
    m_holidays->resizeColumnToContents(kDateColumn);
    calendarLayout->addWidget(m_holidays);

    auto *holidayButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add holiday"), calendarBox);
    m_removeHoliday = new QPushButton(tr("&Remove"), calendarBox);
    auto *import = new QPushButton(tr("&Import holidays.csv..."), calendarBox);
    import->setToolTip(tr("Adds the holidays of a spreadsheet with the columns date (YYYY-MM-DD) and name."));
    holidayButtons->addWidget(add);
    holidayButtons->addWidget(m_removeHoliday);
    holidayButtons->addStretch();
    holidayButtons->addWidget(import);
    calendarLayout->addLayout(holidayButtons);
    layout->addWidget(calendarBox);
    connect(add, &QPushButton::clicked, this, &PlanSettingsDialog::addHoliday);
    connect(m_removeHoliday, &QPushButton::clicked, this, &PlanSettingsDialog::removeSelectedHolidays);
    connect(import, &QPushButton::clicked, this, &PlanSettingsDialog::importHolidaysFromChosenFile);
    const auto showRemovable = [this] { m_removeHoliday->setEnabled(!m_holidays->selectedItems().isEmpty()); };
    connect(m_holidays, &QTableWidget::itemSelectionChanged, this, showRemovable);
    showRemovable();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void PlanSettingsDialog::showSchemeChoice()
{
    const bool quarters = m_waveScheme->currentData().toInt() == int(WaveScheme::Quarters);
    m_waveLength->setEnabled(!quarters);
    m_fiscalYearStart->setEnabled(quarters);
}

void PlanSettingsDialog::addHolidayRow(const Holiday &holiday)
{
    const int row = m_holidays->rowCount();
    m_holidays->insertRow(row);
    auto *date = new QTableWidgetItem;
    date->setData(Qt::EditRole, toQDate(holiday.date));
    m_holidays->setItem(row, kDateColumn, date);
    m_holidays->setItem(row, kNameColumn, new QTableWidgetItem(QString::fromStdString(holiday.name)));
}

void PlanSettingsDialog::addHoliday()
{
    QDate date = m_startDate->date();
    for (int row = 0; row < m_holidays->rowCount(); ++row)
        date = std::max(date, m_holidays->item(row, kDateColumn)->data(Qt::EditRole).toDate().addDays(1));
    const WorkCalendar calendar = settings().calendar;
    for (int tries = 0; tries < 7 && !calendar.isWorkday(fromQDate(date)); ++tries)
        date = date.addDays(1);
    addHolidayRow(Holiday{fromQDate(date), tr("Holiday").toStdString()});
    const int row = m_holidays->rowCount() - 1;
    m_holidays->setCurrentCell(row, kNameColumn);
    m_holidays->editItem(m_holidays->item(row, kNameColumn));
}

void PlanSettingsDialog::removeSelectedHolidays()
{
    std::vector<int> rows;
    for (const QTableWidgetItem *item : m_holidays->selectedItems())
        rows.push_back(item->row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : rows)
        m_holidays->removeRow(row);
}

QString PlanSettingsDialog::importHolidays(const QString &path)
{
    const Result<std::string> text = readWholeFile(path.toStdString());
    if (!text)
        return errorLines(text.errors()).join(QLatin1Char('\n'));
    CsvErrorList errors;
    const std::optional<std::vector<Holiday>> read =
        readHolidaysCsv(*text, QDir::toNativeSeparators(path).toStdString(), errors);
    if (!read)
        return errorLines(errors.sorted()).join(QLatin1Char('\n'));
    for (const Holiday &holiday : *read) {
        const QDate date = toQDate(holiday.date);
        int listed = -1;
        for (int row = 0; row < m_holidays->rowCount() && listed < 0; ++row)
            if (m_holidays->item(row, kDateColumn)->data(Qt::EditRole).toDate() == date)
                listed = row;
        if (listed >= 0)
            m_holidays->item(listed, kNameColumn)->setText(QString::fromStdString(holiday.name));
        else
            addHolidayRow(holiday);
    }
    m_holidays->resizeColumnToContents(kDateColumn);
    return {};
}

void PlanSettingsDialog::importHolidaysFromChosenFile()
{
    QSettings remembered;
    const QString folder = remembered.value(kHolidayFolderSetting, QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import holidays"), folder,
                                                      tr("Holiday spreadsheets (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    remembered.setValue(kHolidayFolderSetting, QFileInfo(path).absolutePath());
    const QString problem = importHolidays(path);
    if (!problem.isEmpty())
        QMessageBox::warning(this, tr("Import holidays"),
                             tr("No holidays were added: %1 has problems.\n\n%2")
                                 .arg(QFileInfo(path).fileName(), problem));
}

PlanSettings PlanSettingsDialog::settings() const
{
    PlanSettings result = m_initial;
    result.name = m_name->text().trimmed().toStdString();
    result.startDate = fromQDate(m_startDate->date());
    result.waveScheme = WaveScheme(m_waveScheme->currentData().toInt());
    result.waveLengthDays = m_waveLength->value();
    result.fiscalYearStartMonth = m_fiscalYearStart->currentData().toInt();
    result.horizonWaves = m_horizon->value();
    result.allowSpan = m_allowSpan->isChecked();
    result.asOf = m_asOfCheck->isChecked() ? std::optional<Date>(fromQDate(m_asOf->date())) : std::nullopt;
    for (size_t i = 0; i < m_weekdays.size(); ++i)
        result.calendar.worked.at(i) = m_weekdays.at(i)->isChecked();
    result.calendar.holidays.clear();
    for (int row = 0; row < m_holidays->rowCount(); ++row)
        result.calendar.holidays.push_back(
            Holiday{fromQDate(m_holidays->item(row, kDateColumn)->data(Qt::EditRole).toDate()),
                    m_holidays->item(row, kNameColumn)->text().trimmed().toStdString()});
    return result;
}

bool PlanSettingsDialog::applyTo(PlanDocument *document, QString *refused) const
{
    const Result<edit::PlanEdit> built = edit::editSettings(document->plan(), settings());
    const QString why = pushEdit(document, built);
    if (refused)
        *refused = why;
    return why.isEmpty() && !built->empty();
}

bool PlanSettingsDialog::editPlanSettings(PlanDocument *document, QWidget *parent)
{
    PlanSettingsDialog dialog(settingsOf(document->plan()), parent);
    while (dialog.exec() == QDialog::Accepted) {
        QString refused;
        if (dialog.applyTo(document, &refused))
            return true;
        if (refused.isEmpty())
            return false; // nothing changed
        QMessageBox::warning(&dialog, tr("Plan settings"), refused);
    }
    return false;
}

} // namespace waveplan::ui
