// The map for yEd: the GraphML written is read back and compared with the map scene it came
// from: a node per capability with its card's rectangle, an edge per dependency in the right
// direction through the arrow's route, yEd's namespaces and keys.

#include "ui/map/capability_card.h"
#include "ui/map/dependency_arrow.h"
#include "ui/map/map_scene.h"
#include "ui/report/graphml_export.h"
#include "ui/report/report_scenes.h"
#include "ui/text/qt_text.h"

#include "graphml_reading.h"
#include "report_test_support.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace waveplan;
using namespace waveplan::ui;
using namespace waveplan::ui::report;

namespace {

/// The report's test plan, with a lag on its first dependency.
Plan graphmlTestPlan()
{
    Plan plan = test::reportTestPlan(20);
    plan.dependencies.front().lagDays = 5;
    return plan;
}

bool near(const QPointF &a, const QPointF &b)
{
    return std::abs(a.x() - b.x()) < 0.01 && std::abs(a.y() - b.y()) < 0.01;
}

bool near(const QRectF &a, const QRectF &b)
{
    return near(a.topLeft(), b.topLeft()) && near(a.bottomRight(), b.bottomRight());
}

class GraphmlExport : public ::testing::Test {
protected:
    const Plan plan = graphmlTestPlan();
    const ReportScenes scenes{plan, 200, false};
    const map::MapScene &scene = *scenes.mapScene();
    const test::GraphmlDocument written = test::readGraphml(mapGraphml(plan, scene));
};

} // namespace

TEST_F(GraphmlExport, IsWellFormedGraphmlWithYedsNamespacesAndKeys)
{
    EXPECT_TRUE(written.error.isEmpty()) << written.error.toStdString();
    EXPECT_EQ(written.rootNamespace, test::kGraphmlNamespace);
    EXPECT_EQ(written.yFilesKeys.value(QStringLiteral("nodegraphics")), QStringLiteral("d6"));
    EXPECT_EQ(written.yFilesKeys.value(QStringLiteral("edgegraphics")), QStringLiteral("d10"));
    const QList<QString> names = written.dataKeys.values();
    for (const char *name : {"name", "kind", "wave", "teams", "lag_days"})
        EXPECT_TRUE(names.contains(QLatin1String(name))) << name;
}

TEST_F(GraphmlExport, EveryCapabilityIsANodeWithItsCardsRectangle)
{
    ASSERT_EQ(written.nodes.size(), static_cast<qsizetype>(plan.capabilities.size()));
    for (qsizetype i = 0; i < written.nodes.size(); ++i) {
        const Capability &capability = plan.capabilities[static_cast<std::size_t>(i)];
        const test::GraphmlNode &node = written.nodes[i];
        const map::CapabilityCard *card = scene.card(qs(capability.key));
        ASSERT_NE(card, nullptr) << capability.key;
        EXPECT_EQ(node.id, qs(capability.key));
        EXPECT_EQ(node.label, qs(capability.key));
        EXPECT_GT(node.geometry.width(), 0) << capability.key;
        EXPECT_GT(node.geometry.height(), 0) << capability.key;
        EXPECT_TRUE(near(node.geometry, card->sceneCardRect())) << capability.key;
        EXPECT_EQ(node.data.value(QStringLiteral("name")), qs(capability.name));
        EXPECT_EQ(node.data.value(QStringLiteral("kind")), qs(std::string(toString(capability.kind))));
        EXPECT_EQ(node.data.value(QStringLiteral("wave")).toInt(), scenes.schedule().find(capability.key)->wave);
        EXPECT_EQ(node.shape, capability.kind == CapabilityKind::Foundational ? QStringLiteral("rectangle")
                                                                             : QStringLiteral("roundrectangle"));
        if (!capability.demand.empty()) {
            EXPECT_TRUE(node.data.value(QStringLiteral("teams")).contains(qs(capability.demand.front().team)));
        }
    }
}

