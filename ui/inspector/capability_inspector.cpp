#include "ui/inspector/capability_inspector.h"

#include "core/edit/capability_edits.h"
#include "core/edit/progress_edits.h"
#include "core/model/cells/demand_cell.h"
#include "core/model/cells/value_cells.h"
#include "core/model/date.h"
#include "core/schedule/advice.h"
#include "core/schedule/baseline_drift.h"
#include "core/schedule/schedule.h"
#include "ui/commands/plan_edit_command.h"
#include "ui/commands/progress_marking.h"
#include "ui/document/plan_document.h"
#include "ui/inspector/advice_text.h"
#include "ui/text/qt_text.h"
#include "ui/text/wave_labels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace waveplan::ui {

namespace {

/// Fills `edit` and scrolls it to the beginning, so a long text shows its first words, not its last.
void showFromStart(QLineEdit *edit, const QString &text)
{
    edit->setText(text);
    edit->setCursorPosition(0);
}

std::optional<int> optionalFromSpin(const QSpinBox *spin)
{
    return spin->value() == 0 ? std::nullopt : std::optional<int>(spin->value());
}

QString iso(Date date) { return QString::fromStdString(formatIsoDate(date)); }

/// A date editor's "none": its minimum, shown as the special text.
const QDate kNoDate{1900, 1, 1};

std::optional<Date> optionalFromDateEdit(const QDateEdit *edit)
{
    return edit->date() == kNoDate ? std::nullopt : std::optional<Date>(fromQDate(edit->date()));
}

} // namespace

CapabilityInspector::CapabilityInspector(PlanDocument *document, SelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection)
{
    buildForm();
    connect(m_selection, &SelectionModel::selectionChanged, this, &CapabilityInspector::refresh);
    connect(m_document, &PlanDocument::planChanged, this, &CapabilityInspector::refresh);
    connect(m_document, &PlanDocument::scheduleChanged, this, &CapabilityInspector::refreshSchedule);
    connect(m_document, &PlanDocument::shownBaselineChanged, this, &CapabilityInspector::refreshSchedule);
    refresh();
}

