#pragma once
/// @file plan_store.h
/// Where plans live. The rest of core, the command line and the UI talk to this interface only,
/// by PlanLocation; the SQLite implementation (`.waveplan` files, see docs/file-format.md) is one of its kind.

#include "core/model/plan.h"
#include "core/schedule/schedule_reference.h"
#include "core/store/plan_location.h"
#include "core/store/scenario_set.h"
#include "core/util/result.h"

#include <filesystem>
#include <memory>

namespace waveplan {

/// A place plans are kept, addressed by PlanLocation. Every open, save, autosave and recovery in
/// the program goes through this interface (see planStoreFor), so a second store can be added
/// without touching its callers.
class PlanStore {
public:
    virtual ~PlanStore() = default;

    /// Reads the plan at `location`. Never modifies what is stored there, whatever it holds. On
    /// failure the errors say what is wrong in words a user can act on (not SQLite, not a plan,
    /// from a newer Waveplan, damaged, missing, unreadable...) and name the location.
    /// When `accepted` is given, it is set to the schedule the plan was saved with (keyed by
    /// capability key), or emptied when there is none: a plan saved without one, an older file,
    /// a failed load, or a damaged accepted schedule (which is only a hint, so it is dropped
    /// with a warning in the log and the plan still opens).
    [[nodiscard]] virtual Result<Plan> load(const PlanLocation &location,
                                            ScheduleReference *accepted = nullptr) const = 0;

    /// Writes `plan` to `location` atomically: afterwards it holds either the old plan (on
    /// failure, or if the process dies at any point) or the new one, never a mix or a broken
    /// file. Refuses plans with structural errors. When `accepted` is given and not empty, it
    /// is kept with the plan, in the same atomic write, as the schedule the plan was accepted
    /// with; its entries for keys that are not capabilities of `plan` are left out.
    [[nodiscard]] virtual Status save(const Plan &plan, const PlanLocation &location,
                                      const ScheduleReference *accepted = nullptr) const = 0;

    /// Every scenario kept at `location`, with the current one's plan and accepted schedule
    /// as load() gives them; a location saved by save() holds one, kDefaultScenarioName.
    /// Fails as load() fails, and when a scenario is damaged (naming it).
    [[nodiscard]] virtual Result<ScenarioSet> loadScenarios(const PlanLocation &location) const = 0;

    /// Writes every scenario of `set` to `location` atomically, as save() does: the current one
    /// is what load() reads back. Refuses a set with a plan save() would refuse, a scenario name
    /// scenarioName() would refuse, or no current scenario.
    [[nodiscard]] virtual Status saveScenarios(const ScenarioSet &set, const PlanLocation &location) const = 0;
};

/// The `.waveplan` SQLite store.
[[nodiscard]] std::unique_ptr<PlanStore> makeSqlitePlanStore();

/// The store that keeps plans at `location` (today always the SQLite store).
[[nodiscard]] const PlanStore &planStoreFor(const PlanLocation &location);

/// planStoreFor(location).load(location, accepted).
[[nodiscard]] Result<Plan> openPlan(const PlanLocation &location, ScheduleReference *accepted = nullptr);
/// planStoreFor(location).save(plan, location, accepted).
[[nodiscard]] Status savePlan(const Plan &plan, const PlanLocation &location,
                              const ScheduleReference *accepted = nullptr);
/// planStoreFor(location).loadScenarios(location).
[[nodiscard]] Result<ScenarioSet> openScenarios(const PlanLocation &location);
/// planStoreFor(location).saveScenarios(set, location).
[[nodiscard]] Status saveScenarios(const ScenarioSet &set, const PlanLocation &location);

} // namespace waveplan
