#include "shot_runner.h"

#include "ui/commands/plan_edit_command.h"
#include "ui/document/plan_document.h"

#include "core/edit/baseline_edits.h"
#include "core/edit/capability_edits.h"
#include "core/schedule/baseline_drift.h"
#include "ui/window/main_window.h"
#include "ui/window/themes.h"
#include "ui/map/map_view.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDockWidget>
#include <QKeySequence>
#include <QPalette>
#include <QPixmap>
#include <QStyle>
#include <QTabWidget>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace waveplan::tools {

namespace {

/// Runs the event loop until `done` or `ms` pass.
template <typename Done> void waitFor(Done done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired()) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
}

void settle(int ms = 150)
{
    waitFor([] { return false; }, ms);
}

bool activateTab(QWidget &window, const QString &spec, QString &error)
{
    const QString tabsName = spec.section(QLatin1Char(':'), 0, 0);
    const QString page = spec.section(QLatin1Char(':'), 1);
    auto *tabs = window.findChild<QTabWidget *>(tabsName);
    if (!tabs) {
        error = QStringLiteral("no tab widget named \"%1\"").arg(tabsName);
        return false;
    }
    bool isIndex = false;
    const int index = page.toInt(&isIndex);
    if (isIndex && index >= 0 && index < tabs->count()) {
        tabs->setCurrentIndex(index);
        return true;
    }
    for (int i = 0; i < tabs->count(); ++i) {
        QString text = tabs->tabText(i);
        text.remove(QLatin1Char('&'));
        if (tabs->widget(i)->objectName() == page || text.compare(page, Qt::CaseInsensitive) == 0) {
            tabs->setCurrentIndex(i);
            return true;
        }
    }
    error = QStringLiteral("\"%1\" has no page \"%2\"").arg(tabsName, page);
    return false;
}

/// Visible dialogs other than the main window's own widgets, oldest first as far as Qt tells.
QList<QDialog *> visibleDialogs()
{
    QList<QDialog *> dialogs;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *dialog = qobject_cast<QDialog *>(w); dialog && dialog->isVisible())
            dialogs << dialog;
    // A modal dialog opened from another one is the active modal widget: put it last.
    if (auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget()); modal && dialogs.removeOne(modal))
        dialogs << modal;
    return dialogs;
}

/// The newest visible dialog (a modal one opened from another comes first), or null.
QWidget *newestDialog()
{
    const QList<QDialog *> dialogs = visibleDialogs();
    return dialogs.isEmpty() ? nullptr : dialogs.last();
}

/// The window in front: a dialog, else another top-level window (e.g. the presentation), else
/// the main window.
QWidget *frontWindow(QWidget *mainWindow)
{
    if (QWidget *dialog = newestDialog())
        return dialog;
    QWidget *found = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w == mainWindow || !w->isVisible() || !w->isWindow() || w->windowType() == Qt::Popup ||
            w->windowType() == Qt::ToolTip)
            continue;
        if (w == QApplication::activeWindow())
            return w;
        found = w;
    }
    return found ? found : mainWindow;
}

/// Splits WIDGET/NAME: where to look (the front window's or the main window's child WIDGET) and
/// the name.
QObject *scopeOf(const QString &value, QWidget *mainWindow, QString &name)
{
    const qsizetype slash = value.indexOf(QLatin1Char('/'));
    name = slash < 0 ? value : value.mid(slash + 1);
    if (slash < 0)
        return mainWindow;
    const QString widgetName = value.left(slash);
    if (QWidget *front = frontWindow(mainWindow); front->objectName() == widgetName)
        return front;
    if (auto *w = mainWindow->findChild<QWidget *>(widgetName))
        return w;
    return frontWindow(mainWindow)->findChild<QWidget *>(widgetName);
}

QAction *findAction(const QString &value, QWidget *mainWindow, QString &error)
{
    QString name;
    QObject *scope = scopeOf(value, mainWindow, name);
    if (!scope) {
        error = QStringLiteral("no widget named \"%1\"").arg(value.section(QLatin1Char('/'), 0, 0));
        return nullptr;
    }
    if (auto *byName = scope->findChild<QAction *>(name))
        return byName;
    for (QAction *action : scope->findChildren<QAction *>()) {
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        if (text == name)
            return action;
    }
    error = QStringLiteral("no action named \"%1\"").arg(value);
    return nullptr;
}

