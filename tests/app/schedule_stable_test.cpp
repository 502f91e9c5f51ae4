// schedule --stable-from: re-planning close to a previous `schedule --json`, and the change list
// it prints, checked against a diff of the two JSON outputs computed here.

#include "plan_files.h"
#include "run_command.h"

#include "core/io/capabilities_csv.h"
#include "core/io/plan_json.h"
#include "core/schedule/schedule.h"
#include "core/store/plan_store.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <map>
#include <optional>

using namespace waveplan;
using test::runWaveplan;
using test::TempDir;

namespace {

/// The bundled sample as a JSON plan file in `dir`.
std::filesystem::path samplePlan(const TempDir &dir)
{
    const Result<Plan> plan = importPlanFromCsvFiles(test::kSampleCaps, test::kSampleTeams);
    EXPECT_TRUE(plan.ok()) << plan.errorText();
    return dir.write("plan.json", planToJson(plan.value()));
}

nlohmann::json scheduleJson(const std::vector<std::string> &args)
{
    const auto result = runWaveplan(args);
    EXPECT_EQ(result.exitCode, 0) << result.err;
    return nlohmann::json::parse(result.out);
}

/// key -> (wave, start_day) from a `schedule --json` document.
std::map<std::string, std::pair<int, int>> placements(const nlohmann::json &doc)
{
    std::map<std::string, std::pair<int, int>> at;
    for (const auto &c : doc.at("capabilities"))
        at[c.at("key").get<std::string>()] = {c.at("wave").get<int>(), c.at("start_day").get<int>()};
    return at;
}

} // namespace

TEST(ScheduleStable, AgainstItsOwnOutputNothingMoves)
{
    TempDir dir;
    const auto plan = samplePlan(dir);
    const auto before = scheduleJson({"schedule", plan.string(), "--json"});
    const auto previous = dir.write("before.json", before.dump(2));

    const auto after = scheduleJson({"schedule", plan.string(), "--json", "--stable-from", previous.string()});

    EXPECT_EQ(placements(after), placements(before));
    EXPECT_EQ(after.at("changes"), nlohmann::json::array());
    EXPECT_EQ(after.at("end_shift_days"), 0);
    EXPECT_TRUE(after.at("stable").get<bool>());
}

TEST(ScheduleStable, PinningOneCapabilityLaterListsExactlyWhatMoved)
{
    TempDir dir;
    const auto planFile = samplePlan(dir);
    const auto before = scheduleJson({"schedule", planFile.string(), "--json"});
    const auto previous = dir.write("before.json", before.dump(2));
    // Pin the first capability of wave 1 that has successors one wave later.
    nlohmann::json plan = nlohmann::json::parse(planToJson(importPlanFromCsvFiles(test::kSampleCaps, test::kSampleTeams).value()));
    const auto was = placements(before);
    std::string pinned;
    for (auto &c : plan.at("capabilities")) {
        const std::string key = c.at("key");
        if (was.at(key).first == 1 && pinned.empty()) {
            c["pinned_wave"] = 2;
            pinned = key;
        }
    }
    ASSERT_FALSE(pinned.empty());
    const auto edited = dir.write("edited.json", plan.dump(2));

    const auto result = runWaveplan({"schedule", edited.string(), "--json", "--stable-from", previous.string()});
    ASSERT_TRUE(result.exitCode == 0 || result.exitCode == 1) << result.err;
    const auto after = nlohmann::json::parse(result.out);

    // The diff, computed here from the two outputs.
    const auto now = placements(after);
    nlohmann::json expected = nlohmann::json::array();
    for (const auto &c : after.at("capabilities")) {
        const std::string key = c.at("key");
        if (was.at(key) != now.at(key))
            expected.push_back({{"key", key},
                                {"from_wave", was.at(key).first},
                                {"to_wave", now.at(key).first},
                                {"start_shift_days", now.at(key).second - was.at(key).second}});
    }
    EXPECT_EQ(after.at("changes"), expected);
    EXPECT_EQ(after.at("end_shift_days").get<int>(),
              after.at("makespan_days").get<int>() - before.at("makespan_days").get<int>());
    EXPECT_EQ(now.at(pinned).first, 2);
    EXPECT_FALSE(expected.empty());
}

TEST(ScheduleStable, TheTableSaysWhatMovedAboveTheWaves)
{
    TempDir dir;
    const auto plan = samplePlan(dir);
    const auto previous = dir.write("before.json", scheduleJson({"schedule", plan.string(), "--json"}).dump());

    const auto result = runWaveplan({"schedule", plan.string(), "--stable-from", previous.string()});

    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.out.rfind("Against " + previous.string() + ": Nothing moved\n", 0), 0u) << result.out;
}

