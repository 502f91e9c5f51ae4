#pragma once
/// @file field_text.h
/// How the inspector and the teams editor write plan values as text and read them back:
/// team demand ("Data:2; Marketing:1"), optional numbers (empty = none) and per-wave capacity
/// overrides ("w2=3; w4=1"). Parsing returns the value or a sentence saying what was expected.

#include "core/model/capability.h"
#include "core/model/plan.h"

#include <QString>

#include <map>
#include <optional>
#include <variant>
#include <vector>

namespace waveplan::ui {

/// A parsed value, or the message to show the user instead.
template <typename T> using Parsed = std::variant<T, QString>;

/// "Data:2; Marketing:1" in the capability's demand order; empty for no demand.
[[nodiscard]] QString demandToText(const std::vector<TeamDemand> &demand);
/// Reads "Team:people; ..." (people defaults to 1 when ":n" is left out). Every team must exist
/// in `plan`, appear once, and people must be a whole number above 0.
[[nodiscard]] Parsed<std::vector<TeamDemand>> parseDemand(const QString &text, const Plan &plan);

/// A number for a line edit: empty for none, otherwise without trailing zeros.
[[nodiscard]] QString optionalNumberToText(const std::optional<double> &number);
/// Empty = none; otherwise a number ("12.5"); `what` names the field in the message.
[[nodiscard]] Parsed<std::optional<double>> parseOptionalNumber(const QString &text, const QString &what);

/// "w2=3; w4=1" in wave order; empty when no wave overrides the capacity.
[[nodiscard]] QString capacityByWaveToText(const std::map<int, int> &capacityByWave);
/// Reads "w2=3; w4=1" (the "w" is optional): waves >= 1, each once, people >= 0.
[[nodiscard]] Parsed<std::map<int, int>> parseCapacityByWave(const QString &text);

} // namespace waveplan::ui
