#include "core/io/json_plan_reader.h"

#include "core/io/json_baselines.h"
#include "core/model/plan_limits.h"
#include "core/model/tracking.h"

#include <cmath>
#include <map>
#include <set>
#include <utility>

namespace waveplan::jsonio {

namespace {

// The fields each object may hold; anything else is reported as an unknown field.
constexpr std::string_view kPlanFields[] = {
    "format",        "version",    "name",  "start_date",   "wave_length_days",
    "horizon_waves", "allow_span", "workdays", "holidays", "waves", "fiscal_year_start", "as_of",
    "teams",         "capabilities", "dependencies", "baselines"};
constexpr std::string_view kHolidayFields[] = {"date", "name"};
constexpr std::string_view kTeamFields[] = {"name", "capacity", "capacity_by_wave",
                                            "max_changes_per_wave"};
constexpr std::string_view kCapabilityFields[] = {
    "key",           "name",        "kind",      "duration_days", "demand",  "owner",
    "approach",      "kpi",         "readiness", "value",         "cost",    "earliest_wave",
    "deadline_wave", "pinned_wave", "retires",   "notes",         "position",
    "status",        "actual_start", "actual_finish", "remaining_days"};
constexpr std::string_view kDemandFields[] = {"team", "people"};
constexpr std::string_view kReadinessFields[] = {"technical", "skills", "process"};
constexpr std::string_view kPositionFields[] = {"x", "y"};
constexpr std::string_view kDependencyFields[] = {"predecessor", "successor", "lag_days"};

std::string inQuotes(const std::string &text) {
    return "\"" + text + "\"";
}

/// "1", "12"...: a wave number (1 to kMaxWave) as written in capacity_by_wave, without sign or
/// leading zeros.
std::optional<int> parseWaveNumber(const std::string &text) {
    if (text.empty() || text.size() > 10 || text.front() == '0')
        return std::nullopt;
    long long n = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        n = n * 10 + (c - '0');
    }
    if (n > kMaxWave)
        return std::nullopt;
    return static_cast<int>(n);
}

class PlanReader {
public:
    explicit PlanReader(ReadContext &context)
        : m_context(context) {}

    Plan read(const Json &root) {
        Plan plan;
        const ObjectReader fields(m_context, root, "", kPlanFields);
        if (auto name = fields.string("name", true))
            plan.name = std::move(*name);
        if (const std::optional<Date> start = date(fields, "start_date", true)) {
            plan.startDate = *start;
            inPlanYears(fields, "start_date", *start);
        }
        if (auto days = fields.integer("wave_length_days", false, 1, kMaxWaveLengthDays))
            plan.waveLengthDays = *days;
        if (auto waves = fields.integer("horizon_waves", false, 1, kMaxHorizonWaves))
            plan.horizonWaves = *waves;
        if (auto span = fields.boolean("allow_span", false))
            plan.allowSpan = *span;
        readCalendar(fields, plan);

        forEachElement(fields, "teams", m_allNamesKnown,
                       [&](const Json &item, const std::string &path) {
                           plan.teams.push_back(readTeam(item, path));
                       });
        forEachElement(fields, "capabilities", m_allKeysKnown,
                       [&](const Json &item, const std::string &path) {
                           plan.capabilities.push_back(readCapability(item, path));
                       });
        bool unused = true;
        forEachElement(fields, "dependencies", unused,
                       [&](const Json &item, const std::string &path) {
                           plan.dependencies.push_back(readDependency(item, path));
                       });
        std::map<std::string, std::string, std::less<>> baselineNames;
        forEachElement(fields, "baselines", unused, [&](const Json &item, const std::string &path) {
            plan.baselines.push_back(readBaseline(m_context, item, path));
            const std::string &name = plan.baselines.back().name;
            if (const auto [it, added] = baselineNames.emplace(name, path); !added && !name.empty())
                m_context.errorAtValue(path, "baseline " + inQuotes(name) + " is already defined at " + it->second);
        });
        return plan;
    }

private:
    /// workdays, holidays, waves and fiscal_year_start: all optional, a plan without them works
    /// every day in waves of wave_length_days.
    void readCalendar(const ObjectReader &fields, Plan &plan) {
        if (auto workdays = fields.string("workdays", false)) {
            if (const Result<WorkedWeekdays> worked = parseWorkedWeekdays(*workdays))
                plan.calendar.worked = *worked;
            else
                m_context.errorAtValue(fields.pathOf("workdays"), worked.errors().front().message);
        }
        if (auto waves = fields.string("waves", false)) {
            if (const Result<WaveChoice> choice = parseWaveChoice(*waves)) {
                plan.waveScheme = choice->scheme;
                if (choice->lengthDays && fields.optional("wave_length_days") &&
                    *choice->lengthDays != plan.waveLengthDays)
                    m_context.errorAtValue(fields.pathOf("waves"),
                                           inQuotes(*waves) + " disagrees with wave_length_days (" +
                                               std::to_string(plan.waveLengthDays) + "); give one of them");
                else if (choice->lengthDays)
                    plan.waveLengthDays = *choice->lengthDays;
            } else
                m_context.errorAtValue(fields.pathOf("waves"), choice.errors().front().message);
        }
        if (auto month = fields.integer("fiscal_year_start", false, 1, 12))
            plan.fiscalYearStartMonth = *month;
        plan.asOf = date(fields, "as_of");
        if (plan.asOf && !inPlanYears(fields, "as_of", *plan.asOf))
            plan.asOf.reset();
        m_planStart = plan.startDate;
        m_asOf = plan.asOf;
        std::map<Date, std::string> holidayAt;
        bool unused = true;
        forEachElement(fields, "holidays", unused, [&](const Json &item, const std::string &path) {
            const ObjectReader holiday(m_context, item, path, kHolidayFields);
            Holiday h;
            if (auto name = holiday.string("name", true)) {
                h.name = std::move(*name);
                if (h.name.empty())
                    m_context.errorAtValue(holiday.pathOf("name"), "a holiday needs a name");
            }
            if (const std::optional<Date> day = date(holiday, "date", true)) {
                h.date = *day;
                if (const auto [it, added] = holidayAt.emplace(*day, path); !added)
                    m_context.errorAtValue(holiday.pathOf("date"), "holiday " + inQuotes(formatIsoDate(*day)) +
                                                                       " is already listed at " + it->second);
            }
            plan.calendar.holidays.push_back(std::move(h));
        });
    }

