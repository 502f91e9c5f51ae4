#pragma once
/// @file plan_store.h
/// Where plans live on disk. The rest of core and the UI talk to this interface only; the
/// SQLite implementation (`.waveplan` files, see docs/file-format.md) is one of its kind.

#include "core/model/plan.h"
#include "core/util/result.h"

#include <filesystem>
#include <memory>

namespace waveplan {

class PlanStore {
public:
    virtual ~PlanStore() = default;

    /// Reads the plan at `path`. Never modifies the file, whatever it holds. On failure the
    /// errors say what is wrong in words a user can act on (not SQLite, not a plan, from a
    /// newer Waveplan, damaged, missing, unreadable...) and name the file.
    [[nodiscard]] virtual Result<Plan> load(const std::filesystem::path &path) const = 0;

    /// Writes `plan` to `path` atomically: afterwards the file holds either the old plan (on
    /// failure, or if the process dies at any point) or the new one, never a mix or a broken file.
    /// Refuses plans with structural errors.
    [[nodiscard]] virtual Status save(const Plan &plan, const std::filesystem::path &path) const = 0;
};

/// The `.waveplan` SQLite store.
[[nodiscard]] std::unique_ptr<PlanStore> makeSqlitePlanStore();

/// Shorthands for the SQLite store.
[[nodiscard]] Result<Plan> openPlanFile(const std::filesystem::path &path);
[[nodiscard]] Status savePlanFile(const Plan &plan, const std::filesystem::path &path);

} // namespace waveplan
