#pragma once
/// @file plan_settings_dialog.h
/// The plan settings dialog: name, start date, wave length, horizon and whether capabilities
/// may span waves. OK applies every change as one undo step ("Change plan settings"); nothing is
/// pushed when nothing changed.

#include "core/model/plan_settings.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

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

    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    [[nodiscard]] QDateEdit *startDateEdit() const { return m_startDate; }
    [[nodiscard]] QSpinBox *waveLengthSpin() const { return m_waveLength; }
    [[nodiscard]] QSpinBox *horizonSpin() const { return m_horizon; }
    [[nodiscard]] QCheckBox *allowSpanCheck() const { return m_allowSpan; }

private:
    PlanSettings m_initial;
    QLineEdit *m_name = nullptr;
    QDateEdit *m_startDate = nullptr;
    QSpinBox *m_waveLength = nullptr;
    QSpinBox *m_horizon = nullptr;
    QCheckBox *m_allowSpan = nullptr;
};

/// Convenience for the main window's "Plan settings..." action: PlanSettingsDialog::editPlanSettings.
inline bool editPlanSettings(PlanDocument *document, QWidget *parent = nullptr)
{
    return PlanSettingsDialog::editPlanSettings(document, parent);
}

} // namespace waveplan::ui
