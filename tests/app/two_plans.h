#pragma once
/// @file two_plans.h
/// Two versions of the sample plan for `waveplan compare`'s tests, written as plan JSON.

#include "plan_files.h"
#include "run_command.h"

#include "core/io/capabilities_csv.h"
#include "core/io/plan_json.h"
#include "support/temp_dir.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <set>
#include <string>

namespace waveplan::test {

/// Plan A (the sample) and plan B: one capability pinned a wave later, one removed, one added
/// with a cost.
struct TwoPlans {
    TempDir dir;
    std::filesystem::path a;
    std::filesystem::path b;
    std::string pinned;
    std::string removed;

    TwoPlans()
    {
        const Plan sample = importPlanFromCsvFiles(test::kSampleCaps, test::kSampleTeams).value();
        a = dir.write("a.json", planToJson(sample));
        const auto schedule = test::runWaveplanJson({"schedule", a.string(), "--json"});
        nlohmann::json plan = nlohmann::json::parse(planToJson(sample));
        std::map<std::string, int> wave;
        for (const auto &c : schedule.at("capabilities"))
            wave[c.at("key")] = c.at("wave");
        auto &capabilities = plan.at("capabilities");
        // Pin the first wave-1 capability to wave 2; remove the last capability nothing depends on.
        for (auto &c : capabilities)
            if (pinned.empty() && wave[c.at("key")] == 1) {
                pinned = c.at("key");
                c["pinned_wave"] = 2;
            }
        std::set<std::string> predecessors;
        for (const auto &d : plan.at("dependencies"))
            predecessors.insert(d.at("predecessor").get<std::string>());
        for (auto it = capabilities.end(); it != capabilities.begin();) {
            --it;
            if (!predecessors.contains(it->at("key").get<std::string>()) && it->at("key") != pinned) {
                removed = it->at("key");
                capabilities.erase(it);
                break;
            }
        }
        auto &dependencies = plan.at("dependencies");
        for (auto it = dependencies.begin(); it != dependencies.end();)
            it = it->at("successor") == removed ? dependencies.erase(it) : it + 1;
        capabilities.push_back({{"key", "NEWCAP"}, {"name", "A new capability"}, {"kind", "additive"},
                                {"duration_days", 20}, {"cost", 50000}});
        b = dir.write("b.json", plan.dump(2));
    }
};


} // namespace waveplan::test
