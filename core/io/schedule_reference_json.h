#pragma once
/// @file schedule_reference_json.h
/// Reading the output of `waveplan schedule --json` back as a ScheduleReference, for
/// `schedule --stable-from PREV.json`. Only the fields a reference needs are read (capabilities'
/// key, start_day and wave; makespan_days; driving_path keys); anything else is ignored, so
/// output from newer versions still reads.

#include "core/schedule/schedule_reference.h"
#include "core/util/result.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace waveplan {

/// Every wrong or missing field is an Error naming its JSON path, line and column; output of a
/// plan that could not be read or scheduled is refused with a message saying so.
[[nodiscard]] Result<ScheduleReference> scheduleReferenceFromJson(std::string_view text, const std::string &fileName);

[[nodiscard]] Result<ScheduleReference> readScheduleReferenceFile(const std::filesystem::path &path);

/// `reference` as the subset of `schedule --json` that scheduleReferenceFromJson reads back
/// equal: capabilities (key, start_day, wave), makespan_days, driving_path (keys). Compact.
[[nodiscard]] std::string scheduleReferenceToJson(const ScheduleReference &reference);

} // namespace waveplan
