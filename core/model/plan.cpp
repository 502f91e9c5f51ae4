#include "core/model/plan.h"
#include "core/model/plan_limits.h"
#include "core/util/text.h"

#include <algorithm>
#include <array>
#include <utility>

namespace waveplan {

const Capability *Plan::findCapability(std::string_view key) const
{
    const int i = indexOfCapability(key);
    return i < 0 ? nullptr : &capabilities[static_cast<size_t>(i)];
}

Capability *Plan::findCapability(std::string_view key)
{
    const int i = indexOfCapability(key);
    return i < 0 ? nullptr : &capabilities[static_cast<size_t>(i)];
}

const Team *Plan::findTeam(std::string_view teamName) const
{
    for (const Team &t : teams)
        if (t.name == teamName)
            return &t;
    return nullptr;
}

Team *Plan::findTeam(std::string_view teamName)
{
    for (Team &t : teams)
        if (t.name == teamName)
            return &t;
    return nullptr;
}

const Baseline *Plan::findBaseline(std::string_view baselineName) const
{
    for (const Baseline &b : baselines)
        if (b.name == baselineName)
            return &b;
    return nullptr;
}

int Plan::indexOfCapability(std::string_view key) const
{
    for (size_t i = 0; i < capabilities.size(); ++i)
        if (capabilities[i].key == key)
            return static_cast<int>(i);
    return -1;
}

const Capability *Plan::findCapabilityById(CapabilityId id) const
{
    if (id == kNoId)
        return nullptr;
    for (const Capability &c : capabilities)
        if (c.id == id)
            return &c;
    return nullptr;
}

std::vector<const Dependency *> Plan::predecessorsOf(std::string_view key) const
{
    std::vector<const Dependency *> result;
    for (const Dependency &d : dependencies)
        if (d.successor == key)
            result.push_back(&d);
    return result;
}

std::vector<const Dependency *> Plan::successorsOf(std::string_view key) const
{
    std::vector<const Dependency *> result;
    for (const Dependency &d : dependencies)
        if (d.predecessor == key)
            result.push_back(&d);
    return result;
}

namespace {

template <typename Item>
std::int64_t nextIdOf(const std::vector<Item> &items)
{
    std::int64_t highest = kNoId;
    for (const Item &item : items)
        highest = std::max(highest, item.id);
    return highest + 1;
}

template <typename Item>
void assignMissing(std::vector<Item> &items)
{
    std::int64_t next = nextIdOf(items);
    for (Item &item : items)
        if (item.id == kNoId)
            item.id = next++;
}

} // namespace

CapabilityId nextCapabilityId(const Plan &plan)
{
    return nextIdOf(plan.capabilities);
}

TeamId nextTeamId(const Plan &plan)
{
    return nextIdOf(plan.teams);
}

void assignMissingIds(Plan &plan)
{
    assignMissing(plan.capabilities);
    assignMissing(plan.teams);
}

Plan withIds(Plan plan)
{
    assignMissingIds(plan);
    return plan;
}

int waveOfDay(int day, int waveLengthDays)
{
    return day < 0 ? 1 : day / waveLengthDays + 1;
}

int firstDayOfWave(int wave, int waveLengthDays)
{
    return (wave - 1) * waveLengthDays;
}

namespace {

/// The first calendar day of the quarter holding `date`, for a year starting in `firstMonth`.
Date quarterStart(Date date, int firstMonth)
{
    const int month = static_cast<int>(static_cast<unsigned>(date.month()));
    const int intoYear = (month - firstMonth + 12) % 12; // months since the fiscal year began
    const int back = intoYear % 3;
    int startMonth = month - back;
    int year = static_cast<int>(date.year());
    if (startMonth < 1) {
        startMonth += 12;
        --year;
    }
    return Date{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(startMonth)}, std::chrono::day{1}};
}

Date addMonths(Date date, int months)
{
    const std::chrono::year_month ym = std::chrono::year_month{date.year(), date.month()} + std::chrono::months{months};
    return Date{ym.year(), ym.month(), std::chrono::day{1}};
}

int clampMonth(int month)
{
    return std::clamp(month, 1, 12);
}

} // namespace

Date waveStartDate(const Plan &plan, int wave)
{
    if (wave <= 1)
        return plan.startDate;
    if (plan.waveScheme == WaveScheme::Quarters)
        return addMonths(quarterStart(plan.startDate, clampMonth(plan.fiscalYearStartMonth)), 3 * (wave - 1));
    return addDays(plan.startDate, (wave - 1) * std::max(1, plan.waveLengthDays));
}

