#pragma once
/// @file command.h
/// One `waveplan SUBCOMMAND`: it declares its options on a CLI11 subcommand and runs once parsed.
/// Each command lives in its own file (import_command.cpp, export_command.cpp...).

#include "core/formats/format_registry.h"

#include <CLI/CLI.hpp>

#include <iosfwd>
#include <memory>

namespace waveplan::cli {

class Command {
public:
    explicit Command(CLI::App *subcommand) : m_subcommand(subcommand) {}
    virtual ~Command() = default;
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    [[nodiscard]] CLI::App *subcommand() const { return m_subcommand; }
    /// Runs after a successful parse; returns the exit code (see ExitCode in cli.h).
    virtual int run(std::ostream &out, std::ostream &err) = 0;

private:
    CLI::App *m_subcommand;
};

/// Each command reads and writes plans through `formats`, which must outlive it.
std::unique_ptr<Command> makeImportCommand(CLI::App &app, const FormatRegistry &formats);
std::unique_ptr<Command> makeExportCommand(CLI::App &app, const FormatRegistry &formats);
std::unique_ptr<Command> makeValidateCommand(CLI::App &app, const FormatRegistry &formats);
std::unique_ptr<Command> makeCompareCommand(CLI::App &app, const FormatRegistry &formats);
std::unique_ptr<Command> makeBaselineCommand(CLI::App &app, const FormatRegistry &formats);
std::unique_ptr<Command> makeScenarioCommand(CLI::App &app);

} // namespace waveplan::cli
