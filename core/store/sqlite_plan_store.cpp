#include "core/store/plan_store.h"

namespace waveplan {

namespace {

/// The `.waveplan` store: a thin object over openPlanFile() and savePlanFile(), so that
/// callers can be handed a PlanStore (and tests a fake one).
class SqlitePlanStore final : public PlanStore {
public:
    Result<Plan> load(const std::filesystem::path &path) const override { return openPlanFile(path); }
    Status save(const Plan &plan, const std::filesystem::path &path) const override
    {
        return savePlanFile(plan, path);
    }
};

} // namespace

std::unique_ptr<PlanStore> makeSqlitePlanStore()
{
    return std::make_unique<SqlitePlanStore>();
}

} // namespace waveplan
