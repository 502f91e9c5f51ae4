// waveplan baseline and FILE@BASELINE in compare: a frozen schedule is kept in the file,
// compared as it was frozen (checked against `schedule --json` outputs taken here), and every
// wrong name is an error that leaves the file as it was.
#include "plan_files.h"
#include "run_command.h"

#include "core/io/capabilities_csv.h"
#include "core/io/plan_json.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <sstream>

using namespace waveplan;
using test::bytesOf;
using test::runWaveplan;
using test::runWaveplanJson;
using test::TempDir;

namespace {

/// The sample imported as plan.waveplan, with "Board approved" frozen on 2027-01-15 and the
/// `schedule --json` taken just before.
struct FrozenSample {
    TempDir dir;
    std::filesystem::path plan = dir.file("plan.waveplan");
    nlohmann::json scheduleThen;

    FrozenSample() {
        const auto imported =
            runWaveplan({"import", test::kSampleCaps, "--teams", test::kSampleTeams, "-o",
                         plan.string(), "--start", "2027-01-04"});
        EXPECT_EQ(imported.exitCode, 0) << imported.err;
        scheduleThen = runWaveplanJson({"schedule", plan.string(), "--json"});
        const auto frozen = runWaveplan(
            {"baseline", plan.string(), "--freeze", "Board approved", "--date", "2027-01-15"});
        EXPECT_EQ(frozen.exitCode, 0) << frozen.err;
        EXPECT_NE(frozen.out.find("Freeze baseline Board approved"), std::string::npos)
            << frozen.out;
    }
};

} // namespace

TEST(BaselineCommand, ListsWhatWasFrozen) {
    FrozenSample sample;

    const auto listed = runWaveplanJson({"baseline", sample.plan.string(), "--list", "--json"});

    ASSERT_EQ(listed.at("baselines").size(), 1u);
    const auto &b = listed.at("baselines")[0];
    EXPECT_EQ(b.at("name"), "Board approved");
    EXPECT_EQ(b.at("frozen_on"), "2027-01-15");
    EXPECT_EQ(b.at("start_date"), "2027-01-04");
    EXPECT_EQ(b.at("end_day"), sample.scheduleThen.at("makespan_days"));
    EXPECT_EQ(b.at("capabilities"), sample.scheduleThen.at("capabilities").size());
    const auto text = runWaveplan({"baseline", sample.plan.string()});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_NE(text.out.find("Board approved: frozen 2027-01-15"), std::string::npos) << text.out;
}

TEST(BaselineCommand, ComparedWithTheUnchangedPlanNothingMoved) {
    FrozenSample sample;

    const auto compared = runWaveplanJson(
        {"compare", sample.plan.string() + "@Board approved", sample.plan.string(), "--json"});

    EXPECT_EQ(compared.at("from").at("baseline"), "Board approved");
    EXPECT_TRUE(compared.at("to").at("baseline").is_null());
    EXPECT_EQ(compared.at("moved"), nlohmann::json::array());
    EXPECT_EQ(compared.at("added"), nlohmann::json::array());
    EXPECT_EQ(compared.at("removed"), nlohmann::json::array());
    EXPECT_EQ(compared.at("end").at("from_day"), compared.at("end").at("to_day"));
    EXPECT_EQ(compared.at("driving_path").at("from"), sample.scheduleThen.at("critical_chain"));
    for (const auto &cell : compared.at("load"))
        EXPECT_EQ(cell.at("people_days_used_delta"), 0) << cell.dump();
}

