// The shared table of cells (support/cell_cases.h) typed into the capability table: the same
// cells are accepted with the same values, or refused with the same words and nothing pushed,
// as in CSV import and the inspector.

#include "ui/table/capability_table_model.h"

#include "commands/command_test_support.h"
#include "support/cell_cases.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <functional>

using namespace waveplan;
using namespace waveplan::test;
using Model = ui::CapabilityTableModel;

namespace {

/// Success when setting the case's cell in `column` of the case capability's row gives what the
/// case says: `valueOf` the plan and no refusal, or a refusal holding the words and the
/// plan unchanged.
template <typename T>
::testing::AssertionResult cellMatches(const CellCase<T> &expected, int column,
                                       const std::function<T(const Plan &)> &valueOf)
{
    auto document = documentWith(cellCasePlan());
    Model model(document.get());
    QSignalSpy rejected(&model, &Model::editRejected);
    const Plan before = document->plan();
    const QModelIndex cell = model.index(model.rowOfKey(QString::fromStdString(kCaseCapability)), column);

    const bool accepted = model.setData(cell, QString::fromStdString(expected.cell), Qt::EditRole);

    const std::string message = rejected.isEmpty() ? std::string() : rejected.last().at(0).toString().toStdString();
    if (expected.accepted()) {
        if (!accepted)
            return ::testing::AssertionFailure() << "refused: " << message;
        if (!(valueOf(document->plan()) == expected.value))
            return ::testing::AssertionFailure() << "accepted with another value";
        return ::testing::AssertionSuccess();
    }
    if (accepted || !(document->plan() == before) || document->undoStack()->count() != 0)
        return ::testing::AssertionFailure() << "accepted a cell the grammar refuses";
    if (!holdsAll(message, expected.words))
        return ::testing::AssertionFailure() << "refused with: " << message;
    return ::testing::AssertionSuccess();
}

const Capability &typed(const Plan &plan)
{
    return *plan.findCapability(kCaseCapability);
}

} // namespace

TEST(TableCellCases, Demand)
{
    for (const DemandCase &c : demandCases())
        EXPECT_TRUE(cellMatches<std::vector<TeamDemand>>(c, Model::Teams, [](const Plan &p) { return typed(p).demand; }))
            << "cell \"" << c.cell << "\"";
}

TEST(TableCellCases, DependsOn)
{
    for (const DependsOnCase &c : dependsOnCases())
        EXPECT_TRUE(cellMatches<std::vector<Predecessor>>(c, Model::DependsOn, [](const Plan &p) {
            std::vector<Predecessor> predecessors;
            for (const Dependency *d : p.predecessorsOf(kCaseCapability))
                predecessors.push_back({d->predecessor, d->lagDays});
            return predecessors;
        })) << "cell \"" << c.cell << "\"";
}

TEST(TableCellCases, WavesReadinessAndDuration)
{
    for (const WholeCase &c : waveCases())
        EXPECT_TRUE(cellMatches<std::optional<int>>(c, Model::EarliestWave, [](const Plan &p) { return typed(p).earliestWave; }))
            << "cell \"" << c.cell << "\"";
    for (const WholeCase &c : readinessCases())
        EXPECT_TRUE(cellMatches<std::optional<int>>(c, Model::ReadinessTechnical,
                                                    [](const Plan &p) { return typed(p).readiness.technical; }))
            << "cell \"" << c.cell << "\"";
    for (const WholeCase &c : durationCases())
        EXPECT_TRUE(cellMatches<std::optional<int>>(
            c, Model::Duration, [](const Plan &p) { return std::optional<int>(typed(p).durationDays); }))
            << "cell \"" << c.cell << "\"";
}
