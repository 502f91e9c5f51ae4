// Keyboard and accessibility of the main window: menus with mnemonics, toolbar actions that are
// also in a menu, toolbar icons that render, and input controls that screen readers can name.

#include "ui/window/desktop.h"
#include "ui/document/plan_document.h"
#include "ui/import/csv_import_dialog.h"
#include "ui/inspector/capability_inspector.h"
#include "ui/window/main_window.h"
#include "ui/settings/plan_settings_dialog.h"
#include "ui/teams/teams_editor.h"

#include "support/plan_generator.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QHash>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabWidget>
#include <QToolBar>
#include <QWidgetAction>

#include <gtest/gtest.h>

using namespace waveplan;

namespace {

/// An '&' that marks a letter (not "&&").
bool hasMnemonic(const QString &text)
{
    static const QRegularExpression mnemonic(QStringLiteral("(^|[^&])&[^& ]"));
    return mnemonic.match(text).hasMatch();
}

void collectMenus(QMenu *menu, QList<QMenu *> &menus)
{
    menus << menu;
    for (QAction *action : menu->actions())
        if (action->menu())
            collectMenus(action->menu(), menus);
}

QList<QMenu *> allMenus(ui::MainWindow &window)
{
    QList<QMenu *> menus;
    for (QAction *action : window.menuBar()->actions())
        if (action->menu())
            collectMenus(action->menu(), menus);
    return menus;
}

bool isInAMenu(ui::MainWindow &window, QAction *action)
{
    for (QMenu *menu : allMenus(window))
        if (menu->actions().contains(action))
            return true;
    return false;
}

/// The controls a user types in, picks from or presses, leaving out the parts Qt builds inside
/// other controls (a spin box's line edit, a table's corner button, a dock's title buttons).
QList<QWidget *> inputControls(QWidget *root)
{
    QList<QWidget *> controls;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
                           qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractButton *>(w) ||
                           qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QAbstractItemView *>(w);
        if (!input || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QWidget *parent = w->parentWidget();
        bool inside = false;
        for (QWidget *p = parent; p && p != root; p = p->parentWidget())
            inside = inside || qobject_cast<QAbstractSpinBox *>(p) || qobject_cast<QComboBox *>(p) ||
                     qobject_cast<QAbstractItemView *>(p);
        if (!inside)
            controls << w;
    }
    return controls;
}

void expectNamed(QWidget *root, const char *where)
{
    const QList<QWidget *> controls = inputControls(root);
    EXPECT_FALSE(controls.isEmpty()) << where;
    for (QWidget *w : controls) {
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(w);
        ASSERT_NE(accessible, nullptr);
        EXPECT_FALSE(accessible->text(QAccessible::Name).trimmed().isEmpty())
            << where << ": a " << w->metaObject()->className() << " named \"" << w->objectName().toStdString()
            << "\" has no accessible name";
    }
}

/// The letter after the first single '&' in `text`, lower-cased, or a null QChar.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] != QLatin1Char('&'))
            return text[i + 1].toLower();
        ++i; // "&&" is a literal ampersand
    }
    return {};
}

} // namespace

TEST(MainWindowActions, EveryMenuHasAMnemonic)
{
    ui::MainWindow window;
    for (QAction *top : window.menuBar()->actions())
        EXPECT_TRUE(hasMnemonic(top->text())) << top->text().toStdString();
    for (QMenu *menu : allMenus(window)) {
        EXPECT_TRUE(hasMnemonic(menu->title())) << menu->title().toStdString();
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || action->data().isValid()) // recent files are numbered
                continue;
            EXPECT_TRUE(hasMnemonic(action->text()))
                << menu->title().toStdString() << " > " << action->text().toStdString();
        }
    }
}

