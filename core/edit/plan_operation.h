#pragma once
/// @file plan_operation.h
/// The smallest changes a plan edit is made of. Each operation carries what it finds in the
/// plan as well as what it leaves there, so it can be checked before it is applied and undone
/// exactly: the inverse of an operation is another operation (see `inverseOf`).

#include "core/model/baseline.h"
#include "core/model/capability.h"
#include "core/model/dependency.h"
#include "core/model/plan_settings.h"
#include "core/model/team.h"

#include <cstddef>
#include <variant>

namespace waveplan::edit {

/// Puts `capability` at `index` of the plan's capabilities.
struct InsertCapability {
    std::size_t index = 0;
    Capability capability;
    bool operator==(const InsertCapability &) const = default;
};

/// Takes `capability`, which is at `index`, out of the plan's capabilities.
struct RemoveCapability {
    std::size_t index = 0;
    Capability capability;
    bool operator==(const RemoveCapability &) const = default;
};

/// Replaces the capability at `index`, which is `before`, with `after`. Dependencies are not
/// touched: a rename is a replacement plus the dependency operations that follow the key.
struct ReplaceCapability {
    std::size_t index = 0;
    Capability before;
    Capability after;
    bool operator==(const ReplaceCapability &) const = default;
};

/// Puts `dependency` at `index` of the plan's dependencies.
struct InsertDependency {
    std::size_t index = 0;
    Dependency dependency;
    bool operator==(const InsertDependency &) const = default;
};

/// Takes `dependency`, which is at `index`, out of the plan's dependencies.
struct RemoveDependency {
    std::size_t index = 0;
    Dependency dependency;
    bool operator==(const RemoveDependency &) const = default;
};

/// Changes the lag of the dependency at `index` from `before` to `after` days.
struct SetLag {
    std::size_t index = 0;
    int before = 0;
    int after = 0;
    bool operator==(const SetLag &) const = default;
};

/// Puts `team` at `index` of the plan's teams.
struct InsertTeam {
    std::size_t index = 0;
    Team team;
    bool operator==(const InsertTeam &) const = default;
};

/// Takes `team`, which is at `index`, out of the plan's teams.
struct RemoveTeam {
    std::size_t index = 0;
    Team team;
    bool operator==(const RemoveTeam &) const = default;
};

/// Replaces the team at `index`, which is `before`, with `after`.
struct ReplaceTeam {
    std::size_t index = 0;
    Team before;
    Team after;
    bool operator==(const ReplaceTeam &) const = default;
};

/// Changes the plan's settings from `before` to `after`.
struct SetPlanSettings {
    PlanSettings before;
    PlanSettings after;
    bool operator==(const SetPlanSettings &) const = default;
};

/// Puts `baseline` at `index` of the plan's baselines.
struct InsertBaseline {
    std::size_t index = 0;
    Baseline baseline;
    bool operator==(const InsertBaseline &) const = default;
};

/// Takes `baseline`, which is at `index`, out of the plan's baselines.
struct RemoveBaseline {
    std::size_t index = 0;
    Baseline baseline;
    bool operator==(const RemoveBaseline &) const = default;
};

/// Replaces the baseline at `index`, which is `before`, with `after` (a rename).
struct ReplaceBaseline {
    std::size_t index = 0;
    Baseline before;
    Baseline after;
    bool operator==(const ReplaceBaseline &) const = default;
};

using PlanOperation =
    std::variant<InsertCapability, RemoveCapability, ReplaceCapability, InsertDependency, RemoveDependency, SetLag,
                 InsertTeam, RemoveTeam, ReplaceTeam, SetPlanSettings, InsertBaseline, RemoveBaseline, ReplaceBaseline>;

/// The operation that undoes `operation` exactly (insert <-> remove, before <-> after).
[[nodiscard]] PlanOperation inverseOf(const PlanOperation &operation);

} // namespace waveplan::edit
