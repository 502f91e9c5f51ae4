// PlanDocument's scenarios: named variants of the plan in one file, each with its own plan,
// schedule and undo history while the file is open (plan_document.h, "Scenarios").

#include "ui/document/plan_document.h"

#include "ui/text/qt_text.h"

#include <QUndoGroup>
#include <QUndoStack>

namespace waveplan::ui {

QString PlanDocument::scenarioName() const {
    return qs(m_scenarios[m_openScenario].scenario.name);
}

QStringList PlanDocument::scenarioNames() const {
    QStringList names;
    for (const ScenarioSlot &slot : m_scenarios)
        names << qs(slot.scenario.name);
    return names;
}

ScenarioSet PlanDocument::scenarios() const {
    ScenarioSet set;
    for (const ScenarioSlot &slot : m_scenarios)
        set.scenarios.push_back(slot.scenario);
    set.current = m_openScenario;
    Scenario &open = set.scenarios[m_openScenario];
    open.plan = m_plan;
    open.accepted = referenceOf(m_schedule);
    return set;
}

QString PlanDocument::newScenarioFromCurrent(const QString &name) {
    const ScenarioSet set = scenarios();
    const Result<std::string> wanted = waveplan::scenarioName(set, name.toStdString());
    if (!wanted)
        return qs(wanted.errors().front().message);
    Scenario copy = set.scenarios[m_openScenario];
    copy.name = wanted.value();
    const auto at = m_scenarios.begin() + static_cast<std::ptrdiff_t>(m_openScenario) + 1;
    m_scenarios.insert(at, {std::move(copy), newHistory()});
    m_scenariosEdited = true;
    switchToScenario(qs(wanted.value()));
    return {};
}

void PlanDocument::switchToScenario(const QString &name) {
    const QStringList names = scenarioNames();
    const auto index = static_cast<std::size_t>(names.indexOf(name));
    if (names.indexOf(name) < 0 || index == m_openScenario)
        return;
    // The one left keeps what is on screen, to come back to it as it was.
    ScenarioSlot &left = m_scenarios[m_openScenario];
    left.scenario.plan = m_plan;
    left.scenario.accepted = referenceOf(m_schedule);
    openScenario(index);
    emit fileStateChanged();
}

QString PlanDocument::renameScenario(const QString &from, const QString &to) {
    const auto index = scenarioNames().indexOf(from);
    if (index < 0)
        return tr("There is no scenario called '%1'.").arg(from);
    const Result<std::string> wanted =
        waveplan::scenarioName(scenarios(), to.toStdString(), from.toStdString());
    if (!wanted)
        return qs(wanted.errors().front().message);
    std::string &current = m_scenarios[static_cast<std::size_t>(index)].scenario.name;
    if (current == wanted.value())
        return {};
    current = wanted.value();
    m_scenariosEdited = true;
    emit scenariosChanged();
    emit fileStateChanged();
    return {};
}

QString PlanDocument::deleteScenario(const QString &name) {
    const auto found = scenarioNames().indexOf(name);
    if (found < 0)
        return tr("There is no scenario called '%1'.").arg(name);
    if (m_scenarios.size() == 1)
        return tr("'%1' is the only scenario; a plan keeps at least one.").arg(name);
    auto index = static_cast<std::size_t>(found);
    if (index == m_openScenario)
        switchToScenario(
            scenarioNames().at(index + 1 < m_scenarios.size() ? found + 1 : found - 1));
    delete m_scenarios[index].history;
    m_scenarios.erase(m_scenarios.begin() + found);
    if (m_openScenario > index)
        --m_openScenario;
    m_scenariosEdited = true;
    emit scenariosChanged();
    emit fileStateChanged();
    return {};
}

} // namespace waveplan::ui
