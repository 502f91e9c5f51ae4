#pragma once
// One screenshot for the docs, as written in a shot list: a name followed by key=value
// settings, e.g.
//
//   main-window size=1600x1000 tab=centralTabs:0 select=CDP
//   about size=1200x760 action=aboutAction grab=dialog
//   dark size=1600x1000 palette=dark
//
// A new view (board, capacity, next 90 days, presentation mode, report dialog) is one more line:
// a tab to activate, an action to trigger (by objectName) and what to grab.

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace waveplan::tools {

struct Shot {
    QString name;            ///< the PNG's file name without ".png"
    QSize size{1400, 900};   ///< size=WxH: the main window's size
    QString plan;            ///< plan=FILE: opens this plan instead of the default one
    QStringList tabs;        ///< tab=TABWIDGET:PAGE (PAGE: index, page objectName or tab text); repeatable
    QStringList raise;       ///< raise=DOCK: raises these docks (objectName), e.g. teamsDock
    QStringList select;      ///< select=KEY,KEY: the selected capabilities
    QStringList importCsv;   ///< csv=CAPABILITIES[,TEAMS]: File > Import CSV with these files
    QStringList actions;     ///< action=NAME: triggers the window's QAction with this objectName
    bool dark = false;       ///< palette=dark|light
    QString grab = QStringLiteral("window"); ///< window, dialog (the newest one) or a widget's objectName
};

/// Reads one shot-list line: a Shot, monostate for blank lines and # comments, or an error
/// message naming the unknown setting or bad value.
[[nodiscard]] std::variant<std::monostate, Shot, QString> parseShot(const QString &line);

} // namespace waveplan::tools
