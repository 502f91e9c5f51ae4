#pragma once
// One screenshot for the docs, as written in a shot list: a name followed by key=value
// settings, e.g.
//
//   main-window size=1600x1000 tab=centralTabs:0 select=CDP
//   about size=1200x760 action=aboutAction grab=dialog
//   dark size=1600x1000 palette=dark
//   board size=1600x1000 "tab=centralTabs:Wave board" select=CDP "check=boardView/Show dependencies"
//   preview action=exportReportAction click=previewButton wait=500 grab=dialog
//   present-wave-2 action=presentAction keys=Right,Right,C grab=active-window
//   moved size=1600x1000 pin=CDP:3      (an edit, to show what the app says moved)
//
// After the window is set up (size, palette, plan, tabs, docks, csv, import, selection), the steps
// (action, check, click, keys) run in the order written; a step may open a modal dialog, and the
// steps after it then run while that dialog is open. Then the shot waits and grabs.

#include <QSize>
#include <QString>
#include <QStringList>

#include <vector>

#include <optional>
#include <variant>

namespace waveplan::tools {

/// One thing done to the window, in shot-list order.
struct ShotStep {
    enum class Kind {
        Action, ///< action=NAME: trigger a QAction
        Check,  ///< check=NAME: turn a checkable QAction on (trigger it only if it is off)
        Click,  ///< click=NAME: click the button with this objectName (newest dialog first)
        Keys,   ///< keys=KEY,KEY: key presses (QKeySequence text: Right, Space, C, Alt+Right)
        Pin,    ///< pin=KEY:WAVE: pins a capability to a wave, as one undoable edit
        Baseline, ///< baseline=NAME: freezes the schedule on screen as a baseline, as one undoable edit
        Scenario  ///< scenario=NAME: copies the open scenario as NAME and opens it
    };
    Kind kind;
    QString value; ///< NAME is an objectName or the action's text without '&'; WIDGET/NAME
                   ///< looks only under the widget with that objectName (e.g. boardView/Fit board)
    friend bool operator==(const ShotStep &, const ShotStep &) = default;
};

struct Shot {
    QString name;            ///< the PNG's file name without ".png"
    QSize size{1400, 900};   ///< size=WxH: the main window's size
    QString plan;            ///< plan=FILE: opens this plan instead of the default one
    QStringList tabs;        ///< tab=TABWIDGET:PAGE (PAGE: index, page objectName or tab text); repeatable
    QStringList raise;       ///< raise=DOCK: raises these docks (objectName), e.g. teamsDock
    QStringList select;      ///< select=KEY,KEY: the selected capabilities
    QStringList importCsv;   ///< csv=CAPABILITIES[,TEAMS]: File > Import CSV with these files
    QString importFile;      ///< import=FILE: File > Import of another format (MS Project XML...)
    QStringList actions;     ///< action=NAME: the actions among the steps, in order
    std::vector<ShotStep> steps; ///< action=, check=, click=, keys=, pin=: in the order written
    int waitMs = 0;          ///< wait=MS: how long to let the window settle before the grab, on top of the usual
    bool dark = false;       ///< palette=dark|light|high-contrast
    bool highContrast = false;
    /// grab=window (the main window), dialog (the newest one), active-window (the front top-level
    /// window, e.g. the presentation) or a widget's objectName
    QString grab = QStringLiteral("window");
};

/// Reads one shot-list line: a Shot, monostate for blank lines and # comments, or an error
/// message naming the unknown setting or bad value.
[[nodiscard]] std::variant<std::monostate, Shot, QString> parseShot(const QString &line);

} // namespace waveplan::tools
