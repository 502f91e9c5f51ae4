// Property: on generated plans, every edit the builders accept keeps the plan structurally
// valid, its inverse restores the plan exactly, and a whole sequence of edits undone step by
// step walks back through exactly the plans it went through; redone, it ends at the edited plan.
// Thousands of edits, no Qt.

#include "core/edit/capability_edits.h"
#include "core/edit/dependency_edits.h"
#include "core/edit/settings_edits.h"
#include "core/edit/team_edits.h"

#include "support/plan_generator.h"

#include <gtest/gtest.h>

#include <random>

using namespace waveplan;
using namespace waveplan::edit;

namespace {

class RandomEditor {
public:
    explicit RandomEditor(std::uint64_t seed)
        : m_random(seed)
    {
    }

    /// A random edit of `plan`, built by one of the builders (accepted, refused or empty).
    Result<PlanEdit> next(const Plan &plan)
    {
        ++m_serial;
        const std::string serial = std::to_string(m_serial);
        switch (pick(13)) {
        case 0: {
            Capability c;
            c.key = pick(10) == 0 ? randomKey(plan) : "NEW" + serial; // now and then a taken key
            c.name = "New capability " + serial;
            c.durationDays = pick(10) == 0 ? 0 : 1 + pick(60);
            if (!plan.teams.empty())
                c.demand.push_back({randomTeam(plan), 1 + pick(2)});
            return addCapability(plan, c);
        }
        case 1: {
            std::vector<std::string> keys;
            for (int i = 0, n = 1 + pick(3); i < n; ++i)
                keys.push_back(randomKey(plan));
            return removeCapabilities(plan, keys);
        }
        case 2: {
            const std::string key = randomKey(plan);
            const Capability *current = plan.findCapability(key);
            if (!current)
                return editCapability(plan, key, Capability{});
            Capability edited = *current;
            switch (pick(6)) {
            case 0: edited.durationDays = pick(90); break;
            case 1: edited.name += " (revised)"; break;
            case 2: edited.kind = edited.kind == CapabilityKind::Additive ? CapabilityKind::Foundational : CapabilityKind::Additive; break;
            case 3: edited.pinnedWave = pick(5); break;
            case 4: edited.demand = {{randomTeam(plan), 1 + pick(3)}}; break;
            default: edited.key = pick(4) == 0 ? randomKey(plan) : "REN" + serial; break;
            }
            return editCapability(plan, key, edited);
        }
        case 3: {
            std::map<std::string, MapPosition> positions;
            for (int i = 0, n = 1 + pick(2); i < n; ++i)
                positions.emplace(randomKey(plan), MapPosition{double(pick(800)), double(pick(600))});
            return moveCapabilities(plan, positions);
        }
        case 4:
        case 5: return connect(plan, {randomKey(plan), randomKey(plan), pick(10)});
        case 6: {
            if (plan.dependencies.empty())
                return disconnect(plan, "A", "B");
            const Dependency d = plan.dependencies[pickIndex(plan.dependencies.size())];
            return pick(2) == 0 ? disconnect(plan, d.predecessor, d.successor)
                                : setLag(plan, d.predecessor, d.successor, pick(20) - 1);
        }
        case 7: {
            std::vector<Predecessor> links;
            for (int i = 0, n = pick(4); i < n; ++i)
                links.push_back({randomKey(plan), pick(8)});
            return setPredecessors(plan, randomKey(plan), links);
        }
        case 8: {
            PlanSettings settings = settingsOf(plan);
            settings.waveLengthDays = pick(10) == 0 ? 0 : 30 + pick(90);
            settings.allowSpan = pick(2) == 0;
            settings.name = "Plan " + serial;
            return editSettings(plan, settings);
        }
        case 9: return addTeam(plan, Team{pick(6) == 0 ? randomTeam(plan) : "Team " + serial, 1 + pick(5), {}, {}});
        case 10: return removeTeam(plan, randomTeam(plan));
        default: {
            const std::string name = randomTeam(plan);
            const Team *found = plan.findTeam(name);
            Team team = found ? *found : Team{};
            if (pick(2) == 0)
                team.name = "Renamed " + serial;
            else
                team.capacity = pick(8);
            return editTeam(plan, name, team);
        }
        }
    }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    std::size_t pickIndex(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(m_random); }
    /// Usually an existing key, now and then an unknown one.
    std::string randomKey(const Plan &plan)
    {
        if (plan.capabilities.empty() || pick(20) == 0)
            return "UNKNOWN";
        return plan.capabilities[pickIndex(plan.capabilities.size())].key;
    }
    std::string randomTeam(const Plan &plan)
    {
        if (plan.teams.empty() || pick(20) == 0)
            return "Nobody";
        return plan.teams[pickIndex(plan.teams.size())].name;
    }

    std::mt19937_64 m_random;
    int m_serial = 0;
};

} // namespace

TEST(RandomEdits, EachInverseRestoresThePlanAndUndoingAllWalksBackToTheOriginal)
{
    int accepted = 0;
    int refused = 0;
    for (std::uint64_t seed = 1; seed <= 25; ++seed) {
        const Plan original = test::generatePlan(seed, {.capabilities = 25, .teams = 3, .dependencyDensity = 0.1});
        RandomEditor editor(seed);
        Plan plan = original;
        std::vector<Plan> plans{original};
        std::vector<PlanEdit> edits;
        std::vector<PlanEdit> inverses;

        for (int i = 0; i < 120; ++i) {
            const Result<PlanEdit> built = editor.next(plan);
            if (!built) {
                ++refused;
                ASSERT_FALSE(built.errors().front().message.empty());
                continue;
            }
            if (built->empty())
                continue;
            ++accepted;
            const Plan before = plan;
            Result<PlanEdit> inverse = apply(plan, built.value());
            ASSERT_TRUE(inverse.ok()) << "seed " << seed << ": " << inverse.errorText();
            ASSERT_TRUE(structuralErrors(plan).empty()) << "seed " << seed << " after " << built->summary.text;
            ASSERT_FALSE(plan == before) << "seed " << seed << ": '" << built->summary.text << "' changed nothing";
            Plan undone = plan;
            ASSERT_TRUE(apply(undone, inverse.value()).ok());
            ASSERT_TRUE(undone == before) << "seed " << seed << ": the inverse of '" << built->summary.text
                                          << "' did not restore the plan";
            edits.push_back(built.value());
            inverses.push_back(inverse.value());
            plans.push_back(plan);
        }
        const Plan edited = plan;
        for (std::size_t step = inverses.size(); step-- > 0;) {
            ASSERT_TRUE(apply(plan, inverses[step]).ok()) << "seed " << seed << " undo " << step;
            ASSERT_TRUE(plan == plans[step]) << "seed " << seed << " undo to step " << step;
        }
        EXPECT_TRUE(plan == original) << "seed " << seed;
        for (const PlanEdit &edit : edits)
            ASSERT_TRUE(apply(plan, edit).ok()) << "seed " << seed << " redo '" << edit.summary.text << "'";
        EXPECT_TRUE(plan == edited) << "seed " << seed;
    }
    // The generator must exercise both sides, or the property says little.
    EXPECT_GT(accepted, 1000);
    EXPECT_GT(refused, 200);
}
