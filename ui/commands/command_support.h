#pragma once
/// @file command_support.h
/// Private to ui/commands: what every plan edit command shares.

#include "ui/document/plan_document.h"
#include "ui/qt_text.h"

#include <QString>
#include <QUndoCommand>

#include <cstddef>
#include <string>
#include <vector>

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

/// Inserts `item` at `index` of one of the plan's lists (`list`: teams, dependencies) on redo and
/// takes it out on undo, or the other way round when `inserts` is false (a delete).
template <typename T> class InsertListItem : public PlanCommand {
public:
    InsertListItem(PlanDocument *document, const QString &text, std::vector<T> Plan::*list, PlanChange change,
                   QStringList keys, T item, std::size_t index, bool inserts)
        : PlanCommand(document, text)
        , m_list(list)
        , m_change(change)
        , m_keys(std::move(keys))
        , m_item(std::move(item))
        , m_index(static_cast<std::ptrdiff_t>(index))
        , m_inserts(inserts)
    {
    }

    void redo() override { m_inserts ? insert() : remove(); }
    void undo() override { m_inserts ? remove() : insert(); }

private:
    void insert()
    {
        m_document->apply(m_change, m_keys, [this](Plan &plan) {
            std::vector<T> &items = plan.*m_list;
            items.insert(items.begin() + m_index, m_item);
        });
    }

    void remove()
    {
        m_document->apply(m_change, m_keys, [this](Plan &plan) {
            std::vector<T> &items = plan.*m_list;
            items.erase(items.begin() + m_index);
        });
    }

    std::vector<T> Plan::*m_list;
    PlanChange m_change;
    QStringList m_keys;
    T m_item;
    std::ptrdiff_t m_index;
    bool m_inserts;
};

/// True (and logged) when `edited` breaks a structural rule `current` does not: commands refuse
/// such edits, so the document never holds a plan that cannot be saved.
bool breaksStructure(const Plan &current, const Plan &edited);

} // namespace waveplan::ui::detail
