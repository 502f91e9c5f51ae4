#include "ui/commands/schedule_step_command.h"

#include "ui/document/plan_document.h"

#include <utility>

namespace waveplan::ui {

ScheduleStepCommand::ScheduleStepCommand(PlanDocument *document, ScheduleReference before, ScheduleReference after,
                                         const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void ScheduleStepCommand::redo()
{
    m_document->showSchedule(m_after);
}

void ScheduleStepCommand::undo()
{
    m_document->showSchedule(m_before);
}

} // namespace waveplan::ui
