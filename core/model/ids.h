#pragma once
/// @file ids.h
/// Internal identities of the things a plan holds. A capability's key and a team's name are
/// labels the user may change; the id is given once, when the capability or team enters a
/// plan, and never changes, so views, files and (later) other stores follow a renamed thing
/// instead of losing it. Users never see ids.
///
/// 0 means "no id yet": a plan built in code or read from an exchange format that carries none
/// (CSV, plan JSON). assignMissingIds (plan.h) gives such a plan its ids; the desktop document,
/// the edit builders and the `.waveplan` writer call it, so a plan that is open or saved always
/// has them. Ids are unique within a plan (structuralErrors checks) and mean nothing across plans.

#include <cstdint>

namespace waveplan {

using CapabilityId = std::int64_t;
using TeamId = std::int64_t;

/// "No id yet".
inline constexpr std::int64_t kNoId = 0;

} // namespace waveplan