    /// The date `field` of `fields`, YYYY-MM-DD; an error at it when it is not a real date (or,
    /// with `isRequired`, missing).
    std::optional<Date> date(const ObjectReader &fields, std::string_view field, bool isRequired = false) {
        const std::optional<std::string> text = fields.string(field, isRequired);
        if (!text)
            return std::nullopt;
        if (auto parsed = parseIsoDate(*text))
            return parsed;
        m_context.errorAtValue(fields.pathOf(field),
                               "expected a real calendar date written YYYY-MM-DD, found " + inQuotes(*text));
        return std::nullopt;
    }

    /// Whether `day`, read from `field`, is in the years a plan may use; an error at it otherwise.
    bool inPlanYears(const ObjectReader &fields, std::string_view field, Date day) {
        if (const int year = static_cast<int>(day.year()); year >= kMinStartYear && year <= kMaxStartYear)
            return true;
        m_context.errorAtValue(fields.pathOf(field), "must be a date in the years " + std::to_string(kMinStartYear) +
                                                         " to " + std::to_string(kMaxStartYear) + ", found " +
                                                         inQuotes(formatIsoDate(day)));
        return false;
    }

    /// status, actual_start, actual_finish, remaining_days; what contradicts the rules of
    /// tracking.h is reported at the field it is about (or the capability, when that is missing).
    void readProgress(const ObjectReader &fields, const std::string &path, Capability &c) {
        // The rules are checked once the fields themselves read well: a misspelt status is one
        // error, not one for each date it then seems to contradict.
        bool readable = true;
        if (auto status = fields.string("status", false)) {
            if (auto parsed = parseStatus(*status))
                c.status = *parsed;
            else {
                m_context.errorAtValue(fields.pathOf("status"),
                                       "expected \"planned\", \"in-progress\" or \"done\", found " + inQuotes(*status));
                readable = false;
            }
        }
        c.actualStart = date(fields, "actual_start");
        c.actualFinish = date(fields, "actual_finish");
        c.remainingDays = fields.integer("remaining_days", false, 1, kMaxDurationDays);
        readable = readable && (c.actualStart || !fields.optional("actual_start")) &&
                   (c.actualFinish || !fields.optional("actual_finish")) &&
                   (c.remainingDays || !fields.optional("remaining_days"));
        if (!readable)
            return;
        for (const TrackingFault &fault : trackingFaults(c, m_planStart, m_asOf))
            m_context.errorAtValue(fields.optional(fault.field) ? fields.pathOf(fault.field) : path,
                                   (c.key.empty() ? std::string("the capability") : c.key) + " " + fault.message);
    }

