#include "core/edit/plan_operation.h"

#include "core/util/overloaded.h"

namespace waveplan::edit {

PlanOperation inverseOf(const PlanOperation &operation)
{
    return std::visit(
        Overloaded{
            [](const InsertCapability &op) -> PlanOperation { return RemoveCapability{op.index, op.capability}; },
            [](const RemoveCapability &op) -> PlanOperation { return InsertCapability{op.index, op.capability}; },
            [](const ReplaceCapability &op) -> PlanOperation { return ReplaceCapability{op.index, op.after, op.before}; },
            [](const InsertDependency &op) -> PlanOperation { return RemoveDependency{op.index, op.dependency}; },
            [](const RemoveDependency &op) -> PlanOperation { return InsertDependency{op.index, op.dependency}; },
            [](const SetLag &op) -> PlanOperation { return SetLag{op.index, op.after, op.before}; },
            [](const InsertTeam &op) -> PlanOperation { return RemoveTeam{op.index, op.team}; },
            [](const RemoveTeam &op) -> PlanOperation { return InsertTeam{op.index, op.team}; },
            [](const ReplaceTeam &op) -> PlanOperation { return ReplaceTeam{op.index, op.after, op.before}; },
            [](const SetPlanSettings &op) -> PlanOperation { return SetPlanSettings{op.after, op.before}; },
            [](const InsertBaseline &op) -> PlanOperation { return RemoveBaseline{op.index, op.baseline}; },
            [](const RemoveBaseline &op) -> PlanOperation { return InsertBaseline{op.index, op.baseline}; },
            [](const ReplaceBaseline &op) -> PlanOperation { return ReplaceBaseline{op.index, op.after, op.before}; },
        },
        operation);
}

} // namespace waveplan::edit
