#pragma once
/// @file desktop.h
/// Entry point of the desktop application, and the icons of its actions.

#include <QIcon>
#include <QString>

#include <filesystem>
#include <optional>

namespace waveplan::ui {

/// Creates the QApplication and the main window, opening `file` if given; returns the exit code.
int runDesktop(int argc, char **argv, const std::optional<std::filesystem::path> &file);

/// The icon for an action: the desktop theme's `themeName` icon when the theme has one, else
/// Waveplan's own resources/icons/actions/`file`.svg (`file` defaults to `themeName`).
[[nodiscard]] QIcon actionIcon(const QString &themeName, const QString &file = {});

} // namespace waveplan::ui