QAbstractButton *findButton(const QString &value, QWidget *mainWindow, QString &error)
{
    for (QWidget *top : {newestDialog(), frontWindow(mainWindow), mainWindow}) {
        if (!top)
            continue;
        if (auto *button = top->findChild<QAbstractButton *>(value))
            return button;
    }
    error = QStringLiteral("no button named \"%1\"").arg(value);
    return nullptr;
}

/// Presses and releases each key on the focus widget of the window in front (so shortcuts and
/// the window's own key handling see it as typed).
void pressKeys(const QString &keys, QWidget *mainWindow)
{
    for (const QString &name : keys.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QWidget *front = frontWindow(mainWindow);
        QWidget *target = front->focusWidget() ? front->focusWidget() : front;
        const QKeyCombination key = QKeySequence(name.trimmed())[0];
        QTest::keyClick(target, key.key(), key.keyboardModifiers());
        settle(100);
    }
}

/// One shot in progress. Steps run in order; before a step that may open a modal dialog, the
/// next steps are queued, so they run in that dialog's event loop (or right after the step if
/// nothing blocks).
struct ShotRun {
    const Shot &shot;
    ui::MainWindow &window;
    const QDir &out;
    QString error = {};
    bool done = false;

    bool triggering = false;     ///< inside a step's trigger or click
    qsizetype dialogsBefore = 0; ///< visible dialogs before that step

    void runFrom(std::size_t first);
    void continueAfter(std::size_t step);
    void finish();
    void fail(const QString &message);
};

void ShotRun::fail(const QString &message)
{
    error = message;
    for (QDialog *dialog : visibleDialogs())
        dialog->reject();
    done = true;
}

void ShotRun::runFrom(std::size_t first)
{
    for (std::size_t i = first; i < shot.steps.size(); ++i) {
        const ShotStep &step = shot.steps[i];
        if (step.kind == ShotStep::Kind::Keys) {
            pressKeys(step.value, &window);
            settle();
            continue;
        }
        if (step.kind == ShotStep::Kind::Pin) {
            const std::string key = step.value.section(QLatin1Char(':'), 0, 0).toStdString();
            const Capability *found = window.plan().findCapability(key);
            if (found == nullptr)
                return fail(QStringLiteral("pin: the plan has no capability \"%1\"").arg(QString::fromStdString(key)));
            Capability pinned = *found;
            pinned.pinnedWave = step.value.section(QLatin1Char(':'), 1).toInt();
            const QString refused = ui::pushEdit(window.document(), edit::editCapability(window.plan(), key, pinned,
                                                                                          "Pin " + key));
            if (!refused.isEmpty())
                return fail(QStringLiteral("pin: %1").arg(refused));
            settle();
            continue;
        }
        if (step.kind == ShotStep::Kind::Baseline) {
            // Frozen on a fixed date, so the pictures do not change from day to day.
            const Date frozenOn{std::chrono::year{2027}, std::chrono::January, std::chrono::day{15}};
            const QString refused = ui::pushEdit(
                window.document(), edit::freezeBaseline(window.plan(), baselineOf(step.value.toStdString(), frozenOn,
                                                                                  window.plan(), window.document()->schedule())));
            if (!refused.isEmpty())
                return fail(QStringLiteral("baseline: %1").arg(refused));
            settle();
            continue;
        }
        if (step.kind == ShotStep::Kind::Scenario) {
            if (const QString refused = window.document()->newScenarioFromCurrent(step.value); !refused.isEmpty())
                return fail(QStringLiteral("scenario: %1").arg(refused));
            settle();
            continue;
        }
        QString message;
        QAction *action = step.kind == ShotStep::Kind::Click ? nullptr : findAction(step.value, &window, message);
        QAbstractButton *button = step.kind == ShotStep::Kind::Click ? findButton(step.value, &window, message) : nullptr;
        if (!action && !button)
            return fail(message);
        if (step.kind == ShotStep::Kind::Check && !action->isCheckable())
            return fail(QStringLiteral("action \"%1\" cannot be checked").arg(step.value));
        if (step.kind == ShotStep::Kind::Check && action->isChecked())
            continue;
        dialogsBefore = visibleDialogs().size();
        triggering = true;
        continueAfter(i);
        if (button)
            button->click();
        else
            action->trigger();
        triggering = false;
        return;
    }
    finish();
}

