#include "ui/compare/compare_sides.h"

#include "ui/document/plan_document.h"
#include "ui/text/qt_text.h"

#include "core/formats/format_registry.h"
#include "core/schedule/baseline_drift.h"

#include <QObject>

namespace waveplan::ui {

namespace {

/// `plan` scheduled as `waveplan schedule` would: close to `accepted` where it holds.
Schedule scheduled(const Plan &plan, const ScheduleReference &accepted, std::int64_t budget) {
    ScheduleOptions options;
    options.budgetSchedules = budget;
    options.reference = accepted.empty() ? nullptr : &accepted;
    return computeSchedule(plan, options);
}

} // namespace

QString CompareSource::label(const PlanDocument &document) const {
    switch (kind) {
    case Kind::Scenario:
        return scenario == document.scenarioName()
                   ? QObject::tr("%1 (open, as on screen)").arg(scenario)
                   : scenario;
    case Kind::Baseline:
        return QObject::tr("%1 (baseline of %2)").arg(baseline, scenario);
    case Kind::File:
        return qs(file.filename().string());
    }
    return {};
}

std::vector<CompareSource> compareSources(const PlanDocument &document) {
    std::vector<CompareSource> sources;
    const ScenarioSet set = document.scenarios();
    for (const Scenario &s : set.scenarios)
        sources.push_back({CompareSource::Kind::Scenario, qs(s.name), {}, {}});
    for (const Scenario &s : set.scenarios)
        for (const Baseline &b : s.plan.baselines)
            sources.push_back({CompareSource::Kind::Baseline, qs(s.name), qs(b.name), {}});
    return sources;
}

Result<ComparedPlan> resolveSide(const PlanDocument &document, const CompareSource &source,
                                 std::int64_t budget) {
    ComparedPlan side;
    side.label = source.label(document).toStdString();
    if (source.kind == CompareSource::Kind::File) {
        const FormatRegistry formats = builtInFormats();
        const Result<const Format *> format = formats.detect(source.file, FormatAccess::Read);
        if (!format)
            return format.errors();
        if (!format.value()->wholePlan)
            return Error{"a " + format.value()->name + " does not hold a whole plan",
                         source.file.string(), 0, 0};
        ReadRequest request;
        request.path = source.file;
        ScheduleReference accepted;
        request.acceptedSchedule = &accepted;
        Result<Plan> plan = format.value()->reader(request);
        if (!plan)
            return plan.errors();
        side.plan = std::move(plan).value();
        side.schedule = scheduled(side.plan, accepted, budget);
        return side;
    }
    const ScenarioSet set = document.scenarios();
    const Scenario *scenario = set.find(source.scenario.toStdString());
    if (scenario == nullptr)
        return messageError("The plan has no scenario called '" + source.scenario.toStdString() +
                            "' any more.");
    const bool open = source.scenario == document.scenarioName();
    if (source.kind == CompareSource::Kind::Baseline) {
        const Baseline *baseline = scenario->plan.findBaseline(source.baseline.toStdString());
        if (baseline == nullptr)
            return messageError("'" + scenario->name + "' has no baseline called '" +
                                source.baseline.toStdString() + "' any more.");
        side.plan = frozenPlan(*baseline, scenario->plan);
        side.schedule = frozenSchedule(*baseline, scenario->plan);
        return side;
    }
    side.plan = scenario->plan;
    side.schedule =
        open ? document.schedule() : scheduled(scenario->plan, scenario->accepted, budget);
    return side;
}

} // namespace waveplan::ui
