#include "ui/window/themes.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QStyle>

namespace waveplan::ui {

namespace {

constexpr const char *kThemeKey = "view/theme";

/// The palette the desktop gave the application, kept before the first theme replaces it.
const QPalette &desktopPalette()
{
    static const QPalette palette = QApplication::palette();
    return palette;
}

QString settingOf(Theme theme)
{
    switch (theme) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::HighContrast: return QStringLiteral("high-contrast");
    case Theme::Desktop: break;
    }
    return QStringLiteral("desktop");
}

} // namespace

QList<Theme> allThemes()
{
    return {Theme::Desktop, Theme::Light, Theme::Dark, Theme::HighContrast};
}

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light: return QApplication::translate("Theme", "&Light");
    case Theme::Dark: return QApplication::translate("Theme", "&Dark");
    case Theme::HighContrast: return QApplication::translate("Theme", "&High contrast");
    case Theme::Desktop: break;
    }
    return QApplication::translate("Theme", "&Follow the desktop");
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2e);
    const QColor base(0x1e, 0x1e, 0x20);
    const QColor text(0xe8, 0xe8, 0xea);
    const QColor disabled(0x80, 0x80, 0x84);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x29));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x39));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Light, QColor(0x45, 0x45, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3a, 0x3e));
    p.setColor(QPalette::Mid, QColor(0x25, 0x25, 0x28));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QPalette highContrastPalette()
{
    QPalette p(Qt::white, Qt::black);
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                            QPalette::ToolTipBase, QPalette::Dark, QPalette::Shadow})
        p.setColor(role, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
                            QPalette::BrightText, QPalette::Light, QPalette::Midlight, QPalette::Mid})
        p.setColor(role, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Highlight, QColor(0xff, 0xe0, 0x00));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(0x80, 0xd0, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xe0, 0xa0, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0xa0, 0xa0, 0xa0));
    return p;
}

QPalette themePalette(Theme theme, const QPalette &desktop)
{
    switch (theme) {
    case Theme::Light: return QApplication::style()->standardPalette();
    case Theme::Dark: return darkPalette();
    case Theme::HighContrast: return highContrastPalette();
    case Theme::Desktop: break;
    }
    return desktop;
}

void applyTheme(Theme theme)
{
    QApplication::setPalette(themePalette(theme, desktopPalette()));
    // Styles draw input frames a shade darker than the window: on black, no frame at all. High
    // contrast draws them white.
    qApp->setStyleSheet(theme == Theme::HighContrast
                            ? QStringLiteral("QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit "
                                             "{ border: 1px solid white; padding: 1px; }")
                            : QString());
    QSettings().setValue(QLatin1String(kThemeKey), settingOf(theme));
}

Theme rememberedTheme()
{
    const QString saved = QSettings().value(QLatin1String(kThemeKey)).toString();
    for (const Theme theme : allThemes())
        if (settingOf(theme) == saved)
            return theme;
    return Theme::Desktop;
}

QMenu *makeThemeMenu(QWidget *parent)
{
    auto *menu = new QMenu(QApplication::translate("Theme", "&Theme"), parent);
    menu->setObjectName(QStringLiteral("themeMenu"));
    auto *group = new QActionGroup(menu);
    const Theme current = rememberedTheme();
    for (const Theme theme : allThemes()) {
        QAction *action = menu->addAction(themeName(theme));
        action->setCheckable(true);
        action->setChecked(theme == current);
        action->setData(settingOf(theme));
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [theme] { applyTheme(theme); });
    }
    return menu;
}

} // namespace waveplan::ui
