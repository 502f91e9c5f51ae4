/// @file fuzz_waveplan_file.cpp
/// Opening a `.waveplan` file (a SQLite database anyone could have written) from any bytes:
/// the input is written to a private file and opened with every scenario, as File > Open does.
/// Promise checked: what opens has no structural errors in any scenario.

#include "fuzz_target.h"

#include "core/store/plan_store.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace {

/// One file per fuzzing process, in memory when /dev/shm is there.
const std::filesystem::path &inputFile()
{
    static const std::filesystem::path path = [] {
        const std::filesystem::path folder =
            std::filesystem::is_directory("/dev/shm") ? "/dev/shm" : std::filesystem::temp_directory_path();
        return folder / ("waveplan-fuzz-" + std::to_string(::getpid()) + ".waveplan");
    }();
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace waveplan;
    const std::filesystem::path &path = inputFile();
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char *>(data), static_cast<std::streamsize>(size));
    }
    const Result<ScenarioSet> set = openScenarios(PlanLocation::ofFile(path));
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
    if (!set)
        return 0;
    for (const Scenario &scenario : set->scenarios)
        if (!structuralErrors(scenario.plan).empty())
            fuzz::fuzzFail("a .waveplan file opened with a plan that has structural errors");
    return 0;
}