CapabilityInspector::~CapabilityInspector()
{
    // QWidget's destructor deletes the fields after this one has run; a field losing the focus
    // then would commit into an inspector that is gone (UBSan). Nothing is listened to from here.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

QString CapabilityInspector::message() const { return m_message->text(); }

QLineEdit *CapabilityInspector::addLineEdit(QFormLayout *form, const QString &label, Field field)
{
    auto *edit = new QLineEdit(m_formWidget);
    edit->setAccessibleName(fieldLabel(field));
    edit->setObjectName(fieldLabel(field));
    form->addRow(label, edit);
    connect(edit, &QLineEdit::editingFinished, this, [this, field] { commit(field); });
    return edit;
}

QSpinBox *CapabilityInspector::addSpin(QFormLayout *form, const QString &label, int minimum, int maximum,
                                       const QString &zeroText, Field field)
{
    auto *spin = new QSpinBox(m_formWidget);
    spin->setRange(minimum, maximum);
    if (!zeroText.isEmpty())
        spin->setSpecialValueText(zeroText);
    spin->setAccessibleName(fieldLabel(field));
    spin->setObjectName(fieldLabel(field));
    form->addRow(label, spin);
    connect(spin, &QSpinBox::editingFinished, this, [this, field] { commit(field); });
    return spin;
}

QDateEdit *CapabilityInspector::addDateEdit(QFormLayout *form, const QString &label, const QString &name,
                                            ProgressField field)
{
    auto *edit = new QDateEdit(m_formWidget);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(tr("none"));
    edit->setObjectName(name);
    edit->setAccessibleName(name);
    form->addRow(label, edit);
    connect(edit, &QDateEdit::editingFinished, this, [this, field] { commitProgress(field); });
    return edit;
}

void CapabilityInspector::buildForm()
{
    auto *outer = new QVBoxLayout(this);
    m_hint = new QLabel(tr("Select a capability"), this);
    m_hint->setObjectName(QStringLiteral("selectHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    outer->addWidget(m_hint);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_formWidget = new QWidget(scroll);
    scroll->setWidget(m_formWidget);
    outer->addWidget(scroll, 1);
    // What a CMO asks first (when, why there, what would bring it forward) leads; the fields
    // that change it follow, below a rule.
    auto *stack = new QVBoxLayout(m_formWidget);
    auto *summary = new QFormLayout;
    summary->setObjectName(QStringLiteral("scheduleSummary"));
    stack->addLayout(summary);
    auto *rule = new QFrame(m_formWidget);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    stack->addWidget(rule);
    auto *form = new QFormLayout;
    stack->addLayout(form);
    stack->addStretch(1);

    m_waveLabel = new QLabel(m_formWidget);
    m_datesLabel = new QLabel(m_formWidget);
    m_slackLabel = new QLabel(m_formWidget);
    m_reasonLabel = new QLabel(m_formWidget);
    m_reasonLabel->setWordWrap(true);
    m_driftLabel = new QLabel(m_formWidget);
    m_driftLabel->setObjectName(QStringLiteral("baselineDrift"));
    m_driftLabel->setWordWrap(true);
    for (QLabel *label : {m_waveLabel, m_datesLabel, m_slackLabel, m_reasonLabel, m_driftLabel})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summary->addRow(tr("Wave:"), m_waveLabel);
    summary->addRow(tr("Start – finish:"), m_datesLabel);
    summary->addRow(tr("Slack:"), m_slackLabel);
    summary->addRow(tr("Baseline:"), m_driftLabel);
    m_summary = summary;
    summary->addRow(tr("Why here?"), m_reasonLabel);
    m_adviceLabel = new QLabel(m_formWidget);
    m_adviceLabel->setObjectName(QStringLiteral("moveEarlierAdvice"));
    m_adviceLabel->setAccessibleName(tr("What would move it earlier"));
    m_adviceLabel->setWordWrap(true);
    m_adviceLabel->setTextFormat(Qt::RichText);
    // Tab reaches the links and Enter follows one, as well as the mouse.
    m_adviceLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_adviceLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        if (const auto key = keyOfLink(link); key && m_document->plan().findCapability(key->toStdString()))
            m_selection->setSelectedKeys({*key});
    });
    summary->addRow(tr("Move it earlier:"), m_adviceLabel);

    m_keyEdit = addLineEdit(form, tr("&Key:"), Field::Key);
    m_nameEdit = addLineEdit(form, tr("&Name:"), Field::Name);
    m_kind = new QComboBox(m_formWidget);
    m_kind->addItem(tr("Foundational"), int(CapabilityKind::Foundational));
    m_kind->addItem(tr("Additive"), int(CapabilityKind::Additive));
    m_kind->setAccessibleName(fieldLabel(Field::Kind));
    form->addRow(tr("K&ind:"), m_kind);
    connect(m_kind, &QComboBox::activated, this, [this] { commit(Field::Kind); });
    m_duration = addSpin(form, tr("&Duration (days):"), 0, kMaxDurationDays, {}, Field::Duration);
    // Progress, as the plan is followed through the year.
    m_status = new QComboBox(m_formWidget);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setAccessibleName(tr("status"));
    m_status->addItem(tr("Planned"), int(WorkStatus::Planned));
    m_status->addItem(tr("In progress"), int(WorkStatus::InProgress));
    m_status->addItem(tr("Done"), int(WorkStatus::Done));
    m_status->setToolTip(tr("Marking work started or done re-plans from the plan's as-of date (today, if it has none)"));
    form->addRow(tr("Stat&us:"), m_status);
    connect(m_status, &QComboBox::activated, this, [this] { commitProgress(ProgressField::Status); });
    m_actualStart = addDateEdit(form, tr("Actual start:"), QStringLiteral("actual start"), ProgressField::ActualStart);
    m_actualFinish = addDateEdit(form, tr("Actual finish:"), QStringLiteral("actual finish"), ProgressField::ActualFinish);
    m_remaining = new QSpinBox(m_formWidget);
    m_remaining->setRange(0, kMaxDurationDays); // tracking.h: 1 to 100,000
    m_remaining->setSpecialValueText(tr("worked out"));
    m_remaining->setObjectName(QStringLiteral("remaining days"));
    m_remaining->setAccessibleName(tr("remaining days"));
    m_remaining->setToolTip(tr("Working days left from the as-of date; \"worked out\" = the duration less the "
                               "working days since the actual start"));
    form->addRow(tr("Days left:"), m_remaining);
    connect(m_remaining, &QSpinBox::editingFinished, this, [this] { commitProgress(ProgressField::Remaining); });
    m_demand = addLineEdit(form, tr("De&mand:"), Field::Demand);
    m_demand->setPlaceholderText(tr("Team:people; ..."));
    m_owner = addLineEdit(form, tr("&Owner:"), Field::Owner);
    m_approach = new QComboBox(m_formWidget);
    m_approach->addItem(tr("Unspecified"), int(Approach::Unspecified));
    m_approach->addItem(tr("Build"), int(Approach::Build));
    m_approach->addItem(tr("Buy"), int(Approach::Buy));
    m_approach->addItem(tr("Integrate"), int(Approach::Integrate));
    m_approach->setAccessibleName(fieldLabel(Field::Approach));
    form->addRow(tr("&Approach:"), m_approach);
    connect(m_approach, &QComboBox::activated, this, [this] { commit(Field::Approach); });
    m_kpi = addLineEdit(form, tr("KP&I:"), Field::Kpi);
    const QString notAssessed = tr("not assessed");
    m_technical = addSpin(form, tr("Technical readiness:"), 0, kMaxReadiness, notAssessed, Field::Technical);
    m_skills = addSpin(form, tr("Skills readiness:"), 0, kMaxReadiness, notAssessed, Field::Skills);
    m_process = addSpin(form, tr("Process readiness:"), 0, kMaxReadiness, notAssessed, Field::Process);
    m_value = addLineEdit(form, tr("&Value:"), Field::Value);
    m_cost = addLineEdit(form, tr("&Cost:"), Field::Cost);
    const QString none = tr("none");
    m_earliest = addSpin(form, tr("&Earliest wave:"), 0, kMaxWave, none, Field::Earliest);
    m_deadline = addSpin(form, tr("Dead&line wave:"), 0, kMaxWave, none, Field::Deadline);
    m_pinned = addSpin(form, tr("&Pinned wave:"), 0, kMaxWave, none, Field::Pinned);
    m_retires = addLineEdit(form, tr("&Retires:"), Field::Retires);

    m_notes = new QPlainTextEdit(m_formWidget);
    m_notes->setAccessibleName(fieldLabel(Field::Notes));
    m_notes->setTabChangesFocus(true);
    m_notes->installEventFilter(this);
    form->addRow(tr("No&tes:"), m_notes);


    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setAccessibleName(tr("Inspector message"));
    m_message->hide();
    outer->addWidget(m_message);
}

void CapabilityInspector::editName()
{
    if (!m_nameEdit->isEnabled())
        return;
    m_nameEdit->setFocus(Qt::OtherFocusReason);
    m_nameEdit->selectAll();
}

bool CapabilityInspector::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        commit(Field::Notes);
    return QWidget::eventFilter(watched, event);
}

