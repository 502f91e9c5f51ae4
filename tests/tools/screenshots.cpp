// waveplan_screenshots: the docs' screenshots, made from a shot list (see shot.h and
// docs/screenshots/make-screenshots.sh). Each shot opens a fresh main window on the plan, sets
// its size, palette, tabs, docks, selection, runs the actions asked for, waits for the schedule
// and writes a PNG of the window, of the dialog that opened, or of one widget.

#include "shot.h"

#include "ui/document/plan_document.h"
#include "ui/main_window.h"
#include "ui/map/map_view.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QIcon>
#include <QPalette>
#include <QPixmap>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTextStream>
#include <QThread>
#include <QWindow>

#include <cstdio>

using namespace waveplan;

namespace {

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

/// The newest visible top-level widget that is not the main window (a dialog it opened).
QWidget *newestDialog(const QWidget *window)
{
    QWidget *found = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w != window && w->isVisible() && qobject_cast<QDialog *>(w))
            found = w;
    return found;
}

bool takeShot(const tools::Shot &shot, const QString &defaultPlan, const QDir &out, QString &error)
{
    QApplication::setPalette(shot.dark ? darkPalette() : QApplication::style()->standardPalette());

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
    if (!shot.select.isEmpty())
        window.selection()->setSelectedKeys(shot.select);
    waitFor([&window] { return !window.document()->isImprovingSchedule(); }, 20000);
    settle();
    window.mapView()->fitAll();
    for (const QString &name : shot.actions) {
        auto *action = window.findChild<QAction *>(name);
        if (!action) {
            error = QStringLiteral("no action named \"%1\"").arg(name);
            return false;
        }
        action->trigger();
        settle();
    }
    settle(300);

    QWidget *target = &window;
    if (shot.grab == QLatin1String("dialog")) {
        target = newestDialog(&window);
    } else if (shot.grab != QLatin1String("window")) {
        target = window.findChild<QWidget *>(shot.grab);
    }
    if (!target) {
        error = QStringLiteral("nothing to grab for \"%1\"").arg(shot.grab);
        return false;
    }
    const QString file = out.filePath(shot.name + QStringLiteral(".png"));
    if (!target->grab().save(file)) {
        error = QStringLiteral("cannot write %1").arg(file);
        return false;
    }
    std::printf("%s\n", qPrintable(QDir::toNativeSeparators(file)));
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w != &window && qobject_cast<QDialog *>(w))
            w->close();
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true); // the user's settings, recent files and autosave stay untouched
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("WaveplanScreenshots"));
    QApplication::setApplicationName(QStringLiteral("Waveplan"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/waveplan.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Makes Waveplan's documentation screenshots."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("plan"), QStringLiteral("Plan every shot opens (.waveplan or .json)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Folder for the PNG files (default: .)."),
                      QStringLiteral("dir"), QStringLiteral(".")});
    parser.addOption({QStringLiteral("list"), QStringLiteral("Shot list: one shot per line (see shot.h)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("shot"), QStringLiteral("One shot, as a shot-list line; repeatable."),
                      QStringLiteral("line")});
    parser.process(app);

    QStringList lines = parser.values(QStringLiteral("shot"));
    if (parser.isSet(QStringLiteral("list"))) {
        QFile list(parser.value(QStringLiteral("list")));
        if (!list.open(QIODevice::ReadOnly | QIODevice::Text)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(list.fileName()));
            return 2;
        }
        QTextStream in(&list);
        while (!in.atEnd())
            lines << in.readLine();
    }
    std::vector<tools::Shot> shots;
    for (const QString &line : lines) {
        auto parsed = tools::parseShot(line);
        if (const auto *message = std::get_if<QString>(&parsed)) {
            std::fprintf(stderr, "%s\n", qPrintable(*message));
            return 2;
        }
        if (auto *shot = std::get_if<tools::Shot>(&parsed))
            shots.push_back(*shot);
    }
    if (shots.empty()) {
        std::fprintf(stderr, "no shots: give --shot or --list (see --help)\n");
        return 2;
    }
    const QDir out(parser.value(QStringLiteral("out")));
    if (!QDir().mkpath(out.path())) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(out.path()));
        return 2;
    }
    int failed = 0;
    for (const tools::Shot &shot : shots) {
        QString error;
        if (!takeShot(shot, parser.value(QStringLiteral("plan")), out, error)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(shot.name), qPrintable(error));
            ++failed;
        }
    }
    return failed == 0 ? 0 : 1;
}
