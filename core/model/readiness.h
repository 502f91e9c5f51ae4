#pragma once
/// @file readiness.h
/// When readiness is low: the one threshold behind the "low readiness" warning of validation,
/// the Next 90 days view and the report.

#include "core/model/capability.h"

#include <optional>

namespace waveplan {

/// Readiness scores at or below this are low (scale 1 = not ready to 5 = ready).
inline constexpr int kLowReadiness = 2;

/// True when `score` is assessed and kLowReadiness or less.
[[nodiscard]] bool isLowReadiness(const std::optional<int> &score);

/// True when any assessed score (technical, skills, process) is low.
[[nodiscard]] bool hasLowReadiness(const Readiness &readiness);

} // namespace waveplan