    /// Calls `readItem` for every object in the optional array `field` of `fields`.
    /// An element that is not an object clears `allIdentified`: what it defined is unknown.
    template <typename ReadItem>
    void forEachElement(const ObjectReader &fields, std::string_view field, bool &allIdentified,
                        ReadItem readItem) {
        const Json *array = fields.optional(field);
        const std::string path = fields.pathOf(field);
        if (!array || !expectArray(m_context, *array, path))
            return;
        for (std::size_t i = 0; i < array->size(); ++i) {
            const std::string itemPath = elementPath(path, i);
            if (expectObject(m_context, (*array)[i], itemPath))
                readItem((*array)[i], itemPath);
            else
                allIdentified = false;
        }
    }

    Team readTeam(const Json &object, const std::string &path) {
        Team team;
        const ObjectReader fields(m_context, object, path, kTeamFields);
        if (auto name = fields.string("name", true)) {
            team.name = std::move(*name);
            if (team.name.empty())
                m_context.errorAtValue(fields.pathOf("name"), "a team needs a name");
            else if (const auto [it, added] = m_teams.emplace(team.name, path); !added)
                m_context.errorAtValue(fields.pathOf("name"), "team " + inQuotes(team.name) +
                                                                  " is already defined at " +
                                                                  it->second);
        } else {
            m_allNamesKnown = false;
        }
        if (auto capacity = fields.integer("capacity", true, 0, kMaxPeople))
            team.capacity = *capacity;
        if (const Json *overrides = fields.optional("capacity_by_wave")) {
            const std::string overridesPath = fields.pathOf("capacity_by_wave");
            if (expectObject(m_context, *overrides, overridesPath))
                for (const auto &[key, people] : overrides->items()) {
                    const std::string wavePath = memberPath(overridesPath, key);
                    const auto wave = parseWaveNumber(key);
                    if (!wave)
                        m_context.errorAtKey(wavePath, "a wave number is a whole number from 1 to 999, "
                                                       "written without sign or leading zeros");
                    const auto count = readInt(m_context, people, wavePath, 0, kMaxPeople);
                    if (wave && count)
                        team.capacityByWave[*wave] = *count;
                }
        }
        team.goLiveLimit = fields.integer("max_changes_per_wave", false, 0, kMaxGoLivesPerWave);
        return team;
    }

    Capability readCapability(const Json &object, const std::string &path) {
        Capability c;
        const ObjectReader fields(m_context, object, path, kCapabilityFields);
        if (auto key = fields.string("key", true)) {
            c.key = std::move(*key);
            if (!isValidKey(c.key))
                m_context.errorAtValue(
                    fields.pathOf("key"),
                    inQuotes(c.key) + " is not a valid key: a key starts with a "
                                      "letter or digit and holds only letters, digits, '_', '-' "
                                      "and '.' (at most 40 characters)");
            else if (const auto [it, added] = m_capabilities.emplace(c.key, path); !added)
                m_context.errorAtValue(fields.pathOf("key"),
                                       "key " + inQuotes(c.key) + " is already used by " +
                                           it->second + " (keys are unique and case-sensitive)");
        } else {
            m_allKeysKnown = false;
        }
        if (auto name = fields.string("name", true))
            c.name = std::move(*name);
        if (auto kind = fields.string("kind", false)) {
            if (auto parsed = parseCapabilityKind(*kind))
                c.kind = *parsed;
            else
                m_context.errorAtValue(fields.pathOf("kind"), "expected \"foundational\" or "
                                                              "\"additive\", found " +
                                                                  inQuotes(*kind));
        }
        if (auto days = fields.integer("duration_days", true, 0, kMaxDurationDays))
            c.durationDays = *days;
        if (const Json *demand = fields.optional("demand"))
            readDemand(*demand, fields.pathOf("demand"), c);
        c.owner = fields.string("owner", false).value_or("");
        if (auto approach = fields.string("approach", false)) {
            if (auto parsed = parseApproach(*approach))
                c.approach = *parsed;
            else
                m_context.errorAtValue(fields.pathOf("approach"),
                                       "expected \"build\", \"buy\" or \"integrate\", found " +
                                           inQuotes(*approach));
        }
        c.kpi = fields.string("kpi", false).value_or("");
        if (const Json *readiness = fields.optional("readiness")) {
            const std::string readinessPath = fields.pathOf("readiness");
            if (expectObject(m_context, *readiness, readinessPath)) {
                const ObjectReader scores(m_context, *readiness, readinessPath, kReadinessFields);
                c.readiness.technical = scores.integer("technical", false, 1, 5);
                c.readiness.skills = scores.integer("skills", false, 1, 5);
                c.readiness.process = scores.integer("process", false, 1, 5);
            }
        }
        c.value = money(fields, "value");
        c.cost = money(fields, "cost");
        c.earliestWave = fields.integer("earliest_wave", false, 1, kMaxWave);
        c.deadlineWave = fields.integer("deadline_wave", false, 1, kMaxWave);
        c.pinnedWave = fields.integer("pinned_wave", false, 1, kMaxWave);
        c.retires = fields.string("retires", false).value_or("");
        c.notes = fields.string("notes", false).value_or("");
        readProgress(fields, path, c);
        if (const Json *position = fields.optional("position")) {
            const std::string positionPath = fields.pathOf("position");
            if (expectObject(m_context, *position, positionPath)) {
                const ObjectReader xy(m_context, *position, positionPath, kPositionFields);
                const auto x = xy.number("x", true);
                const auto y = xy.number("y", true);
                if (x && y)
                    c.position = MapPosition{*x, *y};
            }
        }
        return c;
    }

