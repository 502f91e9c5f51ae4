#include "ui/commands/capability_commands.h"

#include "ui/commands/command_support.h"

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

namespace waveplan::ui {

using detail::PlanCommand;

namespace {

/// Renames `from` to `to` in every dependency that names it.
void renameInDependencies(Plan &plan, const std::string &from, const std::string &to)
{
    for (Dependency &d : plan.dependencies) {
        if (d.predecessor == from)
            d.predecessor = to;
        if (d.successor == from)
            d.successor = to;
    }
}

class AddCapability : public PlanCommand {
public:
    AddCapability(PlanDocument *document, Capability capability)
        : PlanCommand(document, QObject::tr("Add %1").arg(qs(capability.key)))
        , m_capability(std::move(capability))
        , m_index(document->plan().capabilities.size())
    {
    }

    void redo() override
    {
        m_document->apply(PlanChange::Capabilities, {qs(m_capability.key)}, [this](Plan &plan) {
            plan.capabilities.insert(plan.capabilities.begin() + static_cast<std::ptrdiff_t>(m_index), m_capability);
        });
    }

    void undo() override
    {
        m_document->apply(PlanChange::Capabilities, {qs(m_capability.key)}, [this](Plan &plan) {
            plan.capabilities.erase(plan.capabilities.begin() + plan.indexOfCapability(m_capability.key));
        });
    }

private:
    Capability m_capability;
    std::size_t m_index;
};

/// Deletes capabilities and their dependencies, keeping each with its index so undo restores
/// the plan exactly.
class RemoveCapabilities : public PlanCommand {
public:
    RemoveCapabilities(PlanDocument *document, const QString &text, std::vector<std::pair<std::size_t, Capability>> removed,
                       std::vector<std::pair<std::size_t, Dependency>> removedDependencies)
        : PlanCommand(document, text)
        , m_capabilities(std::move(removed))
        , m_dependencies(std::move(removedDependencies))
    {
        for (const auto &entry : m_capabilities)
            m_keys.append(qs(entry.second.key));
    }

    void redo() override
    {
        m_document->apply(PlanChange::Capabilities, m_keys, [this](Plan &plan) {
            // Highest index first, so the lower indices stay valid.
            for (auto it = m_dependencies.rbegin(); it != m_dependencies.rend(); ++it)
                plan.dependencies.erase(plan.dependencies.begin() + static_cast<std::ptrdiff_t>(it->first));
            for (auto it = m_capabilities.rbegin(); it != m_capabilities.rend(); ++it)
                plan.capabilities.erase(plan.capabilities.begin() + static_cast<std::ptrdiff_t>(it->first));
        });
    }

    void undo() override
    {
        m_document->apply(PlanChange::Capabilities, m_keys, [this](Plan &plan) {
            // Lowest index first: each lands where it was once those before it are back.
            for (const auto &[index, capability] : m_capabilities)
                plan.capabilities.insert(plan.capabilities.begin() + static_cast<std::ptrdiff_t>(index), capability);
            for (const auto &[index, dependency] : m_dependencies)
                plan.dependencies.insert(plan.dependencies.begin() + static_cast<std::ptrdiff_t>(index), dependency);
        });
    }

private:
    std::vector<std::pair<std::size_t, Capability>> m_capabilities; ///< ascending index
    std::vector<std::pair<std::size_t, Dependency>> m_dependencies; ///< ascending index
    QStringList m_keys;
};

class EditCapability : public PlanCommand {
public:
    EditCapability(PlanDocument *document, const QString &text, Capability oldValue, Capability newValue)
        : PlanCommand(document, text)
        , m_old(std::move(oldValue))
        , m_new(std::move(newValue))
    {
        if (m_old.key != m_new.key)
            m_keys = QStringList{qs(m_old.key), qs(m_new.key)};
        else
            m_keys = QStringList{qs(m_old.key)};
        Capability movedOnly = m_old;
        movedOnly.position = m_new.position;
        m_change = movedOnly == m_new ? PlanChange::Positions : PlanChange::Capabilities;
    }

    void redo() override { replace(m_old, m_new); }
    void undo() override { replace(m_new, m_old); }

private:
    void replace(const Capability &from, const Capability &to)
    {
        const auto edit = [&](Plan &plan) {
            plan.capabilities[static_cast<std::size_t>(plan.indexOfCapability(from.key))] = to;
            if (from.key != to.key)
                renameInDependencies(plan, from.key, to.key);
        };
        if (from.key != to.key)
            m_document->applyRename(qs(from.key), qs(to.key), m_keys, edit);
        else
            m_document->apply(m_change, m_keys, edit);
    }

