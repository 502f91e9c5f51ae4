#pragma once
/// @file render_hooks.h
/// Fills the command line's render hooks (app/cli/render_hook.h) from ui/report, creating the
/// Qt application only when a command draws, on the offscreen platform unless the user chose one.

namespace waveplan::app {

/// Installs the hooks; a hook that draws creates the application for its own length only.
void installRenderHooks(int argc, char **argv);

} // namespace waveplan::app
