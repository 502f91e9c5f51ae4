#pragma once
/// @file render_hooks.h
/// Supplies the writers of the drawing formats (pdf, png, svg) for the widget-free command line:
/// ui/report's, each creating the Qt application only while it draws, on the offscreen platform
/// unless the user chose one. A build without the desktop app leaves them missing, and
/// `waveplan export` says it cannot render.

#include "core/formats/format_registry.h"

namespace waveplan::app {

/// Sets the drawing writers of `formats`; a writer that draws creates the application for its own length only.
void installRenderHooks(FormatRegistry &formats, int argc, char **argv);

} // namespace waveplan::app