TEST(ScheduleStable, AReferenceThatIsNotAScheduleIsRefusedWithWhereAndWhy)
{
    TempDir dir;
    const auto plan = samplePlan(dir);
    const auto broken = dir.write("broken.json", "{\n  \"capabilities\": [\n    {\"key\": \"DATA\", \"start_day\": \"soon\", \"wave\": 1}\n  ],\n  \"makespan_days\": 10\n}\n");
    const auto notJson = dir.write("notes.txt", "this is not json");
    const auto unreadable = dir.write("unreadable.json", R"({"readable": false, "feasible": false, "errors": ["x"]})");

    const auto wrongType = runWaveplan({"schedule", plan.string(), "--stable-from", broken.string()});
    EXPECT_EQ(wrongType.exitCode, 1);
    EXPECT_NE(wrongType.err.find(broken.string() + ":3:"), std::string::npos) << wrongType.err;
    EXPECT_NE(wrongType.err.find("capabilities[0].start_day"), std::string::npos) << wrongType.err;
    EXPECT_TRUE(wrongType.out.empty()) << "nothing is printed when the reference cannot be read";

    const auto syntax = runWaveplan({"schedule", plan.string(), "--stable-from", notJson.string()});
    EXPECT_EQ(syntax.exitCode, 1);
    EXPECT_NE(syntax.err.find(notJson.string() + ":1:"), std::string::npos) << syntax.err;

    const auto noSchedule = runWaveplan({"schedule", plan.string(), "--stable-from", unreadable.string()});
    EXPECT_EQ(noSchedule.exitCode, 1);
    EXPECT_NE(noSchedule.err.find("could not be read"), std::string::npos) << noSchedule.err;

    const auto missing = runWaveplan({"schedule", plan.string(), "--stable-from", (dir.path() / "absent.json").string()});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.err.find("absent.json"), std::string::npos) << missing.err;
}

namespace {

/// The sample with one capability pinned a wave later, and its stable re-plan against the
/// sample's schedule, chosen so that the stable re-plan differs from a free one.
struct SavedWithSchedule {
    Plan plan;
    Schedule stable;
    Schedule free;
};

std::optional<SavedWithSchedule> pinnedSample()
{
    const Plan sample = importPlanFromCsvFiles(test::kSampleCaps, test::kSampleTeams).value();
    const Schedule before = computeSchedule(sample);
    const ScheduleReference reference = referenceOf(before);
    for (const ScheduledCapability &c : before.capabilities) {
        Plan edited = sample;
        edited.findCapability(c.key)->pinnedWave = c.wave + 1;
        ScheduleOptions options;
        options.reference = &reference;
        const Schedule stable = computeSchedule(edited, options);
        const Schedule free = computeSchedule(edited);
        if (stable.feasible && stable.capabilities != free.capabilities)
            return SavedWithSchedule{edited, stable, free};
    }
    return std::nullopt;
}

std::map<std::string, std::pair<int, int>> placementsOf(const Schedule &schedule)
{
    std::map<std::string, std::pair<int, int>> at;
    for (const ScheduledCapability &c : schedule.capabilities)
        at[c.key] = {c.wave, c.startDay};
    return at;
}

} // namespace

TEST(ScheduleStable, ASavedPlanKeepsItsWavesUnlessAskedToOptimise)
{
    const auto saved = pinnedSample();
    ASSERT_TRUE(saved) << "no pin in the sample where stable and free schedules differ";
    TempDir dir;
    const auto file = dir.file("saved.waveplan");
    const ScheduleReference accepted = referenceOf(saved->stable);
    ASSERT_TRUE(savePlan(saved->plan, PlanLocation::ofFile(file), &accepted));

    const auto kept = nlohmann::json::parse(runWaveplan({"schedule", file.string(), "--json"}).out);
    const auto optimised = nlohmann::json::parse(runWaveplan({"schedule", file.string(), "--json", "--optimise"}).out);

    EXPECT_EQ(placements(kept), placementsOf(saved->stable));
    EXPECT_EQ(placements(optimised), placementsOf(saved->free));
}

TEST(ScheduleStable, ExportingASavedPlanKeepsItsSchedule)
{
    const auto saved = pinnedSample();
    ASSERT_TRUE(saved);
    TempDir dir;
    const auto file = dir.file("saved.waveplan");
    const ScheduleReference accepted = referenceOf(saved->stable);
    ASSERT_TRUE(savePlan(saved->plan, PlanLocation::ofFile(file), &accepted));

    const auto result = runWaveplan({"export", file.string(), "-o", dir.file("copy.waveplan").string()});
    ASSERT_EQ(result.exitCode, 0) << result.err;

    ScheduleReference copied;
    ASSERT_TRUE(openPlan(PlanLocation::ofFile(dir.file("copy.waveplan")), &copied));
    EXPECT_EQ(copied.capabilities, accepted.capabilities);
}
