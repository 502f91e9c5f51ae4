#pragma once
/// @file command_support.h
/// Private to ui/commands: what every plan edit command shares.

#include "ui/document/plan_document.h"
#include "ui/qt_text.h"

#include <QString>
#include <QUndoCommand>

#include <string>

namespace waveplan::ui::detail {

/// Ids for QUndoCommand::id(), so QUndoStack can merge consecutive edits of one kind.
enum CommandId { MoveCapabilitiesId = 1 };

/// An undo command that edits one document's plan through PlanDocument::apply.
class PlanCommand : public QUndoCommand {
protected:
    PlanCommand(PlanDocument *document, const QString &text)
        : QUndoCommand(text)
        , m_document(document)
    {
    }

    PlanDocument *m_document;
};

/// True (and logged) when `edited` breaks a structural rule `current` does not: commands refuse
/// such edits, so the document never holds a plan that cannot be saved.
bool breaksStructure(const Plan &current, const Plan &edited);

} // namespace waveplan::ui::detail
