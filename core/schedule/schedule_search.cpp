#include "core/schedule/schedule.h"

#include <algorithm>
#include <string>

namespace waveplan {

namespace {

/// Schedules times (capabilities + dependencies) the default budget allows: 5,000 schedules of
/// a 1,000-capability plan with 3,000 dependencies, about 2 s on the 2-core machine of
/// docs/benchmarks.md.
constexpr std::int64_t kDefaultWork = 20'000'000;
constexpr std::int64_t kMostSchedules = 5000;
/// Enough for the first schedule, the population's priority rules and a few children.
constexpr std::int64_t kFewestSchedules = 24;

} // namespace

std::int64_t scheduleBudgetFor(std::size_t capabilities, std::size_t dependencies)
{
    const auto size = static_cast<std::int64_t>(std::max<std::size_t>(1, capabilities + dependencies));
    return std::clamp(kDefaultWork / size, kFewestSchedules, kMostSchedules);
}

std::string_view toString(SearchEnd end)
{
    switch (end) {
    case SearchEnd::Budget:
        return "budget";
    case SearchEnd::LowerBound:
        return "lower-bound";
    case SearchEnd::NoImprovement:
        return "no-improvement";
    case SearchEnd::FirstSchedule:
        return "first-schedule";
    }
    return "budget";
}

std::string_view toString(BoundSetBy by)
{
    switch (by) {
    case BoundSetBy::Dependencies:
        return "dependencies";
    case BoundSetBy::TeamWork:
        return "team-work";
    case BoundSetBy::GoLiveLimit:
        return "go-live-limit";
    }
    return "dependencies";
}

namespace {

/// What sets the bound, in words: "Data team's work needs that long".
std::string boundCause(const Schedule &schedule)
{
    switch (schedule.lowerBoundSetBy) {
    case BoundSetBy::Dependencies:
        return "the longest chain of work (durations, dependencies, earliest waves) needs that "
               "long";
    case BoundSetBy::TeamWork:
        return schedule.lowerBoundTeam + " team's work needs that long";
    case BoundSetBy::GoLiveLimit:
        return schedule.lowerBoundTeam + " team's go-live limit spreads its go-lives that far";
    }
    return {};
}

} // namespace

std::string describeLowerBound(const Schedule &schedule)
{
    if (!schedule.feasible || schedule.capabilities.empty() || schedule.lowerBoundDays <= 0)
        return {};
    const std::string bound = std::to_string(schedule.lowerBoundDays) + " (" + boundCause(schedule) + ")";
    if (schedule.provenShortest())
        return "Proven as short as the plan allows: no schedule that keeps every constraint ends "
               "before day " +
               bound + ".";
    const int over = schedule.makespanDays - schedule.lowerBoundDays;
    const int percent = static_cast<int>((100LL * over + schedule.lowerBoundDays - 1) / schedule.lowerBoundDays);
    return "No schedule can end before day " + bound + "; this one ends " + std::to_string(over) +
           (over == 1 ? " day" : " days") + " later (at most " + std::to_string(percent) + "% above that bound).";
}

} // namespace waveplan
