#pragma once
/// @file schedule_command.h
/// `waveplan schedule PLAN [--teams teams.csv] [--json | --csv] [-o FILE] [--budget-schedules N] [--budget-ms N]`:
/// computes the waves, the critical path and chain, and why each capability starts when it does.

#include "app/cli/command.h"

#include <memory>

namespace waveplan::cli {

/// Adds the `schedule` subcommand to `app`.
std::unique_ptr<Command> makeScheduleCommand(CLI::App &app, const FormatRegistry &formats);

} // namespace waveplan::cli
