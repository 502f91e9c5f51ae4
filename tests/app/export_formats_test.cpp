// waveplan export through the format registry: every format the plan can be read back from
// round-trips through `export` and `import`, --format picks a format the extension cannot
// (the wave-plan CSV), extensions work in any case, and a name no format has is a usage error.

#include "plan_files.h"
#include "run_command.h"

#include "core/io/plan_json.h"
#include "core/store/plan_store.h"
#include "support/plan_generator.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

using namespace waveplan;
using test::runWaveplan;
using test::TempDir;

namespace {

/// What a spreadsheet round trip keeps (capabilities_csv.h): no map positions, dependencies by
/// successor, and the settings given on import.
Plan spreadsheetKept(Plan plan)
{
    for (Capability &c : plan.capabilities)
        c.position.reset();
    std::stable_sort(plan.dependencies.begin(), plan.dependencies.end(), [&](const Dependency &a, const Dependency &b) {
        return plan.indexOfCapability(a.successor) < plan.indexOfCapability(b.successor);
    });
    return plan;
}

} // namespace

TEST(ExportFormats, EveryReadableFormatReadsBackWhatExportWrote)
{
    TempDir dir;
    Plan plan = test::generatePlan(7);
    plan.name = "Round trip";
    plan.startDate = *parseIsoDate("2027-01-04");
    plan.capabilities.front().name = "=HYPERLINK(\"http://evil.example\")"; // neutralised, read back exactly
    const auto source = dir.file("source.waveplan");
    ASSERT_TRUE(savePlan(plan, PlanLocation::ofFile(source)));

    for (const std::string name : {"copy.waveplan", "COPY.JSON", "caps.csv"}) {
        const auto exported = dir.file(name);
        std::vector<std::string> args{"export", source.string(), "-o", exported.string()};
        if (name == "caps.csv")
            args.insert(args.end(), {"--teams-out", dir.file("teams.csv").string()});
        const test::CommandResult out = runWaveplan(args);
        ASSERT_EQ(out.exitCode, 0) << name << ": " << out.err;

        const auto back = dir.file("back-" + exported.stem().string() + ".waveplan");
        args = {"import", exported.string(), "-o", back.string()};
        if (name == "caps.csv")
            args.insert(args.end(), {"--teams", dir.file("teams.csv").string(), "--name", plan.name, "--start",
                                     "2027-01-04", "--wave-length", std::to_string(plan.waveLengthDays), "--horizon",
                                     std::to_string(plan.horizonWaves)});
        if (name == "caps.csv" && !plan.allowSpan)
            args.push_back("--no-span");
        const test::CommandResult in = runWaveplan(args);
        ASSERT_EQ(in.exitCode, 0) << name << ": " << in.err;

        const Result<Plan> read = openPlan(PlanLocation::ofFile(back));
        ASSERT_TRUE(read) << read.errorText();
        EXPECT_EQ(read.value(), withIds(name == "caps.csv" ? spreadsheetKept(plan) : plan)) << name;
    }
}

TEST(ExportFormats, FormatScheduleCsvWritesTheWavePlanTableOfScheduleCsv)
{
    TempDir dir;
    const auto json = dir.write("small.json", planToJson(test::smallPlan()));
    const auto waves = dir.file("waves.csv");

    const test::CommandResult exported = runWaveplan({"export", json.string(), "-o", waves.string(), "--format",
                                                      "schedule-csv", "--budget-schedules", "200"});
    const test::CommandResult printed = runWaveplan({"schedule", json.string(), "--csv", "--budget-schedules", "200"});

    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    ASSERT_EQ(printed.exitCode, 0) << printed.err;
    EXPECT_EQ(test::readFile(waves), printed.out);
    EXPECT_EQ(printed.out.rfind("key,name,kind,wave,", 0), 0u) << printed.out;
}

TEST(ExportFormats, AnUnknownExtensionOrFormatIsAUsageErrorNamingWhatWorks)
{
    TempDir dir;
    const auto json = dir.write("small.json", planToJson(test::smallPlan()));

    test::CommandResult r = runWaveplan({"export", json.string(), "-o", dir.file("plan.docx").string()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("plan.docx"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(".waveplan, .json, .csv, .xlsx, .ics, .dot, .gv, .xml, .pdf, .png, .svg or .graphml"), std::string::npos) << r.err;

    r = runWaveplan({"export", json.string(), "-o", dir.file("plan.csv").string(), "--format", "docx"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("schedule-csv"), std::string::npos) << r.err;

    r = runWaveplan({"export", json.string(), "-o", dir.file("plan.json").string(), "--teams-out", "t.csv"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--teams-out goes with a .csv output"), std::string::npos) << r.err;

    r = runWaveplan({"import", dir.file("notes.txt").string(), "-o", dir.file("p.waveplan").string()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find(".waveplan, .json, .csv or .xml"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir.file("p.waveplan")));
}
