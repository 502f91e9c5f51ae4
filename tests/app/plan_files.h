#pragma once
// Plans and sample files the command-line tests run `waveplan` on.

#include "core/model/plan.h"

#include <filesystem>
#include <string>

namespace waveplan::test {

/// The sample spreadsheets shipped with the app (resources/sample).
inline const std::string kSampleCaps = std::string(WAVEPLAN_SAMPLE_DIR) + "/capabilities.csv";
inline const std::string kSampleTeams = std::string(WAVEPLAN_SAMPLE_DIR) + "/teams.csv";

/// DATA, "Clean data": 30 days on one Data person, owned by the Head of Data, KPI "Match rate".
[[nodiscard]] Capability cleanData();

/// DATA (30 days) then CDP (20 days, no team) 5 days after DATA; WEB (10 days, additive) needs
/// the same single Data person as DATA, so one of them waits for the other. Starts Monday 2027-01-04.
[[nodiscard]] Plan smallPlan();

/// The bytes of `file` (empty when it cannot be read): to check a failed command left it alone.
[[nodiscard]] std::string bytesOf(const std::filesystem::path &file);

} // namespace waveplan::test
