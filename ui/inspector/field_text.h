#pragma once
/// @file field_text.h
/// How the teams editor writes per-wave capacity overrides ("w2=3; w4=1") and reads them back.
/// Parsing returns the value or a sentence saying what was expected. The capability cells
/// (demand, depends_on, numbers) have their grammar in core/model/cells.

#include <QString>

#include <map>
#include <variant>

namespace waveplan::ui {

/// A parsed value, or the message to show the user instead.
template <typename T> using Parsed = std::variant<T, QString>;

/// "w2=3; w4=1" in wave order; empty when no wave overrides the capacity.
[[nodiscard]] QString capacityByWaveToText(const std::map<int, int> &capacityByWave);
/// Reads "w2=3; w4=1" (the "w" is optional): waves >= 1, each once, people >= 0.
[[nodiscard]] Parsed<std::map<int, int>> parseCapacityByWave(const QString &text);

} // namespace waveplan::ui