/// Runs the steps after `step` once that step is over: it returned, or it opened a dialog whose
/// event loop now runs (events processed inside the step before that only try again later).
void ShotRun::continueAfter(std::size_t step)
{
    QTimer::singleShot(20, &window, [this, step] {
        if (done)
            return;
        if (triggering && visibleDialogs().size() <= dialogsBefore)
            return continueAfter(step);
        settle();
        runFrom(step + 1);
    });
}

void ShotRun::finish()
{
    settle(300 + shot.waitMs);
    QWidget *target = &window;
    if (shot.grab == QLatin1String("dialog"))
        target = newestDialog();
    else if (shot.grab == QLatin1String("active-window"))
        target = frontWindow(&window);
    else if (shot.grab != QLatin1String("window"))
        target = window.findChild<QWidget *>(shot.grab);
    if (!target)
        return fail(QStringLiteral("nothing to grab for \"%1\"").arg(shot.grab));
    const QString file = out.filePath(shot.name + QStringLiteral(".png"));
    if (!target->grab().save(file))
        return fail(QStringLiteral("cannot write %1").arg(file));
    std::printf("%s\n", qPrintable(QDir::toNativeSeparators(file)));
    std::fflush(stdout);
    const QList<QDialog *> dialogs = visibleDialogs();
    for (auto it = dialogs.rbegin(); it != dialogs.rend(); ++it)
        (*it)->reject();
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w != &window && w->isVisible() && w->isWindow())
            w->close();
    done = true;
}

} // namespace

bool takeShot(const Shot &shot, const QString &defaultPlan, const QDir &out, QString &error)
{
    ui::applyTheme(shot.dark ? ui::Theme::Dark : shot.highContrast ? ui::Theme::HighContrast : ui::Theme::Light);

    ui::MainWindow window;
    window.setPrompt([](ui::MainWindow::Question, const QString &) { return QMessageBox::Discard; });
    window.resize(shot.size);
    const QString plan = shot.plan.isEmpty() ? defaultPlan : shot.plan;
    if (!plan.isEmpty() && !window.openFile(QDir::current().absoluteFilePath(plan).toStdString())) {
        error = QStringLiteral("cannot open plan %1").arg(plan);
        return false;
    }
    window.show();
    waitFor([&window] { return window.isVisible() && window.windowHandle() && window.windowHandle()->isExposed(); },
            3000);
    window.resize(shot.size); // again: restored geometry or the style may have changed it
    for (const QString &tab : shot.tabs)
        if (!activateTab(window, tab, error))
            return false;
    for (const QString &dock : shot.raise) {
        auto *widget = window.findChild<QDockWidget *>(dock);
        if (!widget) {
            error = QStringLiteral("no dock named \"%1\"").arg(dock);
            return false;
        }
        widget->show();
        widget->raise();
    }
    if (!shot.importCsv.isEmpty()) {
        const std::optional<std::filesystem::path> teams =
            shot.importCsv.size() > 1 ? std::optional<std::filesystem::path>(shot.importCsv[1].toStdString())
                                      : std::nullopt;
        window.importCsv(shot.importCsv[0].toStdString(), teams);
    }
    if (!shot.importFile.isEmpty())
        window.importFile(shot.importFile.toStdString());
    if (!shot.select.isEmpty())
        window.selection()->setSelectedKeys(shot.select);
    waitFor([&window] { return !window.document()->isImprovingSchedule(); }, 20000);
    settle();
    window.mapView()->fitAll();
    settle();

    ShotRun run{shot, window, out};
    // A dialog left open by a step the list did not foresee would block for ever: close it.
    QTimer::singleShot(60000, &window, [&run] {
        if (!run.done)
            run.fail(QStringLiteral("the shot did not finish within a minute"));
    });
    run.runFrom(0);
    waitFor([&run] { return run.done; }, 65000);
    if (!run.done) {
        error = QStringLiteral("the shot did not finish within a minute");
        return false;
    }
    error = run.error;
    return error.isEmpty();
}

} // namespace waveplan::tools
