// A save that fails at any write, fsync or rename leaves the file it would have replaced
// byte-identical, says why, and leaves nothing behind. save_faults/save_faults.cpp, preloaded
// into the real `waveplan`, makes the k-th such call on the target's folder fail, for every k
// until a save runs without reaching it.
#include "plan_files.h"
#include "run_command.h"

#include "core/io/capabilities_csv.h"
#include "core/io/plan_json.h"
#include "core/store/plan_store.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iostream>

using namespace waveplan;
using namespace waveplan::test;
namespace fs = std::filesystem;

namespace {

struct Trial {
    bool fired = false; ///< the fault was reached
    CommandResult result;
};

struct FaultCase {
    std::string extension; ///< the format saved: ".waveplan" (SQLite) or ".json" (every other format's path)
    std::string call;      ///< write, fsync or rename
};

void PrintTo(const FaultCase &c, std::ostream *out) { *out << c.extension << " " << c.call; }

std::string describe(const testing::TestParamInfo<FaultCase> &info)
{
    return info.param.extension.substr(1) + "_" + info.param.call;
}

class SaveFaults : public testing::TestWithParam<FaultCase> {
protected:
    /// The sample plan: what every export in these tests writes.
    static const Plan &newPlan()
    {
        static const Plan plan = importPlanFromCsvFiles(kSampleCaps, kSampleTeams).value();
        return plan;
    }

    /// The plan the target holds before each save, as the format writes it.
    static std::string originalBytes(const std::string &extension)
    {
        const TempDir scratch;
        const fs::path file = scratch.file("original" + extension);
        const Status written = extension == ".waveplan" ? savePlan(smallPlan(), PlanLocation::ofFile(file))
                                                        : Status(Ok{});
        if (extension != ".waveplan")
            std::ofstream(file, std::ios::binary) << planToJson(smallPlan());
        EXPECT_TRUE(written.ok()) << written.errorText();
        return bytesOf(file);
    }

    static bool holdsNewPlan(const fs::path &file)
    {
        const Result<Plan> read = file.extension() == ".waveplan" ? openPlan(PlanLocation::ofFile(file))
                                                                 : readPlanJsonFile(file);
        return read.ok() && read->capabilities.size() == newPlan().capabilities.size() &&
               read->capabilities.front().key == newPlan().capabilities.front().key;
    }

    /// `waveplan export` of the sample to `target`, with the k-th `call` in its folder failing.
    static Trial exportWithFault(const fs::path &target, const std::string &call, int k, bool force,
                                 const std::string &error = "EIO")
    {
        const TempDir reports;
        const fs::path report = reports.file("fault");
        std::vector<std::string> args{"export", kSampleCaps, "--teams", kSampleTeams, "-o", target.string()};
        if (force)
            args.push_back("--force");
        Trial trial;
        trial.result = runWaveplan(args, {"LD_PRELOAD=" WAVEPLAN_SAVE_FAULTS_LIB,
                                          "WAVEPLAN_FAULT_DIR=" + fs::canonical(target.parent_path()).string(),
                                          "WAVEPLAN_FAULT_CALL=" + call, "WAVEPLAN_FAULT_AT=" + std::to_string(k),
                                          "WAVEPLAN_FAULT_ERRNO=" + error, "WAVEPLAN_FAULT_REPORT=" + report.string()});
        trial.fired = !bytesOf(report).empty();
        return trial;
    }
};

} // namespace

