#pragma once
/// @file mspdi_reader.h
/// An MS Project XML (MSPDI) file as a plan: every task that is not a summary becomes a
/// capability (summary tasks are flattened: a link to or from a summary applies to each task
/// under it, and each such capability's notes say where it sat), finish-to-start links with
/// their lags become dependencies (other link types become the weakest finish-to-start that
/// keeps them, with a note naming each), work resources become teams and their assignments
/// the people each capability needs. Durations and lags convert to days by the file's minutes
/// per day (elapsed ones by 24 hours). The project calendar becomes the plan's working calendar
/// (mspdi_calendar.h), and actual start, actual finish and remaining duration the capabilities'
/// progress, with the status date as the as-of date. Task UIDs become capability ids and resource UIDs team
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

/// The settings a user gave, which win over what the file says.
struct MspdiGiven {
    bool start = false;    ///< the start date
    bool workdays = false; ///< the worked weekdays (the project calendar's are not read)
    bool holidays = false; ///< the holidays (the project calendar's exceptions are not read)
};

/// Reads `xml`; errors name `fileName`. `settings` gives the waves (length or quarters, fiscal
/// year), horizon and span rule (MS Project has none of them), the name and start date when the
/// file has none, and the as-of date when given (the file's status date otherwise); `given`
/// says which of its start date and calendar replace the file's.
[[nodiscard]] Result<MspdiImport> readMspdi(std::string_view xml, const std::string &fileName, const Plan &settings,
                                            MspdiGiven given = {});

/// Reads the file at `path` (see readWholeFile) with readMspdi.
[[nodiscard]] Result<MspdiImport> readMspdiFile(const std::filesystem::path &path, const Plan &settings,
                                                MspdiGiven given = {});

} // namespace waveplan
