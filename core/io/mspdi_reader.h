#pragma once
/// @file mspdi_reader.h
/// An MS Project XML (MSPDI) file as a plan: every task that is not a summary becomes a
/// capability (summary tasks are flattened: a link to or from a summary applies to each task
/// under it, and each such capability's notes say where it sat), finish-to-start links with
/// their lags become dependencies (other link types become the weakest finish-to-start that
/// keeps them, with a note naming each), work resources become teams and their assignments
/// the people each capability needs. Durations and lags convert to days by the file's minutes
/// per day (elapsed ones by 24 hours). Task UIDs become capability ids and resource UIDs team
/// ids, so a plan read again keeps its identities. Files written by MS Project 2003 to 2019 and
/// by mspdi_writer.h read; what Waveplan changed to fit the plan comes back as notes, and
/// anything it cannot understand is an error naming the element's path, line and column: all
/// of them at once, and no plan.

#include "core/model/plan.h"
#include "core/util/result.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace waveplan {

struct MspdiImport {
    Plan plan;
    /// What was changed or left out to fit Waveplan's model, one sentence each (milestones
    /// made one day long, link types, calendars, summary tasks...); empty when nothing was.
    std::vector<std::string> notes;
};

/// Reads `xml`; errors name `fileName`. `settings` gives the wave length, horizon and span
/// rule (MS Project has none of them), and the name and start date when the file has none;
/// with `settingsStart`, its start date is the plan's whatever the file says.
[[nodiscard]] Result<MspdiImport> readMspdi(std::string_view xml, const std::string &fileName, const Plan &settings,
                                            bool settingsStart = false);

/// Reads the file at `path` (see readWholeFile) with readMspdi.
[[nodiscard]] Result<MspdiImport> readMspdiFile(const std::filesystem::path &path, const Plan &settings,
                                                bool settingsStart = false);

} // namespace waveplan
