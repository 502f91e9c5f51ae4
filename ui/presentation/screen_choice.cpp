#include "ui/presentation/screen_choice.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QWidget>

namespace waveplan::ui::presentation {

namespace {

const QString kScreenKey = QStringLiteral("presentation/screen");

} // namespace

int chooseScreenIndex(const QStringList &screenNames, const QString &mainWindowScreen, const QString &remembered)
{
    if (screenNames.isEmpty())
        return -1;
    if (!remembered.isEmpty()) {
        if (const qsizetype found = screenNames.indexOf(remembered); found >= 0)
            return static_cast<int>(found);
    }
    for (qsizetype i = 0; i < screenNames.size(); ++i) {
        if (screenNames[i] != mainWindowScreen)
            return static_cast<int>(i);
    }
    return 0; // every screen has the main window's name: there is only that one
}

QString rememberedScreenName()
{
    return QSettings().value(kScreenKey).toString();
}

void rememberScreenName(const QString &name)
{
    QSettings settings;
    if (name.isEmpty())
        settings.remove(kScreenKey);
    else
        settings.setValue(kScreenKey, name);
}

QScreen *presentationScreen(const QWidget *window)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QStringList names;
    for (const QScreen *screen : screens)
        names.append(screen->name());
    const QScreen *own = window && window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    const int index = chooseScreenIndex(names, own ? own->name() : QString(), rememberedScreenName());
    return index < 0 ? QGuiApplication::primaryScreen() : screens[index];
}

} // namespace waveplan::ui::presentation
