#pragma once
/// @file desktop.h
/// Entry point of the desktop application, the icons of its actions, its warnings, and asking
/// for a name.

#include <QIcon>
#include <QString>

#include <filesystem>
#include <functional>
#include <optional>

class QWidget;

namespace waveplan::ui {

/// Creates the QApplication and the main window, opening `file` if given; returns the exit code.
int runDesktop(int argc, char **argv, const std::optional<std::filesystem::path> &file);

/// The icon for an action: the desktop theme's `themeName` icon when the theme has one, else
/// Waveplan's own resources/icons/actions/`file`.svg (`file` defaults to `themeName`).
[[nodiscard]] QIcon actionIcon(const QString &themeName, const QString &file = {});

/// Shows a warning on `parent`: window-modal but not blocking, so the event loop (and tests)
/// carry on; deleted when closed. `detail` (the errors) goes in the informative text.
void showWarning(QWidget *parent, const QString &objectName, const QString &title, const QString &text,
                 const QString &detail);

/// Asks for a name in a dialog (starting from `name`) until `use` accepts one, returning an
/// empty reason, or the user cancels; each refusal is shown with its reason and asked again.
void askForName(QWidget *parent, const QString &title, const QString &label, QString name,
                const std::function<QString(const QString &)> &use);

} // namespace waveplan::ui
