#pragma once
// Shared by the undo command tests: a document holding a given plan, a recorder of its
// planChanged signals, and the undo/redo round trip every command must pass.

#include "ui/document/plan_document.h"
#include "ui/document/schedule_runner.h"

#include <QStringList>
#include <QUndoCommand>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>
#include <utility>
#include <vector>

namespace waveplan::test {

/// A document holding `plan` with a clean undo stack. The background search is off: these
/// tests are about edits, and the first schedule is still computed after each one.
inline std::unique_ptr<ui::PlanDocument> documentWith(const Plan &plan)
{
    auto document = std::make_unique<ui::PlanDocument>();
    document->scheduleRunner()->setImprovementEnabled(false);
    document->resetPlan(plan);
    return document;
}

/// Every planChanged signal a document emits, in order.
class ChangeRecorder {
public:
    explicit ChangeRecorder(ui::PlanDocument &document)
    {
        QObject::connect(&document, &ui::PlanDocument::planChanged, &m_context,
                         [this](ui::PlanChange change, const QStringList &keys) { changes.emplace_back(change, keys); });
    }
    std::vector<std::pair<ui::PlanChange, QStringList>> changes;

private:
    QObject m_context;
};

/// Pushes `command` (which must not be null) and checks the edit and its undo/redo round trip:
/// after the push the plan equals `expected`, after undo the plan it had before, after redo
/// `expected` again.
inline void expectRoundTrip(ui::PlanDocument &document, QUndoCommand *command, const Plan &expected)
{
    ASSERT_NE(command, nullptr);
    const Plan before = document.plan();
    document.undoStack()->push(command);
    EXPECT_TRUE(document.plan() == expected) << "the edit did not give the expected plan";
    document.undoStack()->undo();
    EXPECT_TRUE(document.plan() == before) << "undo did not restore the plan";
    document.undoStack()->redo();
    EXPECT_TRUE(document.plan() == expected) << "redo after undo did not give the edited plan";
}

} // namespace waveplan::test