    /// Value or cost: a finite number from -10^15 to 10^15.
    std::optional<double> money(const ObjectReader &fields, std::string_view field) {
        const std::optional<double> amount = fields.number(field, false);
        if (amount && !(std::abs(*amount) <= kMaxMoney)) {
            m_context.errorAtValue(fields.pathOf(field), "must be a number from -10^15 to 10^15");
            return std::nullopt;
        }
        return amount;
    }

    void readDemand(const Json &array, const std::string &path, Capability &c) {
        if (!expectArray(m_context, array, path))
            return;
        std::set<std::string, std::less<>> teams;
        for (std::size_t i = 0; i < array.size(); ++i) {
            const std::string itemPath = elementPath(path, i);
            if (!expectObject(m_context, array[i], itemPath))
                continue;
            const ObjectReader fields(m_context, array[i], itemPath, kDemandFields);
            TeamDemand demand;
            if (auto team = fields.string("team", true)) {
                demand.team = std::move(*team);
                if (m_allNamesKnown && !m_teams.contains(demand.team))
                    m_context.errorAtValue(fields.pathOf("team"), "no team named " +
                                                                      inQuotes(demand.team) +
                                                                      " in \"teams\"");
                else if (!teams.insert(demand.team).second)
                    m_context.errorAtValue(fields.pathOf("team"),
                                           "team " + inQuotes(demand.team) +
                                               " appears more than once in this demand");
            }
            if (auto people = fields.integer("people", true, 1, kMaxPeople))
                demand.people = *people;
            c.demand.push_back(std::move(demand));
        }
    }

    Dependency readDependency(const Json &object, const std::string &path) {
        Dependency d;
        const ObjectReader fields(m_context, object, path, kDependencyFields);
        auto endpoint = [&](std::string_view field, std::string &key) {
            auto text = fields.string(field, true);
            if (!text)
                return false;
            key = std::move(*text);
            if (m_allKeysKnown && !m_capabilities.contains(key)) {
                m_context.errorAtValue(fields.pathOf(field), "no capability with key " +
                                                                 inQuotes(key) +
                                                                 " in \"capabilities\"");
                return false;
            }
            return true;
        };
        const bool hasPredecessor = endpoint("predecessor", d.predecessor);
        const bool hasSuccessor = endpoint("successor", d.successor);
        if (auto lag = fields.integer("lag_days", false, 0, kMaxLagDays))
            d.lagDays = *lag;
        if (hasPredecessor && hasSuccessor) {
            const std::string link = d.predecessor + " -> " + d.successor;
            if (d.predecessor == d.successor)
                m_context.errorAtValue(path, link + ": a capability cannot depend on itself");
            else if (const auto [it, added] =
                         m_dependencies.emplace(std::pair(d.predecessor, d.successor), path);
                     !added)
                m_context.errorAtValue(path, link + " is already listed at " + it->second);
        }
        return d;
    }

    ReadContext &m_context;
    // First definition of each team name, capability key and dependency, by JSON path.
    std::map<std::string, std::string, std::less<>> m_teams;
    std::map<std::string, std::string, std::less<>> m_capabilities;
    std::map<std::pair<std::string, std::string>, std::string> m_dependencies;
    // False when some name or key could not be read: "no such team" would then be guesswork.
    bool m_allNamesKnown = true;
    bool m_allKeysKnown = true;
    Date m_planStart{};          ///< read before the capabilities, for their progress
    std::optional<Date> m_asOf;
};

} // namespace

Plan readPlanDocument(ReadContext &context, const Json &root) {
    return PlanReader(context).read(root);
}

} // namespace waveplan::jsonio
