#pragma once
/// @file depends_on_cell.h
/// The grammar of the depends_on cell: the capabilities one waits for, each with an optional
/// lag in days.
///
///     DATA; CRM+14; ID+5d
///
/// Entries are `KEY` or `KEY+LAG`, separated by ';' or ',' (keys never hold either); the lag is
/// a whole number of days, 0 or more, optionally followed by 'd'; each key appears once; spaces
/// and empty entries are ignored. formatDependsOnCell writes "KEY+LAG" (no 'd', no lag when 0)
/// separated by "; ". Used by CSV import and export, the table and the report.

#include "core/model/plan.h"
#include "core/util/result.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace waveplan {

/// One entry of a depends_on cell: the capability waited for and the lag after its finish.
struct Predecessor {
    std::string key;
    int lagDays = 0;
    bool operator==(const Predecessor &) const = default;
};

/// The keys a depends_on cell may name, with a case-insensitive index for "did you mean" hints.
class CapabilityKeys {
public:
    CapabilityKeys() = default;
    /// The keys of the plan's capabilities.
    explicit CapabilityKeys(const Plan &plan);

    void add(const std::string &key);
    [[nodiscard]] bool contains(std::string_view key) const;
    /// A known key equal to `key` apart from upper and lower case, if any.
    [[nodiscard]] std::optional<std::string> sameIgnoringCase(std::string_view key) const;

private:
    std::set<std::string, std::less<>> m_keys;
    std::map<std::string, std::string, std::less<>> m_keyOfLowerCase;
};

/// The form only: valid keys, good lags, no key twice. Every bad entry gives one error.
[[nodiscard]] Result<std::vector<Predecessor>> parseDependsOnSyntax(std::string_view cell);

/// The form, and every key names a capability in `keys` other than `self` (the capability
/// whose cell this is; empty when it has no valid key yet).
[[nodiscard]] Result<std::vector<Predecessor>>
parseDependsOnCell(std::string_view cell, std::string_view self, const CapabilityKeys &keys);

/// As above with the plan's capabilities as the keys.
[[nodiscard]] Result<std::vector<Predecessor>>
parseDependsOnCell(std::string_view cell, std::string_view self, const Plan &plan);

/// "DATA; CRM+14" in the order given.
[[nodiscard]] std::string formatDependsOnCell(const std::vector<Predecessor> &predecessors);
/// The depends_on cell of capability `key`: its predecessors in plan order.
[[nodiscard]] std::string formatDependsOnCell(const Plan &plan, std::string_view key);

} // namespace waveplan
