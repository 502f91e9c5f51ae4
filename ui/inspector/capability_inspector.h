#pragma once
/// @file capability_inspector.h
/// The inspector dock: every field of the current capability as a form, and the schedule's
/// facts about it (wave, dates, slack, why it starts when it does and what would move it
/// earlier, with links to the capabilities that advice names). Each committed field edit
/// (Enter, or leaving the field) pushes one undo command; invalid input shows a message under
/// the form and pushes nothing. The form re-reads the document after every change, undo and
/// redo included, so it is a projection of the plan like every other view.

#include "core/model/capability.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace waveplan::ui {

class PlanDocument;
class SelectionModel;

class CapabilityInspector : public QWidget {
    Q_OBJECT
public:
    /// Follows `selection`'s current key in `document`; neither is owned.
    CapabilityInspector(PlanDocument *document, SelectionModel *selection, QWidget *parent = nullptr);
    ~CapabilityInspector() override;

    /// The key shown, or empty when nothing is selected (or the selection no longer exists).
    [[nodiscard]] QString shownKey() const { return m_key; }
    /// The last message about refused input, or empty.
    [[nodiscard]] QString message() const;

    /// The editors, for the dock's keyboard users and for tests (object names are the same).
    /// Puts the cursor in the Name field with its text selected, ready to be typed over (after
    /// Insert adds a capability).
    void editName();

    [[nodiscard]] QLineEdit *keyEdit() const { return m_keyEdit; }
    [[nodiscard]] QLineEdit *nameEdit() const { return m_nameEdit; }
    [[nodiscard]] QComboBox *kindCombo() const { return m_kind; }
    [[nodiscard]] QSpinBox *durationSpin() const { return m_duration; }
    [[nodiscard]] QLineEdit *demandEdit() const { return m_demand; }
    [[nodiscard]] QLineEdit *ownerEdit() const { return m_owner; }
    [[nodiscard]] QComboBox *approachCombo() const { return m_approach; }
    [[nodiscard]] QLineEdit *kpiEdit() const { return m_kpi; }
    [[nodiscard]] QSpinBox *technicalSpin() const { return m_technical; }
    [[nodiscard]] QSpinBox *skillsSpin() const { return m_skills; }
    [[nodiscard]] QLineEdit *valueEdit() const { return m_value; }
    [[nodiscard]] QLineEdit *costEdit() const { return m_cost; }
    [[nodiscard]] QSpinBox *earliestSpin() const { return m_earliest; }
    [[nodiscard]] QSpinBox *deadlineSpin() const { return m_deadline; }
    [[nodiscard]] QSpinBox *pinnedSpin() const { return m_pinned; }
    [[nodiscard]] QLineEdit *retiresEdit() const { return m_retires; }
    [[nodiscard]] QPlainTextEdit *notesEdit() const { return m_notes; }
    /// Progress (issue 15): planned, in progress or done, with the actual dates and the days
    /// left. A date editor at its minimum shows "none"; remaining days at 0 "worked out".
    [[nodiscard]] QComboBox *statusCombo() const { return m_status; }
    [[nodiscard]] QDateEdit *actualStartEdit() const { return m_actualStart; }
    [[nodiscard]] QDateEdit *actualFinishEdit() const { return m_actualFinish; }
    [[nodiscard]] QSpinBox *remainingSpin() const { return m_remaining; }
    /// Read-only schedule facts.
    [[nodiscard]] QLabel *waveLabel() const { return m_waveLabel; }
    [[nodiscard]] QLabel *datesLabel() const { return m_datesLabel; }
    [[nodiscard]] QLabel *slackLabel() const { return m_slackLabel; }
    /// Drift against the shown baseline; its row is hidden when no baseline is shown.
    [[nodiscard]] QLabel *driftLabel() const { return m_driftLabel; }
    [[nodiscard]] QLabel *reasonLabel() const { return m_reasonLabel; }
    /// "What would move it earlier?": the advice list (rich text); capability keys in it are
    /// links that select that capability.
    [[nodiscard]] QLabel *adviceLabel() const { return m_adviceLabel; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The fields an edit can change; each names the action in the Edit menu.
    enum class Field { Key, Name, Kind, Duration, Demand, Owner, Approach, Kpi, Technical, Skills, Process,
                       Value, Cost, Earliest, Deadline, Pinned, Retires, Notes };
    /// The progress editors, committed together through edit::recordProgress.
    enum class ProgressField { Status, ActualStart, ActualFinish, Remaining };

    void buildForm();
    QLineEdit *addLineEdit(QFormLayout *form, const QString &label, Field field);
    QSpinBox *addSpin(QFormLayout *form, const QString &label, int minimum, int maximum,
                      const QString &zeroText, Field field);
    void refresh();
    void refreshSchedule();
    /// Reads `field`'s editor into a copy of the capability and pushes the edit, or shows why not.
    void commit(Field field);
    /// The capability an edit of the form applies to, or null while the form is being filled
    /// or shows nothing.
    [[nodiscard]] const Capability *editedCapability() const;
    /// Reads the progress editors after `field` changed and pushes the report, or shows why not.
    void commitProgress(ProgressField field);
    QDateEdit *addDateEdit(QFormLayout *form, const QString &label, const QString &name, ProgressField field);
    [[nodiscard]] static QString fieldLabel(Field field);
    void showMessage(const QString &text);

    PlanDocument *m_document;
    SelectionModel *m_selection;
    QString m_key;
    bool m_loading = false;

    QLabel *m_hint = nullptr;
    QWidget *m_formWidget = nullptr;
    QLabel *m_message = nullptr;
    QLineEdit *m_keyEdit = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_duration = nullptr;
    QLineEdit *m_demand = nullptr;
    QLineEdit *m_owner = nullptr;
    QComboBox *m_approach = nullptr;
    QLineEdit *m_kpi = nullptr;
    QSpinBox *m_technical = nullptr;
    QSpinBox *m_skills = nullptr;
    QSpinBox *m_process = nullptr;
    QLineEdit *m_value = nullptr;
    QLineEdit *m_cost = nullptr;
    QSpinBox *m_earliest = nullptr;
    QSpinBox *m_deadline = nullptr;
    QSpinBox *m_pinned = nullptr;
    QLineEdit *m_retires = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QComboBox *m_status = nullptr;
    QDateEdit *m_actualStart = nullptr;
    QDateEdit *m_actualFinish = nullptr;
    QSpinBox *m_remaining = nullptr;
    QLabel *m_waveLabel = nullptr;
    QLabel *m_datesLabel = nullptr;
    QLabel *m_slackLabel = nullptr;
    QLabel *m_driftLabel = nullptr;
    QFormLayout *m_summary = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLabel *m_adviceLabel = nullptr;
};

} // namespace waveplan::ui
