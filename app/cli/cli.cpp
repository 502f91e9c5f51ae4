#include "app/cli/cli.h"

#include <CLI/CLI.hpp>

namespace waveplan::cli {

Outcome run(int argc, char **argv)
{
    CLI::App app{"Waveplan: sequence capabilities into feasible 90-day waves", "waveplan"};
    std::string file;
    app.add_option("file", file, "Plan to open in the desktop app");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError &e) {
        return Outcome{false, std::nullopt, app.exit(e) == 0 ? Success : UsageError};
    }
    Outcome outcome;
    outcome.runGui = true;
    if (!file.empty())
        outcome.file = file;
    return outcome;
}

} // namespace waveplan::cli