TEST(MainWindowActions, NoTwoMenusOrTabsShareAMnemonic)
{
    ui::MainWindow window;
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("centralTabs"));
    ASSERT_NE(tabs, nullptr);
    QStringList titles;
    for (QAction *top : window.menuBar()->actions())
        titles << top->text();
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i);
    ASSERT_GE(titles.size(), 8); // six menus and five tabs as the window stands, at least

    QHash<QChar, QString> owner;
    for (const QString &title : titles) {
        const QChar letter = mnemonicOf(title);
        if (letter.isNull())
            continue;
        const auto taken = owner.constFind(letter);
        EXPECT_TRUE(taken == owner.constEnd())
            << "Alt+" << QString(letter.toUpper()).toStdString() << " opens both \""
            << (taken == owner.constEnd() ? QString() : *taken).toStdString() << "\" and \"" << title.toStdString()
            << "\"";
        owner.insert(letter, title);
    }
}

TEST(MainWindowActions, NoTwoItemsOfAMenuShareAMnemonic)
{
    // Alt+letter in an open menu runs the item with that letter; two share it and the key only
    // moves between them.
    ui::MainWindow window;
    for (QMenu *menu : allMenus(window)) {
        QHash<QChar, QString> taken;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || action->data().isValid())
                continue;
            const QChar letter = mnemonicOf(action->text());
            if (letter.isNull())
                continue;
            EXPECT_FALSE(taken.contains(letter))
                << menu->title().toStdString() << ": \"" << taken.value(letter).toStdString() << "\" and \""
                << action->text().toStdString() << "\" share &" << QString(letter).toStdString();
            taken.insert(letter, action->text());
        }
    }
}

TEST(MainWindowActions, NoTwoActionsThatCanBeActiveAtOnceShareAShortcut)
{
    // Two actions whose shortcuts can be live together (a window-wide one and any other, or two
    // of the same view) make the key ambiguous: Qt then runs neither. Two views may each give
    // the same key to their own action (Ctrl+0 fits the one with focus).
    ui::MainWindow window;
    std::vector<QAction *> actions;
    for (QAction *action : window.findChildren<QAction *>())
        if (!action->shortcuts().isEmpty())
            actions.push_back(action);
    for (QWidget *widget : window.findChildren<QWidget *>())
        for (QAction *action : widget->actions())
            if (!action->shortcuts().isEmpty() && std::find(actions.begin(), actions.end(), action) == actions.end())
                actions.push_back(action);
    ASSERT_GT(actions.size(), 20U);
    const auto scopeOf = [](const QAction *action) -> const QObject * {
        // The view whose focus an action's shortcut needs, or null for the whole window.
        if (action->shortcutContext() == Qt::WindowShortcut || action->shortcutContext() == Qt::ApplicationShortcut)
            return nullptr;
        return action->parent();
    };
    for (std::size_t a = 0; a < actions.size(); ++a)
        for (std::size_t b = a + 1; b < actions.size(); ++b) {
            const QObject *scopeA = scopeOf(actions[a]);
            const QObject *scopeB = scopeOf(actions[b]);
            if (scopeA != nullptr && scopeB != nullptr && scopeA != scopeB)
                continue; // two views' own actions: never live together
            for (const QKeySequence &key : actions[a]->shortcuts())
                EXPECT_FALSE(actions[b]->shortcuts().contains(key))
                    << key.toString().toStdString() << ": \"" << actions[a]->text().toStdString() << "\" and \""
                    << actions[b]->text().toStdString() << "\"";
        }
}

TEST(MainWindowActions, EveryToolbarActionIsAlsoInAMenu)
{
    ui::MainWindow window;
    const QList<QToolBar *> toolbars = window.findChildren<QToolBar *>();
    ASSERT_FALSE(toolbars.isEmpty());
    for (QToolBar *toolbar : toolbars) {
        for (QAction *action : toolbar->actions()) {
            // A widget (the scenario chooser) offers what a menu offers too (Scenario > Switch To).
            if (action->isSeparator() || action->menu() || qobject_cast<QWidgetAction *>(action))
                continue;
            EXPECT_TRUE(isInAMenu(window, action))
                << toolbar->windowTitle().toStdString() << ": " << action->text().toStdString();
        }
    }
}