TEST_F(GraphmlExport, EveryDependencyIsOneEdgeFromPredecessorToSuccessorWithItsLag)
{
    ASSERT_EQ(written.edges.size(), static_cast<qsizetype>(plan.dependencies.size()));
    for (const Dependency &dependency : plan.dependencies) {
        const auto matching = std::count_if(written.edges.begin(), written.edges.end(), [&](const test::GraphmlEdge &e) {
            return e.source == qs(dependency.predecessor) && e.target == qs(dependency.successor);
        });
        EXPECT_EQ(matching, 1) << dependency.predecessor << " -> " << dependency.successor;
    }
    const test::GraphmlEdge &lagged = written.edges.front();
    EXPECT_EQ(lagged.data.value(QStringLiteral("lag_days")), QStringLiteral("5"));
    EXPECT_EQ(lagged.label, QStringLiteral("+5 d lag"));
    EXPECT_TRUE(written.edges.back().label.isEmpty()) << "no label without a lag";
}

TEST_F(GraphmlExport, EdgesFollowTheArrowsRouteWithAnArrowheadAtTheSuccessor)
{
    int bends = 0;
    for (const test::GraphmlEdge &edge : written.edges) {
        const map::DependencyArrow *arrow = scene.arrow(edge.source, edge.target);
        ASSERT_NE(arrow, nullptr);
        const QPolygonF &route = arrow->route();
        ASSERT_GE(route.size(), 2);
        EXPECT_EQ(edge.targetArrow, QStringLiteral("standard"));
        EXPECT_TRUE(near(arrow->predecessor()->sceneCardRect().center() + edge.sourcePort, route.front()));
        EXPECT_TRUE(near(arrow->successor()->sceneCardRect().center() + edge.targetPort, route.back()));
        ASSERT_EQ(edge.bends.size(), route.size() - 2) << edge.source.toStdString() << " -> " << edge.target.toStdString();
        for (qsizetype i = 0; i < edge.bends.size(); ++i)
            EXPECT_TRUE(near(edge.bends[i], route[i + 1]));
        bends += static_cast<int>(edge.bends.size());
    }
    EXPECT_GT(bends, 0) << "the plan has arrows that pass a column";
}

TEST(GraphmlFile, IsNotWrittenOverAFileWithoutOverwrite)
{
    test::TempDir dir;
    const auto path = dir.write("map.graphml", "keep me");

    const Status refused = writeGraphmlFile(test::reportTestPlan(), 200, path, false);
    const std::string kept = test::readFile(path);
    const Status replaced = writeGraphmlFile(test::reportTestPlan(), 200, path, true);

    EXPECT_FALSE(refused);
    EXPECT_EQ(kept, "keep me");
    ASSERT_TRUE(replaced) << replaced.errorText();
    const test::GraphmlDocument map = test::readGraphml(QByteArray::fromStdString(test::readFile(path)));
    EXPECT_TRUE(map.error.isEmpty()) << map.error.toStdString();
    EXPECT_EQ(map.nodes.size(), 12);
}

TEST(GraphmlFile, AShownScheduleIsTheOneLaidOut)
{
    // A schedule that a fresh search would not give: a stable re-plan after pinning one
    // capability a wave later. The file lays out its waves, not a fresh search's.
    const Plan plan = test::reportTestPlan(20);
    ScheduleOptions budget;
    budget.budgetSchedules = 200;
    const Schedule before = computeSchedule(plan, budget);
    for (const ScheduledCapability &c : before.capabilities) {
        Plan edited = plan;
        edited.findCapability(c.key)->pinnedWave = c.wave + 1;
        const ScheduleReference reference = referenceOf(before);
        ScheduleOptions options = budget;
        options.reference = &reference;
        const Schedule shown = computeSchedule(edited, options);
        if (!shown.feasible || shown.capabilities == reportSchedule(edited, 200).capabilities)
            continue;
        test::TempDir dir;

        ASSERT_TRUE(writeGraphmlFile(edited, 200, dir.file("shown.graphml"), false, referenceOf(shown)));
        ASSERT_TRUE(writeGraphmlFile(edited, 200, dir.file("fresh.graphml"), false));

        const ReportScenes expected(edited, 200, false, referenceOf(shown));
        EXPECT_EQ(test::readFile(dir.file("shown.graphml")), mapGraphml(edited, *expected.mapScene()).toStdString());
        EXPECT_NE(test::readFile(dir.file("shown.graphml")), test::readFile(dir.file("fresh.graphml")));
        return;
    }
    FAIL() << "no pin gave a stable schedule different from a fresh one";
}
