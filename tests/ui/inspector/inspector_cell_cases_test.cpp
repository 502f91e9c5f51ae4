// The shared table of cells (support/cell_cases.h) typed into the inspector: the same cells are
// accepted with the same values, or refused with the same words and nothing pushed.
#include "ui/inspector/capability_inspector.h"

#include "commands/command_test_support.h"
#include "support/cell_cases.h"

#include <QLineEdit>
#include <QTest>

#include <functional>

using namespace waveplan;
using namespace waveplan::test;

namespace {

/// A document on the cell plan with CDP selected in a shown inspector.
struct CellFixture {
    std::unique_ptr<ui::PlanDocument> document = documentWith(cellCasePlan());
    ui::SelectionModel selection;
    ui::CapabilityInspector inspector{document.get(), &selection};

    CellFixture()
    {
        inspector.show();
        selection.setSelectedKeys({QString::fromStdString(kCaseCapability)});
    }
    [[nodiscard]] const Capability &typed() const { return *document->plan().findCapability(kCaseCapability); }
};

/// Success when typing the case's cell into the edit `editOf` picks gives what the case says:
/// `valueOf` the capability and no message, or the words in the message and the plan unchanged.
template <typename T>
::testing::AssertionResult typingMatches(const CellCase<T> &expected,
                                         const std::function<QLineEdit *(const ui::CapabilityInspector &)> &editOf,
                                         const std::function<T(const Capability &)> &valueOf)
{
    CellFixture f;
    const Plan before = f.document->plan();
    QLineEdit *edit = editOf(f.inspector);
    edit->clear();
    QTest::keyClicks(edit, QString::fromStdString(expected.cell));
    QTest::keyClick(edit, Qt::Key_Return);

    const std::string message = f.inspector.message().toStdString();
    if (expected.accepted()) {
        if (!message.empty())
            return ::testing::AssertionFailure() << "refused: " << message;
        if (!(valueOf(f.typed()) == expected.value))
            return ::testing::AssertionFailure() << "accepted with another value";
        return ::testing::AssertionSuccess();
    }
    if (!(f.document->plan() == before))
        return ::testing::AssertionFailure() << "the plan changed";
    if (!holdsAll(message, expected.words))
        return ::testing::AssertionFailure() << "refused with: " << message;
    return ::testing::AssertionSuccess();
}

} // namespace

TEST(InspectorCellCases, Demand)
{
    for (const DemandCase &c : demandCases())
        EXPECT_TRUE(typingMatches<std::vector<TeamDemand>>(
            c, [](const ui::CapabilityInspector &i) { return i.demandEdit(); },
            [](const Capability &capability) { return capability.demand; }))
            << "cell \"" << c.cell << "\"";
}

TEST(InspectorCellCases, Value)
{
    for (const DecimalCase &c : decimalCases())
        EXPECT_TRUE(typingMatches<std::optional<double>>(
            c, [](const ui::CapabilityInspector &i) { return i.valueEdit(); },
            [](const Capability &capability) { return capability.value; }))
            << "cell \"" << c.cell << "\"";
}
