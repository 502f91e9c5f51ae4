#include "ui/settings/plan_settings_dialog.h"

#include "ui/document/plan_document.h"

#include <QCheckBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QUndoStack>
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
    m_startDate->setAccessibleName(tr("Start date"));
    form->addRow(tr("&Start date:"), m_startDate);

    m_waveLength = new QSpinBox(this);
    m_waveLength->setRange(1, 365);
    m_waveLength->setSuffix(tr(" days"));
    m_waveLength->setValue(current.waveLengthDays);
    m_waveLength->setAccessibleName(tr("Wave length in days"));
    form->addRow(tr("&Wave length:"), m_waveLength);

    m_horizon = new QSpinBox(this);
    m_horizon->setRange(1, 40);
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

bool PlanSettingsDialog::applyTo(PlanDocument *document) const
{
    QUndoCommand *command = makeEditPlanSettingsCommand(document, settings());
    if (command == nullptr)
        return false;
    document->undoStack()->push(command);
    return true;
}

bool PlanSettingsDialog::editPlanSettings(PlanDocument *document, QWidget *parent)
{
    PlanSettingsDialog dialog(settingsOf(document->plan()), parent);
    return dialog.exec() == QDialog::Accepted && dialog.applyTo(document);
}

} // namespace waveplan::ui
