// waveplan: the desktop app by default; `waveplan SUBCOMMAND` for headless work.

#include "app/cli/cli.h"
#include "core/formats/format_registry.h"

#ifdef WAVEPLAN_WITH_GUI
#include "app/render_hooks.h"
#include "ui/window/desktop.h"
#endif

#include <iostream>

int main(int argc, char **argv)
{
    waveplan::FormatRegistry formats = waveplan::builtInFormats();
#ifdef WAVEPLAN_WITH_GUI
    // PDF reports and PNG/SVG pictures are drawn by ui/report (see app/render_hooks.h).
    waveplan::app::installRenderHooks(formats, argc, argv);
#endif
    const waveplan::cli::Outcome outcome = waveplan::cli::run(argc, argv, formats);
    if (!outcome.runGui)
        return outcome.exitCode;
#ifdef WAVEPLAN_WITH_GUI
    return waveplan::ui::runDesktop(argc, argv, outcome.file);
#else
    std::cerr << "waveplan: this build has no desktop app; see waveplan --help\n";
    return waveplan::cli::UsageError;
#endif
}
