#include "core/model/cells/depends_on_cell.h"

#include "core/model/cells/value_cells.h"
#include "core/model/plan_limits.h"
#include "core/util/text.h"

#include <unordered_set>

namespace waveplan {

namespace {

/// Entries split at ';' and at ',': keys hold neither, so both separate.
std::vector<std::string_view> entriesOf(std::string_view cell)
{
    std::vector<std::string_view> entries;
    for (const std::string_view piece : text::splitList(cell, ';'))
        for (const std::string_view entry : text::splitList(piece, ','))
            entries.push_back(entry);
    return entries;
}

/// The lag after '+': whole days, 0 or more, with an optional 'd' ("14", "14d", "14 d").
std::optional<int> parseLag(std::string_view lag)
{
    lag = text::trim(lag);
    if (!lag.empty() && (lag.back() == 'd' || lag.back() == 'D'))
        lag = text::trim(lag.substr(0, lag.size() - 1));
    const auto days = text::parseWholeNumber(lag);
    if (!days || *days < 0 || *days > kMaxLagDays)
        return std::nullopt;
    return days;
}

/// Reads the cell; when `keys` is given, also refuses keys it does not hold and `self`.
Result<std::vector<Predecessor>> readEntries(std::string_view cell, std::string_view self,
                                             const CapabilityKeys *keys)
{
    std::vector<Predecessor> predecessors;
    std::unordered_set<std::string> listed; // a set: a cell may name 100,000 keys
    Errors errors;
    for (const std::string_view entry : entriesOf(cell)) {
        const size_t plus = entry.find('+');
        const std::string key(text::trim(entry.substr(0, plus)));
        const auto lag = plus == std::string_view::npos ? std::optional<int>(0)
                                                        : parseLag(entry.substr(plus + 1));
        if (!lag) {
            errors.push_back(messageError("depends_on: the lag in " + text::quoted(entry) +
                              " must be a whole number of days from 0 to 100000, as in DATA+14 "
                              "or DATA+14d"));
        } else if (key.empty()) {
            errors.push_back(messageError("depends_on: " + text::quoted(entry) +
                              " has no key before the '+'; expected KEY+LAG"));
        } else if (!isValidKey(key)) {
            errors.push_back(messageError("depends_on: " + text::quoted(key) + " is not a valid key: " +
                              std::string(keyRule()) + "; separate keys with ';' or ','"));
        } else if (keys && !keys->contains(key)) {
            std::string message = "depends_on names " + text::quoted(key) +
                                  ", which is not the key of any capability";
            if (const auto near = keys->sameIgnoringCase(key))
                message += " (did you mean " + text::quoted(*near) + "? keys are case-sensitive)";
            errors.push_back(messageError(std::move(message)));
        } else if (keys && key == self) {
            errors.push_back(messageError("depends_on names " + text::quoted(key) +
                              ", the capability itself; a capability cannot depend on itself"));
        } else if (!listed.insert(key).second) {
            errors.push_back(messageError("depends_on names " + text::quoted(key) +
                              " more than once; list each predecessor once"));
        } else {
            predecessors.push_back({key, *lag});
        }
    }
    if (!errors.empty())
        return errors;
    return predecessors;
}

} // namespace

CapabilityKeys::CapabilityKeys(const Plan &plan)
{
    for (const Capability &c : plan.capabilities)
        add(c.key);
}

void CapabilityKeys::add(const std::string &key)
{
    m_keys.insert(key);
    m_keyOfLowerCase.emplace(text::toLower(key), key);
}

bool CapabilityKeys::contains(std::string_view key) const
{
    return m_keys.contains(key);
}

std::optional<std::string> CapabilityKeys::sameIgnoringCase(std::string_view key) const
{
    const auto it = m_keyOfLowerCase.find(text::toLower(key));
    if (it == m_keyOfLowerCase.end() || it->second == key)
        return std::nullopt;
    return it->second;
}

Result<std::vector<Predecessor>> parseDependsOnSyntax(std::string_view cell)
{
    return readEntries(cell, {}, nullptr);
}

Result<std::vector<Predecessor>> parseDependsOnCell(std::string_view cell, std::string_view self,
                                                    const CapabilityKeys &keys)
{
    return readEntries(cell, self, &keys);
}

Result<std::vector<Predecessor>> parseDependsOnCell(std::string_view cell, std::string_view self,
                                                    const Plan &plan)
{
    const CapabilityKeys keys(plan);
    return readEntries(cell, self, &keys);
}

std::string formatDependsOnCell(const std::vector<Predecessor> &predecessors)
{
    std::string cell;
    for (const Predecessor &p : predecessors) {
        cell += (cell.empty() ? "" : "; ") + p.key;
        if (p.lagDays > 0)
            cell += "+" + std::to_string(p.lagDays);
    }
    return cell;
}

std::string formatDependsOnCell(const Plan &plan, std::string_view key)
{
    std::vector<Predecessor> predecessors;
    for (const Dependency *d : plan.predecessorsOf(key))
        predecessors.push_back({d->predecessor, d->lagDays});
    return formatDependsOnCell(predecessors);
}

} // namespace waveplan
