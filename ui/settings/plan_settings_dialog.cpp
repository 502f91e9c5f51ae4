#include "ui/settings/plan_settings_dialog.h"

#include "ui/commands/plan_edit_command.h"
#include "ui/document/plan_document.h"

#include "core/edit/settings_edits.h"
#include "core/model/plan_limits.h"

#include <QCheckBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QVBoxLayout>

namespace waveplan::ui {

namespace {

QDate toQDate(Date date)
{
    return QDate(int(date.year()), int(unsigned(date.month())), int(unsigned(date.day())));
}

Date fromQDate(const QDate &date)
{
    return Date{std::chrono::year{date.year()}, std::chrono::month{unsigned(date.month())},
                std::chrono::day{unsigned(date.day())}};
}

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

    m_waveLength = new QSpinBox(this);
    m_waveLength->setRange(1, kMaxWaveLengthDays);
    m_waveLength->setSuffix(tr(" days"));
    m_waveLength->setValue(current.waveLengthDays);
    m_waveLength->setAccessibleName(tr("Wave length in days"));
    form->addRow(tr("&Wave length:"), m_waveLength);

    m_horizon = new QSpinBox(this);
    m_horizon->setRange(1, kMaxHorizonWaves);
    m_horizon->setSuffix(tr(" waves"));
    m_horizon->setValue(current.horizonWaves);
    m_horizon->setAccessibleName(tr("Horizon in waves"));
    form->addRow(tr("&Horizon:"), m_horizon);

    m_allowSpan = new QCheckBox(tr("Capabilities may s&pan waves"), this);
    m_allowSpan->setChecked(current.allowSpan);
    form->addRow(QString(), m_allowSpan);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

PlanSettings PlanSettingsDialog::settings() const
{
    PlanSettings result = m_initial;
    result.name = m_name->text().trimmed().toStdString();
    result.startDate = fromQDate(m_startDate->date());
    result.waveLengthDays = m_waveLength->value();
    result.horizonWaves = m_horizon->value();
    result.allowSpan = m_allowSpan->isChecked();
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