    Capability m_old;
    Capability m_new;
    QStringList m_keys;
    PlanChange m_change;
};

class MoveCapabilities : public PlanCommand {
public:
    MoveCapabilities(PlanDocument *document, std::vector<std::string> keys,
                     std::vector<std::optional<MapPosition>> oldPositions, std::vector<MapPosition> newPositions,
                     bool startsNewDrag)
        : PlanCommand(document, keys.size() == 1 ? QObject::tr("Move %1").arg(qs(keys.front()))
                                                 : QObject::tr("Move %1 capabilities").arg(keys.size()))
        , m_keys(std::move(keys))
        , m_old(std::move(oldPositions))
        , m_new(std::move(newPositions))
        , m_startsNewDrag(startsNewDrag)
    {
        for (const std::string &key : m_keys)
            m_keyList.append(qs(key));
    }

    int id() const override { return detail::MoveCapabilitiesId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const MoveCapabilities *>(other);
        if (next->m_startsNewDrag || next->m_keys != m_keys)
            return false;
        m_new = next->m_new;
        // Dragged back to where it started: the step changes nothing and leaves the stack.
        bool unchanged = true;
        for (std::size_t i = 0; i < m_keys.size(); ++i)
            unchanged = unchanged && m_old[i] == m_new[i];
        setObsolete(unchanged);
        return true;
    }

    void redo() override
    {
        m_document->apply(PlanChange::Positions, m_keyList, [this](Plan &plan) {
            for (std::size_t i = 0; i < m_keys.size(); ++i)
                plan.findCapability(m_keys[i])->position = m_new[i];
        });
    }

    void undo() override
    {
        m_document->apply(PlanChange::Positions, m_keyList, [this](Plan &plan) {
            for (std::size_t i = 0; i < m_keys.size(); ++i)
                plan.findCapability(m_keys[i])->position = m_old[i];
        });
    }

private:
    std::vector<std::string> m_keys; ///< in plan order, so the same selection always compares equal
    std::vector<std::optional<MapPosition>> m_old;
    std::vector<MapPosition> m_new;
    QStringList m_keyList;
    bool m_startsNewDrag;
};

} // namespace

QUndoCommand *makeAddCapabilityCommand(PlanDocument *doc, const Capability &capability)
{
    Plan edited = doc->plan();
    edited.capabilities.push_back(capability);
    if (doc->plan().findCapability(capability.key) || detail::breaksStructure(doc->plan(), edited))
        return nullptr;
    return new AddCapability(doc, capability);
}

QUndoCommand *makeRemoveCapabilitiesCommand(PlanDocument *doc, const QStringList &keys)
{
    const Plan &plan = doc->plan();
    std::vector<std::pair<std::size_t, Capability>> removed;
    for (std::size_t i = 0; i < plan.capabilities.size(); ++i)
        if (keys.contains(qs(plan.capabilities[i].key)))
            removed.emplace_back(i, plan.capabilities[i]);
    if (removed.empty())
        return nullptr;
    std::vector<std::pair<std::size_t, Dependency>> dependencies;
    for (std::size_t i = 0; i < plan.dependencies.size(); ++i) {
        const Dependency &d = plan.dependencies[i];
        if (keys.contains(qs(d.predecessor)) || keys.contains(qs(d.successor)))
            dependencies.emplace_back(i, d);
    }
    const QString text = removed.size() == 1 ? QObject::tr("Delete %1").arg(qs(removed.front().second.key))
                                             : QObject::tr("Delete %1 capabilities").arg(removed.size());
    return new RemoveCapabilities(doc, text, std::move(removed), std::move(dependencies));
}

QUndoCommand *makeEditCapabilityCommand(PlanDocument *doc, const QString &key, const Capability &newValue,
                                        const QString &actionText)
{
    const Plan &plan = doc->plan();
    const int index = plan.indexOfCapability(str(key));
    if (index < 0)
        return nullptr;
    const Capability &current = plan.capabilities[static_cast<std::size_t>(index)];
    if (current == newValue)
        return nullptr;
    if (newValue.key != current.key && plan.findCapability(newValue.key))
        return nullptr;
    Plan edited = plan;
    edited.capabilities[static_cast<std::size_t>(index)] = newValue;
    renameInDependencies(edited, current.key, newValue.key);
    if (detail::breaksStructure(plan, edited))
        return nullptr;
    return new EditCapability(doc, actionText, current, newValue);
}

QUndoCommand *makeMoveCapabilitiesCommand(PlanDocument *doc, const QHash<QString, MapPosition> &newPositions,
                                          bool startsNewDrag)
{
    std::vector<std::string> keys;
    std::vector<std::optional<MapPosition>> oldPositions;
    std::vector<MapPosition> positions;
    bool moves = false;
    for (const Capability &c : doc->plan().capabilities) {
        const auto found = newPositions.constFind(qs(c.key));
        if (found == newPositions.constEnd())
            continue;
        keys.push_back(c.key);
        oldPositions.push_back(c.position);
        positions.push_back(*found);
        moves = moves || c.position != *found;
    }
    if (!moves)
        return nullptr;
    return new MoveCapabilities(doc, std::move(keys), std::move(oldPositions), std::move(positions), startsNewDrag);
}

} // namespace waveplan::ui
