#include "core/store/plan_store.h"

#include "core/store/sqlite_plan_file.h"

namespace waveplan {

namespace {

/// The `.waveplan` store: one SQLite file per plan (plan_file_open.cpp, plan_file_save.cpp).
class SqlitePlanStore final : public PlanStore {
public:
    Result<Plan> load(const PlanLocation &location, ScheduleReference *accepted) const override
    {
        return detail::openSqlitePlanFile(location.file, accepted);
    }
    Status save(const Plan &plan, const PlanLocation &location, const ScheduleReference *accepted) const override
    {
        return detail::saveSqlitePlanFile(plan, location.file, accepted, nullptr, location.mayReplace);
    }
    Result<ScenarioSet> loadScenarios(const PlanLocation &location) const override
    {
        ScenarioSet set;
        const Result<Plan> plan = detail::openSqlitePlanFile(location.file, nullptr, &set);
        if (!plan)
            return plan.errors();
        return set;
    }
    Status saveScenarios(const ScenarioSet &set, const PlanLocation &location) const override
    {
        if (set.current >= set.scenarios.size())
            return Error{"cannot save: no scenario is current", location.describe(), 0, 0};
        const Scenario &current = set.currentScenario();
        return detail::saveSqlitePlanFile(current.plan, location.file, &current.accepted, &set, location.mayReplace);
    }
};

} // namespace

std::unique_ptr<PlanStore> makeSqlitePlanStore()
{
    return std::make_unique<SqlitePlanStore>();
}

const PlanStore &planStoreFor(const PlanLocation &)
{
    static const SqlitePlanStore sqlite; // stateless, so one is shared by every caller and thread
    return sqlite;
}

Result<Plan> openPlan(const PlanLocation &location, ScheduleReference *accepted)
{
    return planStoreFor(location).load(location, accepted);
}

Status savePlan(const Plan &plan, const PlanLocation &location, const ScheduleReference *accepted)
{
    return planStoreFor(location).save(plan, location, accepted);
}

Result<ScenarioSet> openScenarios(const PlanLocation &location)
{
    return planStoreFor(location).loadScenarios(location);
}

Status saveScenarios(const ScenarioSet &set, const PlanLocation &location)
{
    return planStoreFor(location).saveScenarios(set, location);
}

} // namespace waveplan