void CapabilityInspector::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void CapabilityInspector::refresh()
{
    const QString key = m_selection->currentKey();
    const Capability *c = m_document->plan().findCapability(key.toStdString());
    if (key != m_key)
        showMessage({});
    m_key = c != nullptr ? key : QString();
    m_hint->setVisible(c == nullptr);
    m_formWidget->setEnabled(c != nullptr);
    m_loading = true;
    const Capability blank;
    const Capability &shown = c != nullptr ? *c : blank;
    showFromStart(m_keyEdit, QString::fromStdString(shown.key));
    showFromStart(m_nameEdit, QString::fromStdString(shown.name));
    m_kind->setCurrentIndex(m_kind->findData(int(shown.kind)));
    m_duration->setValue(shown.durationDays);
    showFromStart(m_demand, qs(formatDemandCell(shown.demand)));
    showFromStart(m_owner, QString::fromStdString(shown.owner));
    m_approach->setCurrentIndex(m_approach->findData(int(shown.approach)));
    showFromStart(m_kpi, QString::fromStdString(shown.kpi));
    m_technical->setValue(shown.readiness.technical.value_or(0));
    m_skills->setValue(shown.readiness.skills.value_or(0));
    m_process->setValue(shown.readiness.process.value_or(0));
    showFromStart(m_value, qs(formatOptionalDecimal(shown.value)));
    showFromStart(m_cost, qs(formatOptionalDecimal(shown.cost)));
    m_earliest->setValue(shown.earliestWave.value_or(0));
    m_deadline->setValue(shown.deadlineWave.value_or(0));
    m_pinned->setValue(shown.pinnedWave.value_or(0));
    showFromStart(m_retires, QString::fromStdString(shown.retires));
    if (m_notes->toPlainText() != QString::fromStdString(shown.notes))
        m_notes->setPlainText(QString::fromStdString(shown.notes));
    m_status->setCurrentIndex(m_status->findData(int(shown.status)));
    m_actualStart->setDate(shown.actualStart ? toQDate(*shown.actualStart) : kNoDate);
    m_actualFinish->setDate(shown.actualFinish ? toQDate(*shown.actualFinish) : kNoDate);
    m_remaining->setValue(shown.remainingDays.value_or(0));
    // Only what the status can have is editable (tracking.h).
    m_actualStart->setEnabled(shown.status != WorkStatus::Planned);
    m_actualFinish->setEnabled(shown.status == WorkStatus::Done);
    m_remaining->setEnabled(shown.status == WorkStatus::InProgress);
    m_loading = false;
    refreshSchedule();
}

