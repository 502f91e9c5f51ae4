/// @file fuzz_csv_import.cpp
/// The CSV import (importPlanFromCsv) on any bytes. The input is capabilities.csv, optionally
/// followed by a line "%%teams%%" and teams.csv, so one input can exercise both files and how
/// they meet (demand naming teams). Promise checked: an accepted plan has no structural errors,
/// and its own CSV export imports again.

#include "fuzz_target.h"

#include "core/io/capabilities_csv.h"
#include "core/model/plan.h"

#include <optional>
#include <string>

namespace {
constexpr std::string_view kTeamsMarker = "\n%%teams%%\n";
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace waveplan;
    const std::string_view text = fuzz::asText(data, size);
    const std::size_t marker = text.find(kTeamsMarker);
    const CsvSource capabilities{"capabilities.csv", std::string(text.substr(0, marker))};
    std::optional<CsvSource> teams;
    if (marker != std::string_view::npos)
        teams = CsvSource{"teams.csv", std::string(text.substr(marker + kTeamsMarker.size()))};

    const Result<Plan> plan = importPlanFromCsv(capabilities, teams);
    if (!plan)
        return 0;
    if (!structuralErrors(*plan).empty())
        fuzz::fuzzFail("importPlanFromCsv accepted a plan with structural errors");
    // What the export cannot carry back is documented (a team name holding ';' or with an outer
    // space); the import refuses such names, so an accepted plan always comes back.
    const Result<Plan> again = importPlanFromCsv({"again.csv", writeCapabilitiesCsv(*plan)},
                                                 CsvSource{"again-teams.csv", writeTeamsCsv(*plan)});
    if (!again)
        fuzz::fuzzFail("the CSV export of an imported plan does not import: " + again.errorText());
    if (again->capabilities != plan->capabilities || again->teams != plan->teams)
        fuzz::fuzzFail("an imported plan exported to CSV and imported again is not the same plan");
    return 0;
}
