#include "ui/files/recent_files.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace waveplan::ui {

namespace {

QString absolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

QStringList RecentFiles::files() const
{
    QSettings settings;
    const QStringList stored = settings.value(QLatin1String(kSettingsKey)).toStringList();
    QStringList existing;
    for (const QString &file : stored)
        if (QFileInfo::exists(file) && !existing.contains(file))
            existing.append(file);
    while (existing.size() > kMaxCount)
        existing.removeLast();
    if (existing != stored)
        settings.setValue(QLatin1String(kSettingsKey), existing);
    return existing;
}

void RecentFiles::add(const QString &path)
{
    const QString file = absolute(path);
    QStringList list = files();
    list.removeAll(file);
    list.prepend(file);
    while (list.size() > kMaxCount)
        list.removeLast();
    store(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    if (list.removeAll(absolute(path)) > 0)
        store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList &list)
{
    QSettings().setValue(QLatin1String(kSettingsKey), list);
    emit changed();
}

void RecentFiles::fillMenu(QMenu *menu)
{
    menu->clear();
    const QStringList list = files();
    for (int i = 0; i < list.size(); ++i) {
        const QString &file = list[i];
        // &1..&8: keyboard access without the mouse.
        QAction *action = menu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(file).fileName()));
        action->setData(file);
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { emit openRequested(file); });
    }
    if (!list.isEmpty()) {
        menu->addSeparator();
        QAction *clearAction = menu->addAction(tr("&Clear Menu"));
        clearAction->setObjectName(QStringLiteral("clearRecentFilesAction"));
        connect(clearAction, &QAction::triggered, this, &RecentFiles::clear);
    }
    menu->setEnabled(!list.isEmpty());
}

} // namespace waveplan::ui
