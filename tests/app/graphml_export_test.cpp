// export to .graphml: the real executable writes the sample's dependency map for yEd, read back
// with Qt's XML reader (a node per capability, an edge per dependency in its direction), and an
// existing file is only replaced with --force.

#include "plan_files.h"
#include "run_command.h"

#include "core/io/capabilities_csv.h"
#include "support/temp_dir.h"

#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <utility>

using namespace waveplan;
using test::kSampleCaps;
using test::kSampleTeams;
using test::runWaveplan;
using test::TempDir;

namespace {

/// What a GraphML file holds: its root's namespace, node ids with their geometry's size, edges.
struct WrittenMap {
    std::string rootNamespace;
    std::map<std::string, std::pair<double, double>> nodeSizes;
    std::multiset<std::pair<std::string, std::string>> edges;
    std::string error;
};

WrittenMap readMap(const std::string &bytes)
{
    WrittenMap map;
    QXmlStreamReader xml(QByteArray::fromStdString(bytes));
    std::string node;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto attr = [&](const char *name) { return xml.attributes().value(QLatin1String(name)).toString(); };
        if (xml.name() == QStringLiteral("graphml"))
            map.rootNamespace = xml.namespaceUri().toString().toStdString();
        else if (xml.name() == QStringLiteral("node"))
            node = attr("id").toStdString();
        else if (xml.name() == QStringLiteral("Geometry"))
            map.nodeSizes[node] = {attr("width").toDouble(), attr("height").toDouble()};
        else if (xml.name() == QStringLiteral("edge"))
            map.edges.insert({attr("source").toStdString(), attr("target").toStdString()});
    }
    if (xml.hasError())
        map.error = xml.errorString().toStdString();
    return map;
}

} // namespace

TEST(ExportGraphml, SampleMapHasANodePerCapabilityAndAnEdgePerDependency)
{
    TempDir dir;
    const auto graphml = dir.file("map.graphml");
    const Result<Plan> sample = importPlanFromCsvFiles(kSampleCaps, kSampleTeams, Plan{});
    ASSERT_TRUE(sample) << sample.errorText();

    const test::CommandResult r = runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", graphml.string()});

    ASSERT_EQ(r.exitCode, 0) << r.err;
    const WrittenMap map = readMap(test::readFile(graphml));
    EXPECT_EQ(map.error, "");
    EXPECT_EQ(map.rootNamespace, "http://graphml.graphdrawing.org/xmlns");
    ASSERT_EQ(map.nodeSizes.size(), sample->capabilities.size());
    for (const Capability &capability : sample->capabilities) {
        const auto [width, height] = map.nodeSizes.at(capability.key);
        EXPECT_GT(width, 0) << capability.key;
        EXPECT_GT(height, 0) << capability.key;
    }
    ASSERT_EQ(map.edges.size(), sample->dependencies.size());
    for (const Dependency &dependency : sample->dependencies)
        EXPECT_EQ(map.edges.count({dependency.predecessor, dependency.successor}), 1u)
            << dependency.predecessor << " -> " << dependency.successor;
}

TEST(ExportGraphml, ExistingFileIsReplacedOnlyWithForce)
{
    TempDir dir;
    const auto graphml = dir.write("Map.GraphML", "keep me");

    const test::CommandResult refused = runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", graphml.string()});
    const std::string kept = test::readFile(graphml);
    const test::CommandResult forced =
        runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", graphml.string(), "--force"});

    EXPECT_NE(refused.exitCode, 0);
    EXPECT_NE(refused.err.find("already exists; add --force"), std::string::npos) << refused.err;
    EXPECT_EQ(kept, "keep me");
    ASSERT_EQ(forced.exitCode, 0) << forced.err;
    EXPECT_EQ(readMap(test::readFile(graphml)).error, "");
    EXPECT_NE(test::readFile(graphml), "keep me");
}
