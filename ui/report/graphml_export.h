#pragma once
/// @file graphml_export.h
/// The dependency map in yEd's GraphML flavour: a node per capability (id and label = its key;
/// name, kind, wave and teams as data) with its card's place and size, and an edge per dependency
/// (predecessor to successor, the lag as a label when > 0) through the arrow's route, so yEd
/// opens it looking like Waveplan's map. Coordinates are the map scene's.

#include "core/model/plan.h"
#include "core/schedule/schedule_reference.h"
#include "core/util/result.h"

#include <QByteArray>

#include <cstdint>
#include <filesystem>

namespace waveplan::ui::map {
class MapScene;
}

namespace waveplan::ui::report {

/// The map drawn by `scene` (which shows `plan`) as a yEd GraphML document, nodes and edges in
/// plan order.
[[nodiscard]] QByteArray mapGraphml(const Plan &plan, const map::MapScene &scene);

/// Schedules `plan` as a report does (reportSchedule, with the `shown` schedule when there is
/// one), lays the map out and writes it to `path` as GraphML, atomically.
[[nodiscard]] Status writeGraphmlFile(const Plan &plan, std::int64_t budgetSchedules, const std::filesystem::path &path,
                                      bool overwrite, const ScheduleReference &shown = {});

} // namespace waveplan::ui::report
