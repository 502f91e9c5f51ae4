#pragma once
/// @file plan.h
/// The plan: the single source of truth a user edits. A plain value: copy it, compare it,
/// hand a snapshot to the scheduler. The schedule is computed from it and never stored in it.

#include "core/model/baseline.h"
#include "core/model/capability.h"
#include "core/model/date.h"
#include "core/model/dependency.h"
#include "core/model/team.h"
#include "core/model/wave_grid.h"
#include "core/model/work_calendar.h"

#include "core/util/result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waveplan {

class PlanIndex;

/// How a plan's waves are cut: blocks of waveLengthDays calendar days from the start, or calendar
/// quarters (wave 1 from the start to the end of its quarter) of a year that begins in
/// Plan::fiscalYearStartMonth.
enum class WaveScheme { Days, Quarters };

/// How files and the command line write a wave scheme: "days" or "quarter".
[[nodiscard]] std::string_view waveSchemeName(WaveScheme scheme);

/// A wave scheme as a user writes it (`--waves`, the JSON field `waves`): "quarter" (or
/// "quarters"), "days", or a number of days such as "90d", which also gives the wave length.
struct WaveChoice {
    WaveScheme scheme = WaveScheme::Days;
    std::optional<int> lengthDays; ///< given by "90d"
};
/// Reads a WaveChoice; the error says what was expected.
[[nodiscard]] Result<WaveChoice> parseWaveChoice(std::string_view text);

/// A month as a user writes it (`--fiscal-year-start`): 1 to 12, or its English name in full or
/// in three letters, any letter case ("jul", "July").
[[nodiscard]] Result<int> parseMonth(std::string_view text);

struct Plan {
    static constexpr int kDefaultWaveLengthDays = 90;
    static constexpr int kDefaultHorizonWaves = 4;

    std::string name = "Untitled plan";
    Date startDate{std::chrono::year{2027}, std::chrono::January, std::chrono::day{4}};
    int waveLengthDays = kDefaultWaveLengthDays; ///< > 0
    int horizonWaves = kDefaultHorizonWaves;     ///< > 0; year one = 4 waves of 90 days.
    bool allowSpan = true; ///< false = "no-span": a capability must start and finish in one wave.
    std::vector<Team> teams;
    std::vector<Capability> capabilities;
    std::vector<Dependency> dependencies;
    /// Frozen schedules to measure the plan against, in the order they were frozen. They do not
    /// change the schedule: see baseline.h.
    std::vector<Baseline> baselines;
    /// Which days are worked: durations and lags count them, and every date shown is one of
    /// them. A plan that says nothing works every day, so day N is the start date + N.
    WorkCalendar calendar;
    WaveScheme waveScheme = WaveScheme::Days;
    int fiscalYearStartMonth = 1; ///< 1 (January) to 12: where quarters begin
    /// The day the capabilities' progress describes (tracking.h); when set, the plan is
    /// re-planned from it: nothing planned starts before it. Empty: planned from the start date.
    std::optional<Date> asOf;

    bool operator==(const Plan &) const = default;

    [[nodiscard]] const Capability *findCapability(std::string_view key) const;
    [[nodiscard]] Capability *findCapability(std::string_view key);
    [[nodiscard]] const Team *findTeam(std::string_view name) const;
    [[nodiscard]] Team *findTeam(std::string_view name);
    /// Index into `capabilities`, or -1.
    [[nodiscard]] int indexOfCapability(std::string_view key) const;
    /// The capability with internal id `id` (never kNoId), or null.
    [[nodiscard]] const Capability *findCapabilityById(CapabilityId id) const;
    /// The baseline named `name`, or null.
    [[nodiscard]] const Baseline *findBaseline(std::string_view name) const;
    /// Dependencies whose successor is `key`, in plan order.
    [[nodiscard]] std::vector<const Dependency *> predecessorsOf(std::string_view key) const;
    /// Dependencies whose predecessor is `key`, in plan order.
    [[nodiscard]] std::vector<const Dependency *> successorsOf(std::string_view key) const;
};

/// The id the next capability (team) entering `plan` gets: one above the highest in use.
[[nodiscard]] CapabilityId nextCapabilityId(const Plan &plan);
[[nodiscard]] TeamId nextTeamId(const Plan &plan);
/// Gives every capability and team without an id (kNoId) the next free one, in plan order.
/// Ids already given are kept. See ids.h.
void assignMissingIds(Plan &plan);
/// `plan` with every id it lacks assigned.
[[nodiscard]] Plan withIds(Plan plan);

/// 1-based wave that holds `day` (day 0 = plan start) when every wave is `waveLengthDays` long;
/// days before 0 are in wave 1. A plan's waves: waveGrid(plan).
[[nodiscard]] int waveOfDay(int day, int waveLengthDays);
/// First day of `wave` (1-based) when every wave is `waveLengthDays` long.
[[nodiscard]] int firstDayOfWave(int wave, int waveLengthDays);
/// A new, empty plan as the app starts one: the defaults, worked Monday to Friday (issue 15).
/// Plan{} itself works every day, as files and spreadsheets that name no calendar do.
[[nodiscard]] Plan blankPlan();
/// Some capability of the plan is a milestone (legends then show the diamond).
[[nodiscard]] bool hasMilestone(const Plan &plan);
/// Where each of the plan's waves begins, in plan days (working days of its calendar). Build it
/// once per pass over the plan, not once per capability: with a calendar it is a table.
[[nodiscard]] WaveGrid waveGrid(const Plan &plan);
/// The date of plan day `day` (day 0 = the first working day on or after the start date; days
/// before 0 are counted back in calendar days). Build a PlanDates for many days.
[[nodiscard]] Date dateOfDay(const Plan &plan, int day);
/// The calendar date on which wave `wave` (1-based) begins: the start date for wave 1.
[[nodiscard]] Date waveStartDate(const Plan &plan, int wave);
/// The plan's quarter label for `wave` ("Q1 2027", by the fiscal year it falls in: a fiscal
/// year is named after the calendar year it ends in, except when it starts in January) when
/// its waves are quarters; empty otherwise.
[[nodiscard]] std::string quarterName(const Plan &plan, int wave);

/// Dates of plan days in bulk: the plan's working-day index built once.
class PlanDates {
public:
    explicit PlanDates(const Plan &plan);
    [[nodiscard]] Date dateOf(int day) const;
    /// dateOf(day) as plans name dates in sentences and files: "2027-02-12".
    [[nodiscard]] std::string isoDateOf(int day) const { return formatIsoDate(dateOf(day)); }
    /// The plan day of `date`: the first working day on or after it (days before the start are
    /// negative calendar days).
    [[nodiscard]] int dayOf(Date date) const;

private:
    Date m_start;
    bool m_everyDay = true;
    WorkdayIndex m_index;
};

/// Structural integrity, the rules every stored or imported plan obeys: valid, unique keys;
/// ids (where given) positive and unique among capabilities and among teams;
/// unique team names; durations > 0; capacities >= 0; dependencies between existing,
/// distinct capabilities, no duplicate dependency, lags >= 0; demand only on existing teams,
/// people > 0 and one entry per team; waves >= 1; readiness 1..5; plan settings > 0;
/// baselines named uniquely and whole (baselineErrors).
/// Scheduling problems (cycles, capacity clashes) are not structural: see validate/.
[[nodiscard]] std::vector<std::string> structuralErrors(const Plan &plan);
/// The same, reusing an index of the plan that the caller has built anyway.
[[nodiscard]] std::vector<std::string> structuralErrors(const Plan &plan, const PlanIndex &index);

} // namespace waveplan
