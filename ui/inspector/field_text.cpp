#include "ui/inspector/field_text.h"

#include <QObject>
#include <QStringList>


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
