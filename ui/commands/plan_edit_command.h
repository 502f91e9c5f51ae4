#pragma once
/// @file plan_edit_command.h
/// The one undo command of the desktop app: it applies an edit built by core/edit and, on
/// undo, its inverse. Every view makes its edits with core's builders and pushes them with
/// `pushEdit`, which hands back the builder's own message when the edit is refused.

#include "core/edit/plan_edit.h"
#include "core/schedule/schedule_reference.h"
#include "core/util/result.h"

#include <QString>
#include <QUndoCommand>

namespace waveplan::ui {

class PlanDocument;

/// Applies `edit` to the document on redo and its inverse on undo. Undo brings back the schedule
/// shown before the edit, and redo the one shown before the undo, each as it was (not a new
/// re-plan that could differ). Moves on the map merge into
/// the previous move of the same capabilities, so a whole drag is one undo step, unless
/// `startsNewDrag`; a drag that ends where it started leaves the stack.
class PlanEditCommand : public QUndoCommand {
public:
    PlanEditCommand(PlanDocument *document, edit::PlanEdit edit, bool startsNewDrag = false);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

private:
    /// False for map moves and baselines, which leave the schedule as it is.
    [[nodiscard]] bool changesSchedule() const;
    PlanDocument *m_document;
    edit::PlanEdit m_edit;
    bool m_startsNewDrag;
    bool m_done = false;           ///< redo has run once: later redos return to m_after
    ScheduleReference m_before;    ///< the schedule on screen before the edit
    ScheduleReference m_after;     ///< the schedule on screen before the last undo
};

/// Pushes the edit a builder made on the document's undo stack. Returns the builder's message
/// when it refused the edit; empty when the edit was pushed or would change nothing (nothing is
/// pushed then).
QString pushEdit(PlanDocument *document, const Result<edit::PlanEdit> &built, bool startsNewDrag = false);

} // namespace waveplan::ui