void CapabilityInspector::refreshSchedule()
{
    const ScheduledCapability *s = m_key.isEmpty() ? nullptr : m_document->schedule().find(m_key.toStdString());
    const Baseline *baseline = m_document->shownBaseline();
    m_summary->setRowVisible(m_driftLabel, baseline != nullptr);
    if (s == nullptr) {
        const QString none = m_key.isEmpty() ? QString() : tr("not scheduled");
        for (QLabel *label : {m_waveLabel, m_datesLabel, m_slackLabel, m_reasonLabel, m_adviceLabel, m_driftLabel})
            label->setText(none);
        return;
    }
    const Plan &plan = m_document->plan();
    const auto named = [&plan](int wave) { // "2", or "2 – Q2 2027" when the waves are quarters
        const std::string quarter = quarterName(plan, wave);
        return quarter.empty() ? QString::number(wave) : tr("%1 – %2").arg(wave).arg(QString::fromStdString(quarter));
    };
    m_waveLabel->setText(s->goLiveWave == s->wave ? named(s->wave)
                                                  : tr("%1 (goes live in %2)").arg(named(s->wave), named(s->goLiveWave)));
    m_datesLabel->setText(tr("%1 – %2").arg(iso(waveplan::dateOfDay(plan, s->startDay)), iso(waveplan::dateOfDay(plan, s->lastDay()))));
    m_slackLabel->setText(s->critical ? tr("%n day(s), critical: a slip moves the end date", nullptr, s->slackDays)
                                      : tr("%n day(s)", nullptr, s->slackDays));
    m_reasonLabel->setText(QString::fromStdString(s->reason.sentence));
    if (baseline != nullptr) {
        const std::optional<BaselineDrift> drift = driftOf(*baseline, m_document->plan(), *s);
        m_driftLabel->setText(QString::fromStdString(driftSentence(*baseline, drift ? &*drift : nullptr)));
    }
    m_adviceLabel->setText(adviceHtml(moveEarlierAdvice(m_document->plan(), m_document->schedule(), s->key)));
}

QString CapabilityInspector::fieldLabel(Field field)
{
    switch (field) {
    case Field::Key: return tr("key");
    case Field::Name: return tr("name");
    case Field::Kind: return tr("kind");
    case Field::Duration: return tr("duration");
    case Field::Demand: return tr("demand");
    case Field::Owner: return tr("owner");
    case Field::Approach: return tr("approach");
    case Field::Kpi: return tr("KPI");
    case Field::Technical: return tr("technical readiness");
    case Field::Skills: return tr("skills readiness");
    case Field::Process: return tr("process readiness");
    case Field::Value: return tr("value");
    case Field::Cost: return tr("cost");
    case Field::Earliest: return tr("earliest wave");
    case Field::Deadline: return tr("deadline wave");
    case Field::Pinned: return tr("pinned wave");
    case Field::Retires: return tr("retires");
    case Field::Notes: return tr("notes");
    }
    return {};
}

const Capability *CapabilityInspector::editedCapability() const
{
    if (m_loading || m_key.isEmpty())
        return nullptr;
    return m_document->plan().findCapability(m_key.toStdString());
}

