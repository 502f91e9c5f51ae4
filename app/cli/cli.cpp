#include "app/cli/cli.h"

#include "app/cli/command.h"
#include "app/cli/schedule_command.h"
#include "core/log/logging.h"
#include "core/util/library_versions.h"

#include <iostream>
#include <vector>

namespace waveplan::cli {

Outcome run(int argc, char **argv, const FormatRegistry &formats)
{
    CLI::App app{"Waveplan sequences marketing capabilities into feasible 90-day waves.\n"
                 "With no command, opens the desktop app (on FILE if given).",
                 "waveplan"};
    app.set_version_flag("--version", std::string("waveplan ") + WAVEPLAN_VERSION +
                                          "\nCopyright (C) 2026 The Waveplan authors.\n"
                                          "License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n"
                                          "This is free software: you are free to change and redistribute it.\n"
                                          "There is NO WARRANTY, to the extent permitted by law.\n\n"
                                          "Built with:\n" +
                                          formatLibraryVersions(coreLibraryVersions()));
    app.require_subcommand(0, 1);
    bool verbose = false;
    app.add_flag("-v,--verbose", verbose, "Print detailed progress on stderr");
    std::string file;
    app.add_option("file", file, "Plan to open in the desktop app");
    app.footer("Commands have their own help: waveplan COMMAND --help\n"
               "Exit codes: 0 success, 1 bad input (file or plan), 2 usage error.\n\n"
               "Full documentation: man waveplan, and /usr/share/doc/waveplan.\n"
               "Report bugs to: Waveplan developers <waveplan@example.org>.");

    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(makeImportCommand(app, formats));
    commands.push_back(makeExportCommand(app, formats));
    commands.push_back(makeValidateCommand(app, formats));
    commands.push_back(makeScheduleCommand(app, formats));
    commands.push_back(makeCompareCommand(app, formats));
    commands.push_back(makeBaselineCommand(app, formats));
    commands.push_back(makeScenarioCommand(app));
    for (auto &command : commands)
        command->subcommand()->add_flag("-v,--verbose", verbose, "Print detailed progress on stderr");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError &e) {
        const int code = app.exit(e);
        return Outcome{false, std::nullopt, code == 0 ? Success : UsageError};
    }

    log::configure({verbose, log::defaultLogFile()});
    for (auto &command : commands)
        if (command->subcommand()->parsed())
            return Outcome{false, std::nullopt, command->run(std::cout, std::cerr)};

    Outcome outcome;
    outcome.runGui = true;
    if (!file.empty())
        outcome.file = file;
    return outcome;
}

} // namespace waveplan::cli
