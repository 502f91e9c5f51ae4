// Property: any sequence of edits, undone step by step, walks back through exactly the plans it
// went through, down to the original; redone, it ends at exactly the edited plan.

#include "ui/commands/capability_commands.h"
#include "ui/commands/dependency_commands.h"
#include "ui/commands/plan_commands.h"

#include "commands/command_test_support.h"
#include "support/plan_generator.h"

#include <map>
#include <random>

using namespace waveplan;
using waveplan::test::documentWith;

namespace {

class RandomEditor {
public:
    RandomEditor(ui::PlanDocument &document, std::uint64_t seed)
        : m_doc(document)
        , m_random(seed)
    {
    }

    /// A random edit of the document's current plan; nullptr when the chosen edit is refused.
    QUndoCommand *nextCommand()
    {
        const Plan &plan = m_doc.plan();
        ++m_serial;
        switch (pick(11)) {
        case 0: {
            Capability c;
            c.key = "NEW" + std::to_string(m_serial);
            c.name = "New capability " + std::to_string(m_serial);
            c.durationDays = 1 + pick(60);
            if (!plan.teams.empty())
                c.demand.push_back({plan.teams[pickIndex(plan.teams.size())].name, 1 + pick(2)});
            return ui::makeAddCapabilityCommand(&m_doc, c);
        }
        case 1: {
            QStringList keys;
            for (int i = 0, n = 1 + pick(3); i < n; ++i)
                keys.append(randomKey());
            return ui::makeRemoveCapabilitiesCommand(&m_doc, keys);
        }
        case 2: {
            const QString key = randomKey();
            const Capability *current = plan.findCapability(key.toStdString());
            if (!current)
                return nullptr;
            Capability edited = *current;
            switch (pick(4)) {
            case 0: edited.durationDays = 1 + pick(90); break;
            case 1: edited.name += " (revised)"; break;
            case 2: edited.kind = edited.kind == CapabilityKind::Additive ? CapabilityKind::Foundational : CapabilityKind::Additive; break;
            default: edited.key = "REN" + std::to_string(m_serial); break;
            }
            return ui::makeEditCapabilityCommand(&m_doc, key, edited, "Edit " + key);
        }
        case 3: {
            QHash<QString, MapPosition> positions;
            for (int i = 0, n = 1 + pick(2); i < n; ++i)
                positions.insert(randomKey(), MapPosition{double(pick(800)), double(pick(600))});
            return ui::makeMoveCapabilitiesCommand(&m_doc, positions, pick(2) == 0);
        }
        case 4:
            return ui::makeAddDependencyCommand(&m_doc, {randomKey().toStdString(), randomKey().toStdString(), pick(10)});
        case 5:
        case 6: {
            if (plan.dependencies.empty())
                return nullptr;
            const Dependency &d = plan.dependencies[pickIndex(plan.dependencies.size())];
            const QString from = QString::fromStdString(d.predecessor);
            const QString to = QString::fromStdString(d.successor);
            return pick(2) == 0 ? ui::makeRemoveDependencyCommand(&m_doc, from, to)
                                : ui::makeSetDependencyLagCommand(&m_doc, from, to, pick(20));
        }
        case 7: {
            ui::PlanSettings settings = ui::settingsOf(plan);
            settings.waveLengthDays = 30 + pick(90);
            settings.allowSpan = pick(2) == 0;
            return ui::makeEditPlanSettingsCommand(&m_doc, settings);
        }
        case 8:
            return ui::makeAddTeamCommand(&m_doc, Team{"Team " + std::to_string(m_serial), 1 + pick(5), {}, {}});
        case 9:
            return plan.teams.empty() ? nullptr
                                      : ui::makeRemoveTeamCommand(&m_doc, QString::fromStdString(plan.teams[pickIndex(plan.teams.size())].name));
        default: {
            if (plan.teams.empty())
                return nullptr;
            Team team = plan.teams[pickIndex(plan.teams.size())];
            const QString name = QString::fromStdString(team.name);
            if (pick(2) == 0)
                team.name = "Renamed " + std::to_string(m_serial);
            else
                team.capacity = 1 + pick(8);
            return ui::makeEditTeamCommand(&m_doc, name, team);
        }
        }
    }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    std::size_t pickIndex(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(m_random); }
    /// Usually an existing key, now and then an unknown one.
    QString randomKey()
    {
        const Plan &plan = m_doc.plan();
        if (plan.capabilities.empty() || pick(20) == 0)
            return QStringLiteral("UNKNOWN");
        return QString::fromStdString(plan.capabilities[pickIndex(plan.capabilities.size())].key);
    }

    ui::PlanDocument &m_doc;
    std::mt19937_64 m_random;
    int m_serial = 0;
};

} // namespace

TEST(RandomEdits, UndoAllRestoresTheOriginalAndRedoAllTheEditedPlan)
{
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        const Plan original = test::generatePlan(seed, {.capabilities = 25, .teams = 3, .dependencyDensity = 0.1});
        auto doc = documentWith(original);
        RandomEditor editor(*doc, seed);
        std::map<int, Plan> planAtIndex{{0, original}};
        int pushed = 0;

        for (int i = 0; i < 80; ++i) {
            QUndoCommand *command = editor.nextCommand();
            if (!command)
                continue;
            doc->undoStack()->push(command);
            ++pushed;
            planAtIndex[doc->undoStack()->index()] = doc->plan();
            ASSERT_TRUE(structuralErrors(doc->plan()).empty()) << "seed " << seed << " after " << command->text().toStdString();
        }
        const Plan edited = doc->plan();
        const int steps = doc->undoStack()->index();
        ASSERT_GT(pushed, 20) << "seed " << seed << ": too few edits were accepted to test anything";

        for (int index = steps - 1; index >= 0; --index) {
            doc->undoStack()->undo();
            ASSERT_TRUE(doc->plan() == planAtIndex.at(index)) << "seed " << seed << " undo to step " << index;
        }
        EXPECT_TRUE(doc->plan() == original) << "seed " << seed;
        doc->undoStack()->setIndex(steps);
        EXPECT_TRUE(doc->plan() == edited) << "seed " << seed;
    }
}
