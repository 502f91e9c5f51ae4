#include "ui/text/wave_labels.h"

#include <QCoreApplication>

#include <algorithm>

namespace waveplan::ui {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("waveplan::ui::WaveLabels", text);
}

} // namespace

QDate toQDate(const Date &date)
{
    return {static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
            static_cast<int>(static_cast<unsigned>(date.day()))};
}

Date fromQDate(const QDate &date)
{
    return Date{std::chrono::year{date.year()}, std::chrono::month{static_cast<unsigned>(date.month())},
                std::chrono::day{static_cast<unsigned>(date.day())}};
}

Date todayDate()
{
    return fromQDate(QDate::currentDate());
}

QDate qDateOfDay(const Plan &plan, int day)
{
    return toQDate(waveplan::dateOfDay(plan, day));
}

QString shortDate(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, QStringLiteral("MMM d"));
}

std::pair<QDate, QDate> waveDayRange(const Plan &plan, int wave)
{
    const WaveGrid waves = waveGrid(plan);
    return {qDateOfDay(plan, waves.firstDay(wave)), qDateOfDay(plan, waves.firstDay(wave + 1) - 1)};
}

QString dayRangeText(const Plan &plan, int firstDay, int lastDay, const QLocale &locale)
{
    const QDate first = qDateOfDay(plan, firstDay);
    const QDate last = qDateOfDay(plan, lastDay);
    const QString withYear = QStringLiteral("MMM d yyyy");
    const QString from = first.year() == last.year() ? shortDate(first, locale) : locale.toString(first, withYear);
    return translated("%1 to %2").arg(from, locale.toString(last, withYear));
}

QString waveName(const Plan &plan, int wave)
{
    const std::string quarter = quarterName(plan, wave);
    return quarter.empty() ? translated("Wave %1").arg(wave) : QString::fromStdString(quarter);
}

QString waveDatesText(const Plan &plan, int wave, const QLocale &locale)
{
    const WaveGrid waves = waveGrid(plan);
    return dayRangeText(plan, waves.firstDay(wave), waves.firstDay(wave + 1) - 1, locale);
}

QString waveDatesShortText(const Plan &plan, int wave, const QLocale &locale)
{
    const auto [first, last] = waveDayRange(plan, wave);
    return translated("%1 – %2").arg(shortDate(first, locale), shortDate(last, locale));
}

QString waveTitle(const Plan &plan, int wave, const QLocale &locale)
{
    return translated("%1 – %2").arg(waveName(plan, wave), waveDatesText(plan, wave, locale));
}

} // namespace waveplan::ui