TEST(MainWindowActions, TheFileToolbarHasNewOpenSaveUndoRedoWithIcons)
{
    ui::MainWindow window;
    auto *toolbar = window.findChild<QToolBar *>(QStringLiteral("fileToolbar"));
    ASSERT_NE(toolbar, nullptr);
    QStringList names;
    for (QAction *action : toolbar->actions()) {
        if (action->isSeparator())
            continue;
        names << action->objectName();
        EXPECT_FALSE(action->icon().isNull()) << action->objectName().toStdString();
        EXPECT_FALSE(action->shortcut().isEmpty()) << action->objectName().toStdString();
    }
    EXPECT_EQ(names, (QStringList{QStringLiteral("newAction"), QStringLiteral("openAction"),
                                  QStringLiteral("saveAction"), QStringLiteral("undoAction"),
                                  QStringLiteral("redoAction")}));
}

TEST(MainWindowActions, TheBoardToolbarActionsHaveIcons)
{
    ui::MainWindow window;
    auto *toolbar = window.findChild<QToolBar *>(QStringLiteral("boardToolbar"));
    ASSERT_NE(toolbar, nullptr);
    int shown = 0;
    for (QAction *action : toolbar->actions()) {
        if (action->isSeparator())
            continue;
        ++shown;
        EXPECT_FALSE(action->icon().isNull()) << action->text().toStdString();
    }
    EXPECT_EQ(shown, 4); // dependencies, critical marks, unpin, fit
}

TEST(MainWindowActions, OwnIconsRenderWhenTheThemeHasNone)
{
    for (const char *name : {"document-new", "document-open", "document-save", "document-import", "edit-undo",
                             "edit-redo", "capability-add", "edit-delete", "critical-path", "critical-chain",
                             "zoom-fit-best", "board-dependencies", "unpin"}) {
        const QIcon icon(QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(name)));
        const QImage image = icon.pixmap(24, 24).toImage();
        ASSERT_FALSE(image.isNull()) << name;
        int inked = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                inked += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
        // A drawn symbol: some pixels, but far from a filled square.
        EXPECT_GT(inked, 24) << name;
        EXPECT_LT(inked, 24 * 24 / 2) << name;
    }
    EXPECT_FALSE(ui::actionIcon(QStringLiteral("no-such-theme-icon"), QStringLiteral("document-new")).isNull());
}

namespace {

double totalAlpha(const QImage &image)
{
    double sum = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            sum += qAlpha(image.pixel(x, y));
    return sum;
}

} // namespace

TEST(MainWindowActions, DisabledOwnIconsAreFainterNotBrighter)
{
    // Qt's default disabled icons are lighter, which on a dark toolbar stands out more.
    const QIcon icon = ui::actionIcon(QStringLiteral("waveplan-test-no-theme-icon"), QStringLiteral("edit-undo"));
    const QImage normal = icon.pixmap(QSize(24, 24), QIcon::Normal).toImage();
    const QImage disabled = icon.pixmap(QSize(24, 24), QIcon::Disabled).toImage();
    ASSERT_GT(totalAlpha(normal), 0);
    // The same colours with less coverage: closer to the toolbar's own colour, light or dark.
    EXPECT_LT(totalAlpha(disabled), 0.5 * totalAlpha(normal));
}

TEST(MainWindowActions, InspectorTeamsSettingsAndImportControlsHaveAccessibleNames)
{
    ui::MainWindow window;
    window.showPlan(test::generatePlan(3));
    window.selection()->setSelectedKeys({QString::fromStdString(window.plan().capabilities.front().key)});
    window.show();

    expectNamed(window.findChild<ui::CapabilityInspector *>(), "inspector");
    expectNamed(window.findChild<ui::TeamsEditor *>(), "teams");
    ui::PlanSettingsDialog settings(settingsOf(window.plan()));
    expectNamed(&settings, "plan settings");
    ui::CsvImportDialog import;
    expectNamed(&import, "import");
}
