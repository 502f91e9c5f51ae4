#pragma once
// Shared by the UI tests that edit a document: a document holding a given plan, a recorder of
// its planChanged signals, the undo/redo round trip every edit must pass, and the undo command
// for an edit a core builder made.

#include "ui/commands/plan_edit_command.h"
#include "ui/document/plan_document.h"
#include "ui/document/schedule_runner.h"

#include "core/edit/capability_edits.h"
#include "core/edit/dependency_edits.h"
#include "core/edit/settings_edits.h"
#include "core/edit/team_edits.h"

#include <QString>
#include <QStringList>
#include <QUndoCommand>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>
#include <string>
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

/// The undo command for an edit a builder accepted; a refusal fails the test (and gives a
/// command that changes nothing, so the test goes on to report what else is wrong).
inline QUndoCommand *editCommand(ui::PlanDocument *document, const Result<edit::PlanEdit> &built)
{
    if (!built.ok()) {
        ADD_FAILURE() << "the edit was refused: " << built.errorText();
        return new ui::PlanEditCommand(document, edit::PlanEdit{});
    }
    return new ui::PlanEditCommand(document, built.value());
}

/// Keys as core takes them.
inline std::vector<std::string> keysOf(const QStringList &keys)
{
    std::vector<std::string> result;
    for (const QString &key : keys)
        result.push_back(key.toStdString());
    return result;
}

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

/// Teams Data and Marketing, one person each: A (30 d) then B (30 d) after it on Data; C (20 d)
/// and D (10 d) on Marketing. Waves of 90 days.
inline Plan dataAndMarketingPlan()
{
    Plan plan;
    for (const char *name : {"Data", "Marketing"}) {
        Team team;
        team.name = name;
        team.capacity = 1;
        plan.teams.push_back(team);
    }
    const auto add = [&](const std::string &key, int days, const std::string &team) {
        Capability c;
        c.key = key;
        c.name = "Capability " + key;
        c.durationDays = days;
        c.demand.push_back({team, 1});
        plan.capabilities.push_back(c);
    };
    add("A", 30, "Data");
    add("B", 30, "Data");
    add("C", 20, "Marketing");
    add("D", 10, "Marketing");
    plan.dependencies.push_back({"A", "B", 0});
    return plan;
}

} // namespace waveplan::test