TEST_P(SaveFaults, AFailureAtAnyStepOfAReplacingSaveLeavesTheOldFileByteIdentical)
{
    const FaultCase &c = GetParam();
    const TempDir dir;
    // Resolved, as the library compares the folder it is given with the paths saves use.
    const fs::path target = fs::canonical(dir.path()) / ("plan" + c.extension);
    const std::string original = originalBytes(c.extension);
    ASSERT_FALSE(original.empty());

    int fired = 0, refused = 0, afterPlacing = 0;
    for (int k = 1; k <= 1000; ++k) {
        std::ofstream(target, std::ios::binary | std::ios::trunc) << original;
        const Trial trial = exportWithFault(target, c.call, k, /*force=*/true);
        if (!trial.fired) {
            // The save went past its last such call: it succeeded untouched.
            EXPECT_EQ(trial.result.exitCode, 0) << trial.result.err;
            EXPECT_TRUE(holdsNewPlan(target));
            break;
        }
        ++fired;
        if (trial.result.exitCode != 0) {
            ++refused;
            EXPECT_EQ(bytesOf(target), original) << c.call << " #" << k << " failed and changed the file";
            EXPECT_NE(trial.result.err.find("cannot"), std::string::npos) << trial.result.err;
            EXPECT_NE(trial.result.err.find("plan" + c.extension), std::string::npos) << trial.result.err;
        } else {
            // Only a failure after the new file is in place (flushing the folder) may succeed.
            ++afterPlacing;
            EXPECT_TRUE(holdsNewPlan(target)) << c.call << " #" << k;
        }
        EXPECT_EQ(folderEntries(dir.path()), std::vector<std::string>{target.filename().string()})
            << c.call << " #" << k << " left a file behind";
    }
    EXPECT_GT(refused, 0) << "no " << c.call << " of the save failed: the fault library did not work";
    std::cout << "[          ] " << c.extension << ": " << fired << " failing " << c.call << "s, " << refused
              << " refused with the old file kept, " << afterPlacing << " after the new file was in place\n";
}

TEST_P(SaveFaults, AFailureAtAnyStepOfCreatingAFileLeavesNoFile)
{
    const FaultCase &c = GetParam();
    const TempDir dir;
    const fs::path target = fs::canonical(dir.path()) / ("new" + c.extension);
    int refused = 0;
    for (int k = 1; k <= 1000; ++k) {
        const Trial trial = exportWithFault(target, c.call, k, /*force=*/false);
        if (!trial.fired) {
            EXPECT_EQ(trial.result.exitCode, 0) << trial.result.err;
            EXPECT_TRUE(holdsNewPlan(target));
            break;
        }
        if (trial.result.exitCode != 0) {
            ++refused;
            EXPECT_TRUE(folderEntries(dir.path()).empty()) << c.call << " #" << k << " left a file behind";
        } else {
            EXPECT_TRUE(holdsNewPlan(target));
            fs::remove(target);
        }
    }
    EXPECT_GT(refused, 0);
}

INSTANTIATE_TEST_SUITE_P(EveryCall, SaveFaults,
                         testing::Values(FaultCase{".waveplan", "write"}, FaultCase{".waveplan", "fsync"},
                                         FaultCase{".waveplan", "rename"}, FaultCase{".json", "write"},
                                         FaultCase{".json", "fsync"}, FaultCase{".json", "rename"}),
                         describe);

TEST(SaveFaultsFullDisk, AFullDiskIsSaidInWordsAndKeepsTheOldFile)
{
    for (const std::string extension : {".waveplan", ".json"}) {
        const TempDir dir;
        const fs::path target = fs::canonical(dir.path()) / ("plan" + extension);
        const TempDir scratch;
        ASSERT_TRUE(savePlan(smallPlan(), PlanLocation::ofFile(scratch.file("p.waveplan"))).ok());
        if (extension == ".waveplan")
            fs::copy_file(scratch.file("p.waveplan"), target);
        else
            std::ofstream(target, std::ios::binary) << planToJson(smallPlan());
        const std::string original = bytesOf(target);

        const CommandResult result = [&] {
            const TempDir reports;
            return runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", target.string(), "--force"},
                               {"LD_PRELOAD=" WAVEPLAN_SAVE_FAULTS_LIB,
                                "WAVEPLAN_FAULT_DIR=" + fs::canonical(dir.path()).string(), "WAVEPLAN_FAULT_CALL=write",
                                "WAVEPLAN_FAULT_AT=1", "WAVEPLAN_FAULT_ERRNO=ENOSPC"});
        }();
        EXPECT_NE(result.exitCode, 0) << extension;
        EXPECT_NE(result.err.find("the disk is full"), std::string::npos) << result.err;
        EXPECT_EQ(bytesOf(target), original) << extension;
        EXPECT_EQ(folderEntries(dir.path()), std::vector<std::string>{target.filename().string()}) << extension;
    }
}