TEST(BaselineCommand, ABaselineKeepsItsScheduleAfterThePlanChanges) {
    FrozenSample sample;
    // Double the first capability of the driving path: the plan now ends later.
    const Result<Plan> read = readPlanJsonFile([&] {
        const auto json = sample.dir.file("plan.json");
        EXPECT_EQ(runWaveplan({"export", sample.plan.string(), "-o", json.string()}).exitCode, 0);
        return json;
    }());
    ASSERT_TRUE(read.ok()) << read.errorText();
    Plan changed = read.value();
    ASSERT_EQ(changed.baselines.size(), 1u) << "the JSON carries the baseline";
    const std::string first = sample.scheduleThen.at("critical_chain")[0];
    changed.findCapability(first)->durationDays *= 2;
    const auto changedFile = sample.dir.write("changed.json", planToJson(changed));
    const auto now = runWaveplanJson({"schedule", changedFile.string(), "--json"});

    const auto compared = runWaveplanJson(
        {"compare", changedFile.string() + "@Board approved", changedFile.string(), "--json"});

    std::map<std::string, std::pair<int, int>> then; // key -> (wave, start day) when frozen
    for (const auto &c : sample.scheduleThen.at("capabilities"))
        then[c.at("key")] = {c.at("wave").get<int>(), c.at("start_day").get<int>()};
    nlohmann::json moved = nlohmann::json::array();
    for (const auto &c : now.at("capabilities")) {
        const auto &was = then.at(c.at("key"));
        if (was != std::pair{c.at("wave").get<int>(), c.at("start_day").get<int>()})
            moved.push_back({{"key", c.at("key")},
                             {"from_wave", was.first},
                             {"to_wave", c.at("wave")},
                             {"from_start_day", was.second},
                             {"to_start_day", c.at("start_day")}});
    }
    EXPECT_FALSE(moved.empty());
    EXPECT_EQ(compared.at("moved"), moved);
    EXPECT_EQ(compared.at("end").at("from_day"), sample.scheduleThen.at("makespan_days"));
    EXPECT_EQ(compared.at("end").at("to_day"), now.at("makespan_days"));
    EXPECT_GT(now.at("makespan_days").get<int>(),
              sample.scheduleThen.at("makespan_days").get<int>());
}

TEST(BaselineCommand, RenameAndDeleteRewriteTheFile) {
    FrozenSample sample;

    ASSERT_EQ(runWaveplan({"baseline", sample.plan.string(), "--rename", "Board approved",
                           "Board, Jan 2027"})
                  .exitCode,
              0);
    auto listed = runWaveplanJson({"baseline", sample.plan.string(), "--list", "--json"});
    ASSERT_EQ(listed.at("baselines").size(), 1u);
    EXPECT_EQ(listed.at("baselines")[0].at("name"), "Board, Jan 2027");

    ASSERT_EQ(
        runWaveplan({"baseline", sample.plan.string(), "--delete", "Board, Jan 2027"}).exitCode, 0);
    listed = runWaveplanJson({"baseline", sample.plan.string(), "--list", "--json"});
    EXPECT_EQ(listed.at("baselines"), nlohmann::json::array());
}

TEST(BaselineCommand, WrongNamesAreErrorsThatLeaveTheFileAsItWas) {
    FrozenSample sample;
    const std::string before = bytesOf(sample.plan);

    const auto twice =
        runWaveplan({"baseline", sample.plan.string(), "--freeze", "Board approved"});
    EXPECT_EQ(twice.exitCode, 1);
    EXPECT_NE(twice.err.find("already a baseline called 'Board approved'"), std::string::npos)
        << twice.err;

    const auto missing = runWaveplan({"baseline", sample.plan.string(), "--delete", "Nope"});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.err.find("no baseline called 'Nope'"), std::string::npos) << missing.err;

    const auto empty = runWaveplan({"baseline", sample.plan.string(), "--freeze", "  "});
    EXPECT_EQ(empty.exitCode, 1);
    EXPECT_NE(empty.err.find("needs a name"), std::string::npos) << empty.err;

    const auto badDate =
        runWaveplan({"baseline", sample.plan.string(), "--freeze", "X", "--date", "2027-02-30"});
    EXPECT_EQ(badDate.exitCode, 1);
    EXPECT_NE(badDate.err.find("--date"), std::string::npos) << badDate.err;

    const auto compared =
        runWaveplan({"compare", sample.plan.string() + "@Nope", sample.plan.string()});
    EXPECT_EQ(compared.exitCode, 1);
    EXPECT_NE(compared.err.find("has no baseline called 'Nope' (it has: Board approved)"),
              std::string::npos)
        << compared.err;

    const auto spreadsheet = runWaveplan({"baseline", test::kSampleCaps, "--list"});
    EXPECT_EQ(spreadsheet.exitCode, 1);
    EXPECT_NE(spreadsheet.err.find("does not hold a whole plan"), std::string::npos)
        << spreadsheet.err;

    EXPECT_EQ(bytesOf(sample.plan), before);
}
