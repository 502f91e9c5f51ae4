#pragma once
/// @file schedule_step_command.h
/// An undo step that changes the schedule and not the plan: Schedule > Optimise whole plan.
/// Redo shows the new schedule, undo the one before, each exactly as it was.

#include "core/schedule/schedule_reference.h"

#include <QString>
#include <QUndoCommand>

namespace waveplan::ui {

class PlanDocument;

class ScheduleStepCommand : public QUndoCommand {
public:
    ScheduleStepCommand(PlanDocument *document, ScheduleReference before, ScheduleReference after, const QString &text);

    void redo() override;
    void undo() override;

private:
    PlanDocument *m_document;
    ScheduleReference m_before;
    ScheduleReference m_after;
};

} // namespace waveplan::ui
