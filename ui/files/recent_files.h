#pragma once
/// @file recent_files.h
/// The list of recently opened or saved plans (File > Open Recent), kept in QSettings.

#include <QObject>
#include <QStringList>

class QMenu;

namespace waveplan::ui {

/// Recently used plan files, most recent first, at most kMaxCount, stored under the QSettings
/// key "files/recent". Files that no longer exist are dropped when the list is read.
class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxCount = 8;
    static constexpr const char *kSettingsKey = "files/recent";

    using QObject::QObject;

    /// The existing files, most recent first (missing ones are removed from the settings too).
    [[nodiscard]] QStringList files() const;
    /// Puts `path` (made absolute) first, removing an older entry for it and the oldest past the cap.
    void add(const QString &path);
    /// Forgets `path` (e.g. after it failed to open).
    void remove(const QString &path);
    /// Forgets every file.
    void clear();

    /// Rebuilds `menu`: one action per file ("&1 name", path as tooltip and data) and
    /// "Clear Menu"; the menu is disabled when the list is empty. Triggering an entry emits
    /// openRequested.
    void fillMenu(QMenu *menu);

signals:
    /// The list changed (add, remove, clear).
    void changed();
    /// The user picked `path` in a menu filled by fillMenu.
    void openRequested(const QString &path);

private:
    void store(const QStringList &files);
};

} // namespace waveplan::ui
