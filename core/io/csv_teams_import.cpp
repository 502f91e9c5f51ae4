#include "core/io/csv_teams_import.h"

#include "core/model/plan_limits.h"
#include "core/util/text.h"
#include "core/io/csv_header.h"
#include "core/io/csv_reader.h"
#include "core/io/csv_row.h"

#include <map>
#include <string>

namespace waveplan {

namespace {

constexpr std::string_view kOverridePrefix = "capacity_w";
constexpr std::string_view kPeople = "a whole number of people from 0 to 100000";

const std::vector<CsvColumnSpec> kTeamColumns = {
    {"team", true, "the team's name, e.g. Data"},
    {"capacity", true, "people available on every day, e.g. 4"},
    {"max_changes_per_wave", false, "most go-lives the team can absorb in one wave"},
};

/// "capacity_w02" -> "capacity_w2"; nullopt for anything that is not capacity_wN with N >= 1.
std::optional<std::string> overrideColumn(std::string_view name)
{
    if (!name.starts_with(kOverridePrefix))
        return std::nullopt;
    const auto wave = text::parseWholeNumber(name.substr(kOverridePrefix.size()));
    if (!wave || *wave < 1 || *wave > kMaxWave)
        return std::nullopt;
    return std::string(kOverridePrefix) + std::to_string(*wave);
}

} // namespace

std::optional<std::vector<Team>> readTeamsCsv(std::string_view text, std::string_view fileName,
                                              CsvErrorList &errors)
{
    auto records = readCsv(text, fileName);
    if (!records) {
        errors.add(records.errors());
        return std::nullopt;
    }
    if (records->empty()) {
        errors.add({"the file is empty; expected a header row with the columns team and capacity",
                    std::string(fileName), 1, 0});
        return std::nullopt;
    }

    const CsvHeader header(records->front(), kTeamColumns, fileName, errors, overrideColumn,
                           "capacity_w1, capacity_w2, ... (capacity in one wave)");
    if (!header.usable())
        return std::nullopt;

    std::vector<Team> teams;
    std::map<std::string, int, std::less<>> lineOfTeam;
    for (size_t r = 1; r < records->size(); ++r) {
        const CsvRecord &record = (*records)[r];
        if (record.isBlank() || !checkRowShape(record, header, fileName, errors))
            continue;
        const CsvRow row(record, header, fileName, errors);

        Team team;
        team.name = std::string(row.trimmed("team"));
        bool nameOk = false;
        if (team.name.empty())
            row.empty("team", "the team's name");
        else if (team.name.find(';') != std::string::npos)
            row.error("team", "team " + text::quoted(team.name) +
                                  " holds a ';', which separates teams in the demand column; "
                                  "rename the team");
        else if (auto [it, added] = lineOfTeam.emplace(team.name, row.line()); !added)
            row.error("team", "team " + text::quoted(team.name) + " is already defined on line " +
                                  std::to_string(it->second) + "; team names must be unique");
        else
            nameOk = true;

        team.capacity = row.requiredWhole("capacity", 0, kPeople, kMaxPeople).value_or(0);
        team.goLiveLimit = row.optionalWhole("max_changes_per_wave", 0,
                                                   "a whole number of go-lives per wave from 0 to "
                                                   "100000, or empty for no limit",
                                                   kMaxGoLivesPerWave);
        for (const std::string &column : header.names()) {
            if (!column.starts_with(kOverridePrefix))
                continue;
            const std::string_view waveText =
                std::string_view(column).substr(kOverridePrefix.size());
            const int wave = text::parseWholeNumber(waveText).value_or(0);
            if (auto people = row.optionalWhole(column, 0, "a whole number of people from 0 to 100000, "
                                                           "or empty for the usual capacity",
                                                kMaxPeople))
                team.capacityByWave[wave] = *people;
        }
        if (nameOk)
            teams.push_back(std::move(team));
    }
    return teams;
}

} // namespace waveplan
