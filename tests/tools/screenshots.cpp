// waveplan_screenshots: the docs' screenshots, made from a shot list (see shot.h and
// docs/screenshots/make-screenshots.sh). Reads the command line and the shot list; each shot is
// taken by shot_runner.cpp.

#include "shot.h"
#include "shot_runner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTextStream>

#include <cstdio>

using namespace waveplan;

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
        if (!tools::takeShot(shot, parser.value(QStringLiteral("plan")), out, error)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(shot.name), qPrintable(error));
            ++failed;
        }
    }
    return failed == 0 ? 0 : 1;
}
