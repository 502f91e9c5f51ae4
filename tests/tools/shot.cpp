#include "shot.h"

#include <QKeySequence>
#include <QProcess>
#include <QRegularExpression>

namespace waveplan::tools {

std::variant<std::monostate, Shot, QString> parseShot(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
        return std::monostate{};
    const QStringList words = QProcess::splitCommand(trimmed);
    Shot shot;
    shot.name = words.front();
    if (shot.name.contains(QLatin1Char('=')) || shot.name.contains(QLatin1Char('/')))
        return QStringLiteral("a shot starts with its name (no '=' or '/'), got \"%1\"").arg(shot.name);
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString &word = words[i];
        const qsizetype equals = word.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return QStringLiteral("%1: expected key=value, got \"%2\"").arg(shot.name, word);
        const QString key = word.left(equals);
        const QString value = word.mid(equals + 1);
        if (key == QLatin1String("size")) {
            static const QRegularExpression pattern(QStringLiteral("^(\\d+)x(\\d+)$"));
            const auto match = pattern.match(value);
            if (!match.hasMatch())
                return QStringLiteral("%1: size must be WIDTHxHEIGHT, got \"%2\"").arg(shot.name, value);
            shot.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
        } else if (key == QLatin1String("plan")) {
            shot.plan = value;
        } else if (key == QLatin1String("tab")) {
            if (!value.contains(QLatin1Char(':')))
                return QStringLiteral("%1: tab must be TABWIDGET:PAGE, got \"%2\"").arg(shot.name, value);
            shot.tabs << value;
        } else if (key == QLatin1String("raise")) {
            shot.raise << value;
        } else if (key == QLatin1String("select")) {
            shot.select = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (key == QLatin1String("csv")) {
            shot.importCsv = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (shot.importCsv.isEmpty() || shot.importCsv.size() > 2)
                return QStringLiteral("%1: csv must be CAPABILITIES[,TEAMS]").arg(shot.name);
        } else if (key == QLatin1String("import")) {
            shot.importFile = value;
        } else if (key == QLatin1String("action")) {
            shot.actions << value;
            shot.steps.push_back({ShotStep::Kind::Action, value});
        } else if (key == QLatin1String("check")) {
            shot.steps.push_back({ShotStep::Kind::Check, value});
        } else if (key == QLatin1String("click")) {
            shot.steps.push_back({ShotStep::Kind::Click, value});
        } else if (key == QLatin1String("keys")) {
            for (const QString &keyName : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QKeySequence sequence(keyName.trimmed());
                if (sequence.count() != 1 || sequence[0].key() == Qt::Key_unknown)
                    return QStringLiteral("%1: keys must be key names separated by commas (Right, Space, C, "
                                          "Alt+Right), got \"%2\"")
                        .arg(shot.name, keyName);
            }
            if (value.trimmed().isEmpty())
                return QStringLiteral("%1: keys needs at least one key").arg(shot.name);
            shot.steps.push_back({ShotStep::Kind::Keys, value});
        } else if (key == QLatin1String("pin")) {
            static const QRegularExpression pattern(QStringLiteral("^([^:]+):(\\d+)$"));
            if (!pattern.match(value).hasMatch() || value.section(QLatin1Char(':'), 1).toInt() < 1)
                return QStringLiteral("%1: pin must be KEY:WAVE (a wave from 1), got \"%2\"").arg(shot.name, value);
            shot.steps.push_back({ShotStep::Kind::Pin, value});
        } else if (key == QLatin1String("baseline")) {
            if (value.trimmed().isEmpty())
                return QStringLiteral("%1: baseline needs a name").arg(shot.name);
            shot.steps.push_back({ShotStep::Kind::Baseline, value});
        } else if (key == QLatin1String("scenario")) {
            if (value.trimmed().isEmpty())
                return QStringLiteral("%1: scenario needs a name").arg(shot.name);
            shot.steps.push_back({ShotStep::Kind::Scenario, value});
        } else if (key == QLatin1String("wait")) {
            bool isNumber = false;
            const int ms = value.toInt(&isNumber);
            if (!isNumber || ms < 0 || ms > 60000)
                return QStringLiteral("%1: wait must be milliseconds from 0 to 60000, got \"%2\"").arg(shot.name, value);
            shot.waitMs = ms;
        } else if (key == QLatin1String("palette")) {
            if (value != QLatin1String("dark") && value != QLatin1String("light") &&
                value != QLatin1String("high-contrast"))
                return QStringLiteral("%1: palette must be dark, light or high-contrast, got \"%2\"").arg(shot.name, value);
            shot.dark = value == QLatin1String("dark");
            shot.highContrast = value == QLatin1String("high-contrast");
        } else if (key == QLatin1String("grab")) {
            shot.grab = value;
        } else {
            return QStringLiteral("%1: unknown setting \"%2\" (known: size, plan, tab, raise, select, csv, import, "
                                  "action, check, click, keys, pin, baseline, scenario, wait, palette, grab)")
                .arg(shot.name, key);
        }
    }
    return shot;
}

} // namespace waveplan::tools
