#include "ui/capacity/wave_dates.h"

#include <QCoreApplication>
#include <QLocale>

namespace waveplan::ui {

QDate dateOfDay(const Plan &plan, int day)
{
    const Date date = addDays(plan.startDate, day);
    return {static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
            static_cast<int>(static_cast<unsigned>(date.day()))};
}

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("MMM d"));
}

std::pair<QDate, QDate> waveDates(const Plan &plan, int wave)
{
    const int first = firstDayOfWave(wave, plan.waveLengthDays);
    return {dateOfDay(plan, first), dateOfDay(plan, first + plan.waveLengthDays - 1)};
}

QString waveRangeText(const Plan &plan, int wave, bool withYear)
{
    const auto [first, last] = waveDates(plan, wave);
    if (!withYear)
        return QCoreApplication::translate("WaveDates", "%1 – %2").arg(shortDate(first), shortDate(last));
    const QString from = first.year() == last.year()
                             ? shortDate(first)
                             : QStringLiteral("%1 %2").arg(shortDate(first)).arg(first.year());
    return QCoreApplication::translate("WaveDates", "%1 to %2 %3").arg(from, shortDate(last)).arg(last.year());
}

} // namespace waveplan::ui
