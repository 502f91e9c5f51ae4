#pragma once
/// @file sqlite_plan_file.h
/// Private to core/store: reading and writing one `.waveplan` SQLite file, the implementation
/// behind the SQLite PlanStore. Everything else opens and saves plans through plan_store.h.

#include "core/model/plan.h"
#include "core/schedule/schedule_reference.h"
#include "core/store/scenario_set.h"
#include "core/util/result.h"

#include <filesystem>

namespace waveplan::detail {

/// Reads the plan in the file at `path` without ever changing the file (plan_file_open.cpp);
/// `accepted`, when given, receives the schedule the plan was saved with (see PlanStore::load).
/// `scenarios`, when given, receives every scenario of the file (the current one's plan is the
/// one returned).
[[nodiscard]] Result<Plan> openSqlitePlanFile(const std::filesystem::path &path, ScheduleReference *accepted,
                                              ScenarioSet *scenarios = nullptr);
/// Writes `plan`, and `accepted` when given, to `path` atomically (plan_file_save.cpp). With
/// `scenarios`, writes them instead: the current one in the plan's tables, the others beside.
/// Without `replace`, a file at `path` is an error, even one that appears during the save.
[[nodiscard]] Status saveSqlitePlanFile(const Plan &plan, const std::filesystem::path &path,
                                        const ScheduleReference *accepted, const ScenarioSet *scenarios = nullptr,
                                        bool replace = true);

} // namespace waveplan::detail