std::string quarterName(const Plan &plan, int wave)
{
    if (plan.waveScheme != WaveScheme::Quarters)
        return {};
    const int firstMonth = clampMonth(plan.fiscalYearStartMonth);
    const Date start = wave <= 1 ? quarterStart(plan.startDate, firstMonth) : waveStartDate(plan, wave);
    const int month = static_cast<int>(static_cast<unsigned>(start.month()));
    const int quarter = ((month - firstMonth + 12) % 12) / 3 + 1;
    int year = static_cast<int>(start.year());
    if (firstMonth != 1 && month >= firstMonth)
        ++year; // FY2028 begins in, say, July 2027
    return "Q" + std::to_string(quarter) + " " + std::to_string(year);
}

std::string_view waveSchemeName(WaveScheme scheme)
{
    return scheme == WaveScheme::Quarters ? "quarter" : "days";
}

Result<WaveChoice> parseWaveChoice(std::string_view text)
{
    const std::string choice = text::toLower(text::trim(text));
    if (choice == "quarter" || choice == "quarters")
        return WaveChoice{WaveScheme::Quarters, std::nullopt};
    if (choice == "days")
        return WaveChoice{WaveScheme::Days, std::nullopt};
    if (choice.size() > 1 && choice.back() == 'd')
        if (const std::optional<int> days = text::parseWholeNumber(std::string_view(choice).substr(0, choice.size() - 1))) {
            if (*days < 1 || *days > kMaxWaveLengthDays)
                return messageError("waves of " + std::to_string(*days) + " days: the length must be from 1 to " +
                                    std::to_string(kMaxWaveLengthDays) + " days");
            return WaveChoice{WaveScheme::Days, *days};
        }
    return messageError("unknown waves " + text::quoted(text) +
                        "; expected quarter (calendar quarters), days (blocks of the wave length) or a number of "
                        "days such as 90d");
}

Result<int> parseMonth(std::string_view text)
{
    static constexpr std::array<std::string_view, 12> kMonths{"january", "february", "march",     "april",
                                                              "may",     "june",     "july",      "august",
                                                              "september", "october", "november", "december"};
    const std::string month = text::toLower(text::trim(text));
    if (const std::optional<int> number = text::parseWholeNumber(month)) {
        if (*number >= 1 && *number <= 12)
            return *number;
    } else {
        for (std::size_t m = 0; m < kMonths.size(); ++m)
            if (month == kMonths[m] || (month.size() == 3 && kMonths[m].starts_with(month)))
                return static_cast<int>(m) + 1;
    }
    return messageError("unknown month " + text::quoted(text) +
                        "; expected 1 to 12 or a month's name (jan, feb, ..., or in full)");
}

Plan blankPlan()
{
    Plan plan;
    plan.calendar = mondayToFriday();
    return plan;
}

bool hasMilestone(const Plan &plan)
{
    return std::any_of(plan.capabilities.begin(), plan.capabilities.end(), [](const Capability &c) { return isMilestone(c); });
}

WaveGrid waveGrid(const Plan &plan)
{
    if (plan.calendar.everyDay() && plan.waveScheme == WaveScheme::Days)
        return WaveGrid(plan.waveLengthDays);
    // Each wave begins on the working day on or after its calendar start; a wave with no
    // working day in it (a one-day first quarter on a Sunday) still gets one.
    const PlanDates dates(plan);
    std::vector<int> starts{0};
    for (int wave = 2; wave <= kMaxWave + 1; ++wave)
        starts.push_back(std::max(starts.back() + 1, dates.dayOf(waveStartDate(plan, wave))));
    return WaveGrid(std::move(starts));
}

PlanDates::PlanDates(const Plan &plan)
    : m_start(plan.startDate)
    , m_everyDay(plan.calendar.everyDay())
    , m_index(plan.calendar, plan.startDate)
{
}

Date PlanDates::dateOf(int day) const
{
    if (m_everyDay || day < 0)
        return addDays(m_start, day);
    return m_index.dateOf(day);
}

int PlanDates::dayOf(Date date) const
{
    const long long offset = (std::chrono::sys_days{date} - std::chrono::sys_days{m_start}).count();
    if (m_everyDay || offset < 0)
        return static_cast<int>(offset);
    return m_index.workdayOn(date);
}

Date dateOfDay(const Plan &plan, int day)
{
    if (plan.calendar.everyDay())
        return addDays(plan.startDate, day);
    return PlanDates(plan).dateOf(day);
}

} // namespace waveplan
