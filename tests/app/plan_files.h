#pragma once
// Plans and sample files the command-line tests run `waveplan` on.

#include "core/model/plan.h"

#include <filesystem>
#include <string>

namespace waveplan::test {

/// The sample spreadsheets shipped with the app (resources/sample).
inline const std::string kSampleCaps = std::string(WAVEPLAN_SAMPLE_DIR) + "/capabilities.csv";
inline const std::string kSampleTeams = std::string(WAVEPLAN_SAMPLE_DIR) + "/teams.csv";

/// A capabilities spreadsheet brought up to date in spring 2027 (for a plan starting Monday
/// 4 January): DATA (30 days) done 4 January to 12 February, CDP (60 days, after DATA) under
/// way since 15 February with 20 days left, WEB (10 days) and PERS (15 days, after CDP) planned.
inline constexpr const char *kProgressCapsCsv =
    "key,name,kind,duration_days,depends_on,status,actual_start,actual_finish,remaining_days\n"
    "DATA,Clean data,foundational,30,,done,2027-01-04,2027-02-12,\n"
    "CDP,Customer data platform,foundational,60,DATA,in-progress,2027-02-15,,20\n"
    "WEB,Website,additive,10,,,,,\n"
    "PERS,Personalisation,additive,15,CDP,,,,\n";

/// DATA, "Clean data": 30 days on one Data person, owned by the Head of Data, KPI "Match rate".
[[nodiscard]] Capability cleanData();

/// DATA (30 days) then CDP (20 days, no team) 5 days after DATA; WEB (10 days, additive) needs
/// the same single Data person as DATA, so one of them waits for the other. Starts Monday 2027-01-04.
[[nodiscard]] Plan smallPlan();

/// The bytes of `file` (empty when it cannot be read): to check a failed command left it alone.
[[nodiscard]] std::string bytesOf(const std::filesystem::path &file);

} // namespace waveplan::test
