#pragma once
/// @file compare_sides.h
/// What the Compare window can put side by side: a scenario of the open plan (the open one as
/// it is on screen), a baseline of one (as it was frozen), or another plan file (scheduled as
/// `waveplan schedule` would). Each is resolved to a plan and its schedule for comparePlans.

#include "core/schedule/compared_plan.h"
#include "core/util/result.h"

#include <QString>

#include <cstdint>
#include <filesystem>
#include <vector>

namespace waveplan::ui {

class PlanDocument;

struct CompareSource {
    enum class Kind { Scenario, Baseline, File };
    Kind kind = Kind::Scenario;
    QString scenario;           ///< Scenario, Baseline: a scenario of the open document
    QString baseline;           ///< Baseline
    std::filesystem::path file; ///< File

    /// For the chooser: "Main plan (open)", "Board approved (baseline of Main plan)",
    /// "other.waveplan".
    [[nodiscard]] QString label(const PlanDocument &document) const;
    bool operator==(const CompareSource &) const = default;
};

/// Every scenario of `document` (in order), then every baseline of each.
[[nodiscard]] std::vector<CompareSource> compareSources(const PlanDocument &document);

/// Resolves `source`. Another scenario and another file are scheduled with the waves they were
/// saved with kept where they hold (stable, within `budgetSchedules`); a baseline is its frozen
/// schedule. Fails with a reason for a name the document no longer has or a file that does not
/// read.
/// A side resolved (core/schedule/compared_plan.h): its label, plan and schedule.
[[nodiscard]] Result<ComparedPlan> resolveSide(const PlanDocument &document,
                                               const CompareSource &source,
                                               std::int64_t budgetSchedules = kBudgetSizedByPlan);

} // namespace waveplan::ui