void CapabilityInspector::commitProgress(ProgressField field)
{
    const Capability *current = editedCapability();
    if (current == nullptr)
        return;
    const Plan &plan = m_document->plan();
    const Date today = todayDate();
    edit::ProgressReport report = edit::reportOf(*current);
    switch (field) {
    case ProgressField::Status: break;
    case ProgressField::ActualStart: report.actualStart = optionalFromDateEdit(m_actualStart); break;
    case ProgressField::ActualFinish: report.actualFinish = optionalFromDateEdit(m_actualFinish); break;
    case ProgressField::Remaining:
        report.remainingDays = m_remaining->value() == 0 ? std::nullopt : std::optional<int>(m_remaining->value());
        break;
    }
    const QString refused = pushEdit(
        m_document, field == ProgressField::Status
                        ? markStatus(plan, current->key, static_cast<WorkStatus>(m_status->currentData().toInt()), today)
                        : edit::recordProgress(plan, current->key, report, today));
    showMessage(refused);
    if (!refused.isEmpty())
        refresh(); // the editors show the plan again, not the refused value
}

void CapabilityInspector::commit(Field field)
{
    const Capability *current = editedCapability();
    if (current == nullptr)
        return;
    const Plan &plan = m_document->plan();
    Capability edited = *current;
    QString error;
    const auto text = [](const QLineEdit *edit) { return edit->text().trimmed().toStdString(); };
    switch (field) {
    case Field::Key:
        edited.key = str(m_keyEdit->text().trimmed()); // the edit's builder says why a key is refused
        break;
    case Field::Name: edited.name = text(m_nameEdit); break;
    case Field::Kind: edited.kind = static_cast<CapabilityKind>(m_kind->currentData().toInt()); break;
    case Field::Duration: edited.durationDays = m_duration->value(); break;
    case Field::Demand: {
        const auto demand = parseDemandCell(str(m_demand->text()), plan);
        if (!demand)
            error = qs(demand.errorText());
        else
            edited.demand = *demand;
        break;
    }
    case Field::Owner: edited.owner = text(m_owner); break;
    case Field::Approach: edited.approach = static_cast<Approach>(m_approach->currentData().toInt()); break;
    case Field::Kpi: edited.kpi = text(m_kpi); break;
    case Field::Technical: edited.readiness.technical = optionalFromSpin(m_technical); break;
    case Field::Skills: edited.readiness.skills = optionalFromSpin(m_skills); break;
    case Field::Process: edited.readiness.process = optionalFromSpin(m_process); break;
    case Field::Value:
    case Field::Cost: {
        QLineEdit *edit = field == Field::Value ? m_value : m_cost;
        const auto number = parseDecimalCell(str(edit->text()), str(fieldLabel(field)));
        if (!number)
            error = qs(number.errorText());
        else
            (field == Field::Value ? edited.value : edited.cost) = *number;
        break;
    }
    case Field::Earliest: edited.earliestWave = optionalFromSpin(m_earliest); break;
    case Field::Deadline: edited.deadlineWave = optionalFromSpin(m_deadline); break;
    case Field::Pinned: edited.pinnedWave = optionalFromSpin(m_pinned); break;
    case Field::Retires: edited.retires = text(m_retires); break;
    case Field::Notes: edited.notes = m_notes->toPlainText().toStdString(); break;
    }
    if (!error.isEmpty()) {
        showMessage(error);
        return;
    }
    if (edited == *current) {
        showMessage({});
        return;
    }
    const QString oldKey = m_key;
    const QString newKey = QString::fromStdString(edited.key);
    const QString action = field == Field::Key ? tr("Rename %1 to %2").arg(oldKey, newKey)
                                               : tr("Change %1 of %2").arg(fieldLabel(field), oldKey);
    const QString refused = pushEdit(m_document, edit::editCapability(plan, str(oldKey), edited, str(action)));
    showMessage(refused);
    if (!refused.isEmpty())
        return;
    if (newKey != oldKey) {
        QStringList keys = m_selection->selectedKeys();
        for (QString &selected : keys)
            if (selected == oldKey)
                selected = newKey;
        m_selection->setSelectedKeys(keys);
    }
}

} // namespace waveplan::ui
