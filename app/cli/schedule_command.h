#pragma once
/// @file schedule_command.h
/// `waveplan schedule PLAN [--teams teams.csv] [--json | --csv] [-o FILE] [--budget-schedules N] [--budget-ms N]`:
/// computes the waves, the slack, the driving path and the dependency path, and why each capability starts when it does.

#include "app/cli/command.h"

#include <memory>

namespace waveplan::cli {

/// Adds the `schedule` subcommand to `app`.
std::unique_ptr<Command> makeScheduleCommand(CLI::App &app, const FormatRegistry &formats);

} // namespace waveplan::cli
