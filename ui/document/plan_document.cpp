#include "ui/document/plan_document.h"

#include "ui/commands/schedule_step_command.h"
#include "ui/document/schedule_runner.h"

#include "core/formats/format_registry.h"
#include "core/schedule/schedule_inputs.h"

#include <QUndoGroup>
#include <QUndoStack>

#include <algorithm>

#include <utility>

namespace waveplan::ui {

namespace {

/// The format of `path` if it holds a whole plan (a .waveplan or a plan .json), as the registry
/// detects it; spreadsheets, reports and pictures are imported or exported, not opened or saved.
Result<const Format *> documentFormat(const FormatRegistry &formats, const std::filesystem::path &path,
                                      FormatAccess access)
{
    const Result<const Format *> format = formats.detect(path, access);
    if (format && !format.value()->wholePlan)
        return Error{"a " + format.value()->name + " does not hold a whole plan; use File > " +
                         (access == FormatAccess::Read ? "Import" : "Export") + " instead",
                     path.string(), 0, 0};
    return format;
}

PlanChange changeOf(edit::EditArea area)
{
    switch (area) {
    case edit::EditArea::Capabilities: return PlanChange::Capabilities;
    case edit::EditArea::Dependencies: return PlanChange::Dependencies;
    case edit::EditArea::Positions: return PlanChange::Positions;
    case edit::EditArea::Teams: return PlanChange::Teams;
    case edit::EditArea::Settings: return PlanChange::Settings;
    case edit::EditArea::Baselines: return PlanChange::Baselines;
    }
    return PlanChange::Reset;
}

} // namespace

PlanDocument::PlanDocument(QObject *parent)
    : QObject(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_runner(new ScheduleRunner(this))
{
    m_undoStack = newHistory();
    m_undoGroup->setActiveStack(m_undoStack);
    m_scenarios.push_back({singleScenario(blankPlan()).scenarios.front(), m_undoStack});
    m_schedule = m_runner->reschedule(m_revision);
}

QUndoStack *PlanDocument::newHistory()
{
    auto *history = new QUndoStack(this);
    m_undoGroup->addStack(history);
    connect(history, &QUndoStack::cleanChanged, this, &PlanDocument::fileStateChanged);
    return history;
}

PlanDocument::~PlanDocument()
{
    // Stop the worker before the plan it was started from goes away.
    delete m_runner;
    m_runner = nullptr;
}

bool PlanDocument::isImprovingSchedule() const
{
    return m_runner->isImproving();
}

bool PlanDocument::isModified() const
{
    if (m_scenariosEdited)
        return true;
    for (const ScenarioSlot &slot : m_scenarios)
        if (!slot.history->isClean())
            return true;
    return false;
}

void PlanDocument::resetPlan(const Plan &plan, const std::filesystem::path &filePath, const ScheduleReference *accepted)
{
    resetScenarios(singleScenario(plan, accepted ? *accepted : ScheduleReference{}), filePath);
}

void PlanDocument::resetScenarios(const ScenarioSet &set, const std::filesystem::path &filePath)
{
    m_filePath = filePath;
    // Every history goes; the first new one becomes active before the old ones are deleted, so
    // the group's undo actions never point at a deleted stack.
    std::vector<ScenarioSlot> old = std::move(m_scenarios);
    m_scenarios.clear();
    for (const Scenario &scenario : set.scenarios)
        m_scenarios.push_back({scenario, newHistory()});
    m_openScenario = std::min(set.current, m_scenarios.size() - 1);
    m_undoStack = m_scenarios[m_openScenario].history;
    m_undoGroup->setActiveStack(m_undoStack);
    for (ScenarioSlot &slot : old)
        delete slot.history;
    m_scenariosEdited = false;
    openScenario(m_openScenario);
    emit fileStateChanged(); // the path, the title and the modified state may all have changed
}

void PlanDocument::openScenario(std::size_t index)
{
    m_openScenario = index;
    ScenarioSlot &slot = m_scenarios[index];
    m_undoStack = slot.history;
    m_undoGroup->setActiveStack(m_undoStack);
    m_plan = withIds(slot.scenario.plan); // views follow capabilities by id: an open plan always has them
    m_shownBaseline = m_plan.baselines.empty() ? std::string() : m_plan.baselines.back().name;
    const ScheduleReference accepted = slot.scenario.accepted;
    announce(PlanChange::Reset, {}, {}, nullptr, accepted.empty() ? nullptr : &accepted);
    emit shownBaselineChanged();
    emit scenariosChanged();
}

Status PlanDocument::open(const std::filesystem::path &path)
{
    const FormatRegistry formats = builtInFormats();
    const Result<const Format *> format = documentFormat(formats, path, FormatAccess::Read);
    if (!format)
        return format.errors();
    ReadRequest request;
    request.path = path;
    ScheduleReference accepted;
    request.acceptedSchedule = &accepted;
    ScenarioSet scenarios; // a .waveplan's; other formats hold one plan and leave it empty
    request.scenarios = &scenarios;
    Result<Plan> loaded = format.value()->reader(request);
    if (!loaded)
        return loaded.errors();
    if (scenarios.scenarios.empty())
        scenarios = singleScenario(loaded.value(), accepted);
    resetScenarios(scenarios, path);
    return Ok{};
}

Status PlanDocument::saveAs(const std::filesystem::path &path)
{
    const FormatRegistry formats = builtInFormats();
    const Result<const Format *> format = documentFormat(formats, path, FormatAccess::Write);
    if (!format)
        return format.errors();
    const ScenarioSet set = scenarios();
    const bool planFile = format.value()->id == kPlanFileFormat;
    if (!planFile && set.scenarios.size() > 1)
        return Error{"a plan " + format.value()->name + " holds one plan and this file has " +
                         std::to_string(set.scenarios.size()) +
                         " scenarios: save it as a .waveplan, or export the open scenario with File > Export",
                     path.string(), 0, 0};
    WriteRequest request;
    request.path = path;
    request.overwrite = true; // the file dialog has asked
    const ScheduleReference accepted = referenceOf(m_schedule);
    request.acceptedSchedule = &accepted;
    request.scenarios = planFile ? &set : nullptr;
    const Status saved = format.value()->writer(m_plan, request);
    if (!saved)
        return saved;
    // A history turning clean tells fileStateChanged itself; a new path or saved scenario
    // changes alone are said here.
    bool anyUnclean = false;
    for (const ScenarioSlot &slot : m_scenarios)
        anyUnclean = anyUnclean || !slot.history->isClean();
    const bool tellHere = (path != m_filePath || m_scenariosEdited) && !anyUnclean;
    m_filePath = path;
    m_scenariosEdited = false;
    for (ScenarioSlot &slot : m_scenarios)
        slot.history->setClean();
    if (tellHere)
        emit fileStateChanged();
    return Ok{};
}

Result<edit::PlanEdit> PlanDocument::apply(const edit::PlanEdit &edit, const ScheduleReference *returnTo)
{
    QStringList keys;
    for (const std::string &key : edit.summary.keys)
        keys.append(QString::fromStdString(key));
    Rename rename;
    if (edit.summary.rename) {
        rename = {QString::fromStdString(edit.summary.rename->from), QString::fromStdString(edit.summary.rename->to)};
        emit capabilityAboutToBeRenamed(rename.from, rename.to);
    }
    Result<edit::PlanEdit> inverse = edit::apply(m_plan, edit);
    if (!inverse) {
        // The plan is as it was; let whatever noted the rename put its keys back.
        if (edit.summary.rename)
            emit capabilityRenamed(rename.from, rename.from);
        return inverse;
    }
    // A fresh edit of names, owners, KPIs and the like moves nothing: no re-plan. (Undo and
    // redo re-plan as ever: they return to the schedule shown before, which a background search
    // may have improved on since.)
    const bool scheduleStays =
        returnTo == nullptr && !edit.operations.empty()
        && std::all_of(edit.operations.begin(), edit.operations.end(), [](const edit::PlanOperation &operation) {
               const auto *replace = std::get_if<edit::ReplaceCapability>(&operation);
               return replace != nullptr && sameSchedulingInputs(replace->before, replace->after);
           });
    announce(changeOf(edit.summary.area), keys, rename, returnTo, nullptr, scheduleStays);
    followBaselines(edit);
    return inverse;
}

const Baseline *PlanDocument::shownBaseline() const
{
    return m_shownBaseline.empty() ? nullptr : m_plan.findBaseline(m_shownBaseline);
}

void PlanDocument::showBaseline(const QString &name)
{
    const std::string wanted = m_plan.findBaseline(name.toStdString()) ? name.toStdString() : std::string();
    if (wanted == m_shownBaseline)
        return;
    m_shownBaseline = wanted;
    emit shownBaselineChanged();
}

void PlanDocument::followBaselines(const edit::PlanEdit &edit)
{
    std::string shown = m_shownBaseline;
    bool renamed = false;
    for (const edit::PlanOperation &operation : edit.operations) {
        if (const auto *insert = std::get_if<edit::InsertBaseline>(&operation))
            shown = insert->baseline.name;
        else if (const auto *replace = std::get_if<edit::ReplaceBaseline>(&operation);
                 replace && replace->before.name == shown && replace->after.name != shown) {
            shown = replace->after.name;
            renamed = true;
        }
    }
    if (!shown.empty() && !m_plan.findBaseline(shown))
        shown = m_plan.baselines.empty() ? std::string() : m_plan.baselines.back().name;
    if (shown == m_shownBaseline && !renamed)
        return;
    m_shownBaseline = shown;
    emit shownBaselineChanged();
}

void PlanDocument::announce(PlanChange change, const QStringList &keys, const Rename &rename,
                            const ScheduleReference *returnTo, const ScheduleReference *accepted,
                            bool scheduleStays)
{
    ++m_revision;
    // Positions and baselines never move a schedule, and a drag announces dozens per second.
    const bool reschedule = change != PlanChange::Positions && change != PlanChange::Baselines && m_runner;
    if (reschedule && scheduleStays) {
        // The same schedule, as a re-plan would give: what the last change moved is cleared.
        m_changeBase = referenceOf(m_schedule);
        m_changes = diffSchedules(m_changeBase, m_schedule);
    } else if (reschedule) {
        setOptimising(false); // a change cancels Optimise whole plan
        if (change == PlanChange::Reset) {
            // A new plan: optimised freely, or shown as it was saved.
            m_changeBase = {};
            m_schedule = m_runner->reschedule(m_revision, accepted, accepted == nullptr);
            m_changes = {};
        } else {
            replanFromScreen(returnTo);
        }
    }
    // Views that follow planChanged already see the first schedule of the new revision.
    emit planChanged(change, keys);
    if (rename.from != rename.to)
        emit capabilityRenamed(rename.from, rename.to);
    if (reschedule) {
        emit scheduleChanged();
        emit changesChanged();
    }
}

void PlanDocument::setSchedule(quint64 revision, const Schedule &schedule)
{
    Q_UNUSED(revision); // the runner has checked it is current
    m_schedule = schedule;
    if (!m_changeBase.empty())
        m_changes = diffSchedules(m_changeBase, m_schedule);
    emit scheduleChanged();
    emit changesChanged();
}

void PlanDocument::dismissChanges()
{
    if (m_changes.empty() && m_changeBase.empty())
        return;
    m_changes = {};
    m_changeBase = {};
    emit changesChanged();
}

void PlanDocument::replanFromScreen(const ScheduleReference *returnTo)
{
    m_changeBase = referenceOf(m_schedule);
    m_schedule = m_runner->reschedule(m_revision, returnTo ? returnTo : &m_changeBase, returnTo == nullptr);
    m_changes = diffSchedules(m_changeBase, m_schedule);
}

void PlanDocument::showSchedule(const ScheduleReference &target)
{
    ++m_revision; // a search in flight for the old schedule is stale now
    setOptimising(false);
    replanFromScreen(&target);
    emit scheduleChanged();
    emit changesChanged();
}

void PlanDocument::optimiseWholePlan()
{
    if (m_plan.capabilities.empty() || m_optimising)
        return;
    setOptimising(true);
    m_runner->optimise(m_revision, [this](const Schedule &optimised) {
        setOptimising(false);
        m_undoStack->push(new ScheduleStepCommand(this, referenceOf(m_schedule), referenceOf(optimised),
                                                  tr("Optimise whole plan")));
    });
}

void PlanDocument::setOptimising(bool optimising)
{
    if (optimising == m_optimising)
        return;
    m_optimising = optimising;
    emit optimisingChanged(optimising);
}

SelectionModel::SelectionModel(const PlanDocument *document, QObject *parent)
    : QObject(parent)
{
    // Views rebuilding a renamed card or row may drop it from the selection while they follow
    // planChanged; what was selected before the rename is what comes back, renamed.
    connect(document, &PlanDocument::capabilityAboutToBeRenamed, this,
            [this](const QString &, const QString &) { m_keysBeforeRename = m_keys; });
    connect(document, &PlanDocument::capabilityRenamed, this, [this](const QString &from, const QString &to) {
        QStringList keys = std::exchange(m_keysBeforeRename, {});
        if (!keys.contains(from))
            return;
        for (QString &key : keys)
            if (key == from)
                key = to;
        setSelectedKeys(keys);
    });
}

void SelectionModel::setSelectedKeys(const QStringList &keys)
{
    if (keys == m_keys)
        return;
    m_keys = keys;
    emit selectionChanged(m_keys);
}

} // namespace waveplan::ui
