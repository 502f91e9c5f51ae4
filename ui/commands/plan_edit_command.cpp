#include "ui/commands/plan_edit_command.h"

#include "ui/document/plan_document.h"

#include "core/log/logging.h"

#include <QUndoStack>

#include <spdlog/spdlog.h>

#include <utility>

namespace waveplan::ui {

namespace {

/// QUndoCommand::id() of map moves, so QUndoStack offers consecutive moves to mergeWith.
constexpr int kMoveId = 1;

} // namespace

PlanEditCommand::PlanEditCommand(PlanDocument *document, edit::PlanEdit edit, bool startsNewDrag)
    : QUndoCommand(QString::fromStdString(edit.summary.text))
    , m_document(document)
    , m_edit(std::move(edit))
    , m_startsNewDrag(startsNewDrag)
{
}

int PlanEditCommand::id() const
{
    return m_edit.summary.area == edit::EditArea::Positions ? kMoveId : -1;
}

bool PlanEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const PlanEditCommand *>(other);
    if (next->m_startsNewDrag)
        return false;
    std::optional<edit::PlanEdit> merged = edit::mergeReplacements(m_edit, next->m_edit);
    if (!merged)
        return false;
    m_edit = std::move(*merged);
    // Dragged back to where it started: the step changes nothing and leaves the stack.
    setObsolete(edit::changesNothing(m_edit));
    return true;
}

bool PlanEditCommand::changesSchedule() const
{
    // Map moves and baselines do not touch the schedule: nothing to remember or restore.
    return m_edit.summary.area != edit::EditArea::Positions && m_edit.summary.area != edit::EditArea::Baselines;
}

void PlanEditCommand::redo()
{
    const bool schedules = changesSchedule();
    if (schedules && !m_done)
        m_before = referenceOf(m_document->schedule());
    const ScheduleReference *returnTo = schedules && m_done ? &m_after : nullptr;
    if (const Result<edit::PlanEdit> done = m_document->apply(m_edit, returnTo); !done)
        log::get("ui")->error("redo of '{}' failed: {}", m_edit.summary.text, done.errorText());
    m_done = true;
}

void PlanEditCommand::undo()
{
    const bool schedules = changesSchedule();
    if (schedules)
        m_after = referenceOf(m_document->schedule());
    if (const Result<edit::PlanEdit> done = m_document->apply(edit::inverseOf(m_edit), schedules ? &m_before : nullptr); !done)
        log::get("ui")->error("undo of '{}' failed: {}", m_edit.summary.text, done.errorText());
}

QString pushEdit(PlanDocument *document, const Result<edit::PlanEdit> &built, bool startsNewDrag)
{
    if (!built) {
        const QString why = QString::fromStdString(built.errors().front().message);
        log::get("ui")->debug("edit refused: {}", built.errors().front().message);
        return why;
    }
    if (!built->empty())
        document->undoStack()->push(new PlanEditCommand(document, built.value(), startsNewDrag));
    return {};
}

} // namespace waveplan::ui
