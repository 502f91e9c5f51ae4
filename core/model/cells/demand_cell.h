#pragma once
/// @file demand_cell.h
/// The grammar of the demand cell: the people each team commits to a capability while it runs.
///
///     Data:2; Marketing        (Marketing gives 1 person)
///
/// Entries are `Team` or `Team:people`, separated by ';' or ','; people default to 1 and are a
/// whole number, 1 or more; each team appears once; spaces around names and numbers and empty
/// entries are ignored. A team whose own name holds ',' or ':' is still read whole when the plan
/// has that team and the entry is separated from the others by ';' (formatDemandCell always
/// writes "; "). Used by CSV import, the table, the inspector, the schedule CSV and the report.

#include "core/model/capability.h"
#include "core/model/plan.h"
#include "core/model/team.h"
#include "core/util/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace waveplan {

/// The form: without checking that the teams exist. `knownTeams` only decides whether a ','
/// or ':' belongs to a team's name. Every bad entry gives one error.
[[nodiscard]] Result<std::vector<TeamDemand>>
parseDemandSyntax(std::string_view cell, const std::vector<Team> &knownTeams = {});

/// The form, and every team named must be one of the plan's teams.
[[nodiscard]] Result<std::vector<TeamDemand>> parseDemandCell(std::string_view cell,
                                                              const Plan &plan);

/// "demand names team "Legal", which <definedBy> does not define; its teams are Data,
/// Marketing": the refusal of a team that does not exist. `definedBy` says where teams come
/// from ("the plan", or the teams file during a CSV import).
[[nodiscard]] std::string unknownTeamMessage(std::string_view team, const std::vector<Team> &teams,
                                             std::string_view definedBy = "the plan");

/// "Data:2; Marketing:1" in the capability's demand order; empty for no demand.
[[nodiscard]] std::string formatDemandCell(const std::vector<TeamDemand> &demand);

} // namespace waveplan
