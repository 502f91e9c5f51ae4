// Usage errors exit 2, help and version exit 0, and every command has --help.

#include "run_command.h"

#include <gtest/gtest.h>

using waveplan::test::runWaveplan;

TEST(Usage, VersionPrintsTheVersion)
{
    const auto result = runWaveplan({"--version"});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_NE(result.out.find(std::string("waveplan ") + WAVEPLAN_VERSION), std::string::npos) << result.out;
}

TEST(Usage, EveryCommandHasHelp)
{
    for (const char *command : {"import", "export", "validate", "schedule"}) {
        const auto result = runWaveplan({command, "--help"});
        EXPECT_EQ(result.exitCode, 0) << command;
        EXPECT_NE(result.out.find("Usage"), std::string::npos) << command << ": " << result.out;
        EXPECT_NE(result.out.find(command), std::string::npos) << command;
    }
}

TEST(Usage, UnknownOptionIsAUsageError)
{
    const auto result = runWaveplan({"validate", "plan.waveplan", "--frobnicate"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("--frobnicate"), std::string::npos) << result.err;
}

TEST(Usage, MissingRequiredArgumentIsAUsageError)
{
    const auto result = runWaveplan({"import", "capabilities.csv"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("--output"), std::string::npos) << result.err;
}

TEST(Usage, ExportFormatComesFromTheExtension)
{
    const auto result = runWaveplan({"export", "plan.waveplan", "-o", "plan.docx"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find(".json, .csv or .waveplan"), std::string::npos) << result.err;
}
