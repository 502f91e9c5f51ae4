#pragma once
// A small hand-made plan for the capability table tests: four capabilities in a chain with
// known durations, teams, owners and dependencies; and what a filtered table shows.

#include "core/model/plan.h"
#include "ui/table/capability_filter_model.h"
#include "ui/table/capability_table_model.h"

#include <QStringList>

#include <utility>
#include <vector>

namespace waveplan::test {

/// DATA (foundational, 30 days, Data:2, owner Ana) -> CDP (foundational, 100 days, +5 days lag,
/// Data:1; Marketing:1) -> JOURNEYS (additive, 20 days, Marketing:2); ATTR (additive, 5 days,
/// Data:1, no owner) stands alone.
inline Capability tableCapability(const char *key, const char *name, CapabilityKind kind, int days,
                                  std::vector<TeamDemand> demand, const char *owner, const char *kpi)
{
    Capability c;
    c.key = key;
    c.name = name;
    c.kind = kind;
    c.durationDays = days;
    c.demand = std::move(demand);
    c.owner = owner;
    c.kpi = kpi;
    return c;
}

inline Plan tablePlan()
{
    Plan plan;
    plan.name = "Table plan";
    plan.teams = {Team{"Data", 3, {}, {}}, Team{"Marketing", 2, {}, {}}};
    plan.capabilities = {
        tableCapability("DATA", "Clean customer data", CapabilityKind::Foundational, 30, {{"Data", 2}}, "Ana",
                        "match rate"),
        tableCapability("CDP", "Customer data platform", CapabilityKind::Foundational, 100,
                        {{"Data", 1}, {"Marketing", 1}}, "Ben", "profiles unified"),
        tableCapability("JOURNEYS", "Triggered journeys", CapabilityKind::Additive, 20, {{"Marketing", 2}}, "Cleo",
                        "conversion"),
        tableCapability("ATTR", "Attribution model", CapabilityKind::Additive, 5, {{"Data", 1}}, "", "budget moved"),
    };
    plan.dependencies = {Dependency{"DATA", "CDP", 5}, Dependency{"CDP", "JOURNEYS", 0}};
    return plan;
}

/// The keys the filter model shows, top to bottom.
inline QStringList shownKeys(const ui::CapabilityFilterModel &filter)
{
    QStringList keys;
    for (int row = 0; row < filter.rowCount(); ++row)
        keys << filter.index(row, ui::CapabilityTableModel::Key).data().toString();
    return keys;
}

} // namespace waveplan::test
