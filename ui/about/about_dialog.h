#pragma once
/// @file about_dialog.h
/// Help > About: Waveplan's version and licence, the libraries it is built with (name, version,
/// licence) and where its documentation is.

#include "core/util/library_versions.h"

#include <QDialog>
#include <QUrl>

#include <vector>

namespace waveplan::ui {

/// Every third-party library of the desktop app: Qt (the version running), then core's.
[[nodiscard]] std::vector<LibraryVersion> desktopLibraryVersions();

/// Where the user documentation is: the installed doc folder when there is one, else the
/// source tree's docs/ (a developer build).
[[nodiscard]] QUrl documentationUrl();

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace waveplan::ui
