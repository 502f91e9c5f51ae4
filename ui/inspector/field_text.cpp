#include "ui/inspector/field_text.h"

#include <QObject>
#include <QStringList>

#include <set>

namespace waveplan::ui {

namespace {

QStringList entriesOf(const QString &text)
{
    QStringList entries;
    for (const QString &part : text.split(QLatin1Char(';'))) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            entries << trimmed;
    }
    return entries;
}

} // namespace

QString demandToText(const std::vector<TeamDemand> &demand)
{
    QStringList parts;
    for (const TeamDemand &d : demand)
        parts << QStringLiteral("%1:%2").arg(QString::fromStdString(d.team)).arg(d.people);
    return parts.join(QStringLiteral("; "));
}

Parsed<std::vector<TeamDemand>> parseDemand(const QString &text, const Plan &plan)
{
    std::vector<TeamDemand> demand;
    std::set<std::string> seen;
    for (const QString &entry : entriesOf(text)) {
        const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
        const QString team = (colon < 0 ? entry : entry.left(colon)).trimmed();
        int people = 1;
        if (colon >= 0) {
            bool ok = false;
            people = entry.mid(colon + 1).trimmed().toInt(&ok);
            if (!ok || people <= 0)
                return QObject::tr("Demand \"%1\": people must be a whole number above 0, as in \"Data:2\".").arg(entry);
        }
        const std::string name = team.toStdString();
        if (plan.findTeam(name) == nullptr)
            return QObject::tr("Demand \"%1\": there is no team \"%2\"; add it in Teams first.").arg(entry, team);
        if (!seen.insert(name).second)
            return QObject::tr("Demand: team \"%1\" appears twice; give each team once.").arg(team);
        demand.push_back({name, people});
    }
    return demand;
}

QString optionalNumberToText(const std::optional<double> &number)
{
    return number ? QString::number(*number, 'g', 15) : QString();
}

Parsed<std::optional<double>> parseOptionalNumber(const QString &text, const QString &what)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::optional<double>();
    bool ok = false;
    const double number = trimmed.toDouble(&ok);
    if (!ok)
        return QObject::tr("%1: \"%2\" is not a number; enter a number such as 12.5, or leave it empty.").arg(what, trimmed);
    return std::optional<double>(number);
}

QString capacityByWaveToText(const std::map<int, int> &capacityByWave)
{
    QStringList parts;
    for (const auto &[wave, people] : capacityByWave)
        parts << QStringLiteral("w%1=%2").arg(wave).arg(people);
    return parts.join(QStringLiteral("; "));
}

Parsed<std::map<int, int>> parseCapacityByWave(const QString &text)
{
    std::map<int, int> result;
    for (const QString &entry : entriesOf(text)) {
        const QStringList sides = entry.split(QLatin1Char('='));
        QString waveText = sides.value(0).trimmed();
        if (waveText.startsWith(QLatin1Char('w'), Qt::CaseInsensitive))
            waveText = waveText.mid(1);
        bool waveOk = false;
        bool peopleOk = false;
        const int wave = waveText.toInt(&waveOk);
        const int people = sides.size() == 2 ? sides[1].trimmed().toInt(&peopleOk) : -1;
        if (sides.size() != 2 || !waveOk || !peopleOk || wave < 1 || people < 0)
            return QObject::tr("Capacity by wave \"%1\": expected wave=people with a wave from 1 and people from 0, as in \"w2=3\".").arg(entry);
        if (!result.emplace(wave, people).second)
            return QObject::tr("Capacity by wave: wave %1 appears twice.").arg(wave);
    }
    return result;
}

} // namespace waveplan::ui
