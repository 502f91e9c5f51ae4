#include "ui/commands/dependency_commands.h"

#include "ui/commands/command_support.h"

#include "core/schedule/cycles.h"

#include <QObject>
#include <QStringList>

#include <utility>

namespace waveplan::ui {

using detail::InsertListItem;
using detail::PlanCommand;

namespace {

QString arrow(const QString &predecessor, const QString &successor)
{
    return QStringLiteral("%1 -> %2").arg(predecessor, successor);
}

/// Index of the dependency predecessor -> successor, or -1.
int indexOfDependency(const Plan &plan, const std::string &predecessor, const std::string &successor)
{
    for (std::size_t i = 0; i < plan.dependencies.size(); ++i)
        if (plan.dependencies[i].predecessor == predecessor && plan.dependencies[i].successor == successor)
            return static_cast<int>(i);
    return -1;
}

Dependency &dependencyIn(Plan &plan, const Dependency &d)
{
    return plan.dependencies[static_cast<std::size_t>(indexOfDependency(plan, d.predecessor, d.successor))];
}

QStringList keysOf(const Dependency &d)
{
    return {qs(d.predecessor), qs(d.successor)};
}

class SetDependencyLag : public PlanCommand {
public:
    SetDependencyLag(PlanDocument *document, const Dependency &dependency, int newLag)
        : PlanCommand(document, QObject::tr("Change lag of %1").arg(arrow(qs(dependency.predecessor), qs(dependency.successor))))
        , m_dependency(dependency)
        , m_oldLag(dependency.lagDays)
        , m_newLag(newLag)
    {
    }

    void redo() override { setLag(m_newLag); }
    void undo() override { setLag(m_oldLag); }

private:
    void setLag(int lag)
    {
        m_document->apply(PlanChange::Dependencies, keysOf(m_dependency),
                          [&](Plan &plan) { dependencyIn(plan, m_dependency).lagDays = lag; });
    }

    Dependency m_dependency;
    int m_oldLag;
    int m_newLag;
};

} // namespace

std::optional<QString> whyCannotConnect(const Plan &plan, const QString &predecessor, const QString &successor)
{
    const std::string from = str(predecessor);
    const std::string to = str(successor);
    if (from == to)
        return QObject::tr("%1 cannot depend on itself.").arg(predecessor);
    for (const std::string &key : {from, to})
        if (!plan.findCapability(key))
            return QObject::tr("There is no capability with the key '%1'.").arg(qs(key));
    if (indexOfDependency(plan, from, to) >= 0)
        return QObject::tr("%1 already depends on %2.").arg(successor, predecessor);
    // The new link would close a cycle if the successor already leads to the predecessor.
    const std::vector<std::string> pathBack = dependencyPath(plan, to, from);
    if (!pathBack.empty()) {
        QStringList keys;
        for (const std::string &key : pathBack)
            keys.append(qs(key));
        return QObject::tr("Connecting %1 would create a cycle: %2 already leads from %3 to %4.")
            .arg(arrow(predecessor, successor), keys.join(QStringLiteral(" -> ")), successor, predecessor);
    }
    return std::nullopt;
}

QUndoCommand *makeAddDependencyCommand(PlanDocument *doc, const Dependency &dependency)
{
    if (dependency.lagDays < 0 || whyCannotConnect(doc->plan(), qs(dependency.predecessor), qs(dependency.successor)))
        return nullptr;
    const QString text = QObject::tr("Connect %1").arg(arrow(qs(dependency.predecessor), qs(dependency.successor)));
    return new InsertListItem<Dependency>(doc, text, &Plan::dependencies, PlanChange::Dependencies, keysOf(dependency),
                                          dependency, doc->plan().dependencies.size(), true);
}

QUndoCommand *makeRemoveDependencyCommand(PlanDocument *doc, const QString &predecessor, const QString &successor)
{
    const int index = indexOfDependency(doc->plan(), str(predecessor), str(successor));
    if (index < 0)
        return nullptr;
    const QString text = QObject::tr("Disconnect %1").arg(arrow(predecessor, successor));
    const auto at = static_cast<std::size_t>(index);
    const Dependency &removed = doc->plan().dependencies[at];
    return new InsertListItem<Dependency>(doc, text, &Plan::dependencies, PlanChange::Dependencies, keysOf(removed),
                                          removed, at, false);
}

QUndoCommand *makeSetDependencyLagCommand(PlanDocument *doc, const QString &predecessor, const QString &successor,
                                          int lagDays)
{
    const int index = indexOfDependency(doc->plan(), str(predecessor), str(successor));
    if (index < 0 || lagDays < 0)
        return nullptr;
    const Dependency &current = doc->plan().dependencies[static_cast<std::size_t>(index)];
    if (current.lagDays == lagDays)
        return nullptr;
    return new SetDependencyLag(doc, current, lagDays);
}

} // namespace waveplan::ui
