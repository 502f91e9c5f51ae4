#pragma once
/// @file desktop.h
/// Entry point of the desktop application.

#include <filesystem>
#include <optional>

namespace waveplan::ui {

/// Creates the QApplication and the main window, opening `file` if given; returns the exit code.
int runDesktop(int argc, char **argv, const std::optional<std::filesystem::path> &file);

} // namespace waveplan::ui
