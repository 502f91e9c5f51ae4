#include "app/cli/plan_input.h"

#include "app/cli/format_choice.h"

#include "core/io/atomic_file.h"
#include "core/io/holidays_csv.h"
#include "core/model/cells/value_cells.h"

namespace waveplan::cli {

namespace fs = std::filesystem;

namespace {

/// The holidays of `--holidays FILE`, read once for the reader's settings and the plan's.
Result<std::optional<std::vector<Holiday>>> readHolidaysOption(const PlanSettingsOptions &settings)
{
    if (!settings.holidays)
        return std::optional<std::vector<Holiday>>{};
    const Result<std::string> text = readWholeFile(*settings.holidays);
    if (!text) {
        Error error = text.errors().front();
        error.message = "--holidays: " + error.message;
        return error;
    }
    CsvErrorList errors;
    std::optional<std::vector<Holiday>> holidays = readHolidaysCsv(*text, settings.holidays->string(), errors);
    if (!holidays)
        return errors.sorted();
    return holidays;
}

Status applySettings(Plan &plan, const PlanSettingsOptions &settings,
                     const std::optional<std::vector<Holiday>> &holidays)
{
    Errors errors;
    if (settings.name)
        plan.name = *settings.name;
    if (settings.startDate) {
        if (const auto date = parseDateCell(*settings.startDate, "--start"))
            plan.startDate = *date;
        else
            errors.push_back(date.errors().front());
    }
    if (settings.waveLengthDays) {
        if (*settings.waveLengthDays > 0)
            plan.waveLengthDays = *settings.waveLengthDays;
        else
            errors.push_back({"--wave-length: expected a number of days greater than 0", "", 0, 0});
    }
    if (settings.horizonWaves) {
        if (*settings.horizonWaves > 0)
            plan.horizonWaves = *settings.horizonWaves;
        else
            errors.push_back({"--horizon: expected a number of waves greater than 0", "", 0, 0});
    }
    if (settings.noSpan)
        plan.allowSpan = false;
    if (settings.workdays) {
        if (const Result<WorkedWeekdays> worked = parseWorkedWeekdays(*settings.workdays))
            plan.calendar.worked = *worked;
        else
            errors.push_back(messageError("--workdays: " + worked.errors().front().message));
    }
    if (holidays)
        plan.calendar.holidays = *holidays;
    if (settings.waves) {
        if (const Result<WaveChoice> choice = parseWaveChoice(*settings.waves)) {
            plan.waveScheme = choice->scheme;
            if (choice->lengthDays && settings.waveLengthDays && *choice->lengthDays != *settings.waveLengthDays)
                errors.push_back(messageError("--waves " + *settings.waves + " and --wave-length " +
                                              std::to_string(*settings.waveLengthDays) + " disagree; give one of them"));
            else if (choice->lengthDays)
                plan.waveLengthDays = *choice->lengthDays;
        } else
            errors.push_back(messageError("--waves: " + choice.errors().front().message));
    }
    if (settings.fiscalYearStart) {
        if (const Result<int> month = parseMonth(*settings.fiscalYearStart))
            plan.fiscalYearStartMonth = *month;
        else
            errors.push_back(messageError("--fiscal-year-start: " + month.errors().front().message));
    }
    if (settings.asOf && *settings.asOf == "today") {
        plan.asOf = Date{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
    } else if (settings.asOf) {
        if (const auto date = parseDateCell(*settings.asOf, "--as-of"))
            plan.asOf = *date;
        else
            errors.push_back(date.errors().front());
    }
    if (!errors.empty())
        return errors;
    return Ok{};
}

} // namespace

void PlanSettingsOptions::addTo(CLI::App &command)
{
    command.add_option("--name", name, "Plan name (default: the file's name)");
    command.add_option("--start", startDate,
                       "Plan start date, YYYY-MM-DD (default for spreadsheets: the first Monday of next quarter)");
    command.add_option("--wave-length", waveLengthDays, "Days per wave (default 90)");
    command.add_option("--horizon", horizonWaves, "Number of waves in the plan (default 4, year one)");
    command.add_flag("--no-span", noSpan, "Every capability must start and finish within one wave");
    command.add_option("--workdays", workdays,
                       "Worked weekdays: all, mon-fri, sun-thu, mon,wed-fri... (durations count worked days)");
    command.add_option("--holidays", holidays, "Holidays spreadsheet (columns date,name): days not worked");
    command.add_option("--waves", waves, "Waves of a number of days (90d, the default) or calendar quarters (quarter)");
    command.add_option("--fiscal-year-start", fiscalYearStart,
                       "Month the fiscal year begins, for quarter waves: 1-12 or jan...dec (default jan)");
    command.add_option("--as-of", asOf,
                       "The day the progress columns describe, YYYY-MM-DD or today: no actual date may be after "
                       "it, and the plan is re-planned from it");
}

void addReplanDateOption(CLI::App &command, std::optional<std::string> &asOf)
{
    command.add_option("--as-of", asOf,
                       "Re-plan from this day, YYYY-MM-DD or today, instead of the plan's own as-of date: work "
                       "not yet started starts on it or later");
}

void PlanInput::addTo(CLI::App &command, const std::string &description, const std::string &name)
{
    command.add_option(name, path, description)->required();
    command.add_option("--teams", teams, "Teams spreadsheet (teams.csv), with a capabilities .csv");
}

Result<Plan> loadPlanInput(const PlanInput &input, const FormatRegistry &formats, const PlanSettingsOptions &settings,
                           const std::string &fallbackName, ScheduleReference *accepted, ScenarioSet *scenarios,
                           std::vector<std::string> *notes)
{
    const PlanSpec spec = parsePlanSpec(input.path.string());
    if (spec.baseline)
        return Error{"names the baseline '" + *spec.baseline + "': only 'waveplan compare' reads a baseline (FILE@NAME)",
                     input.path.string(), 0, 0};
    const Result<const Format *> format = formats.detect(spec.file, FormatAccess::Read);
    if (!format)
        return format.errors();
    if (spec.scenario && format.value()->id != kPlanFileFormat)
        return Error{"names the scenario '" + *spec.scenario + "', but only a .waveplan file holds scenarios",
                     input.path.string(), 0, 0};
    if (input.teams && !format.value()->takes(FormatOption::Teams))
        return Error{optionMisuse(formats, FormatOption::Teams, FormatAccess::Read) + ", not a " +
                         format.value()->name,
                     input.teams->string(), 0, 0};

    ReadRequest request;
    request.path = spec.file;
    request.scenario = spec.scenario;
    request.teams = input.teams;
    request.settings.name = fallbackName.empty() ? input.path.stem().string() : fallbackName;
    request.settings.startDate = defaultStartDate();
    // The settings given reach the reader too: a format without waves (MS Project XML) places
    // its dates in waves of the length given. They are applied to the plan read as well, below.
    const Result<std::optional<std::vector<Holiday>>> holidays = readHolidaysOption(settings);
    if (!holidays)
        return holidays.errors();
    if (const Status given = applySettings(request.settings, settings, *holidays); !given)
        return given.errors();
    request.startGiven = settings.startDate.has_value();
    request.workdaysGiven = settings.workdays.has_value();
    request.holidaysGiven = settings.holidays.has_value();
    request.acceptedSchedule = accepted;
    request.scenarios = scenarios;
    request.notes = notes;
    Result<Plan> loaded = format.value()->reader(request);
    if (!loaded)
        return loaded;
    Plan plan = std::move(loaded).value();
    if (const Status applied = applySettings(plan, settings, *holidays); !applied)
        return applied.errors();
    // Settings given here may contradict what the file holds (an actual date after --as-of, a
    // start date after work began): said now, naming the file, rather than when saving.
    Errors contradictions;
    for (const std::string &problem : structuralErrors(plan))
        contradictions.push_back({problem, input.path.string(), 0, 0});
    if (!contradictions.empty())
        return contradictions;
    return plan;
}

void printNotes(std::ostream &err, std::string_view command, const std::vector<std::string> &notes)
{
    for (const std::string &note : notes)
        err << command << ": note: " << note << '\n';
}

PlanSpec parsePlanSpec(const std::string &text)
{
    std::error_code ignored;
    if (fs::is_regular_file(text, ignored))
        return {text, std::nullopt, std::nullopt};
    for (std::size_t at = text.find_last_of("#@"); at != std::string::npos && at > 0;
         at = text.find_last_of("#@", at - 1)) {
        if (!fs::is_regular_file(text.substr(0, at), ignored))
            continue;
        PlanSpec spec{text.substr(0, at), std::nullopt, std::nullopt};
        std::string rest = text.substr(at);
        if (rest.front() == '#') {
            const std::size_t baseline = rest.find('@');
            spec.scenario = rest.substr(1, baseline == std::string::npos ? std::string::npos : baseline - 1);
            rest = baseline == std::string::npos ? std::string() : rest.substr(baseline);
        }
        if (!rest.empty())
            spec.baseline = rest.substr(1);
        return spec;
    }
    return {text, std::nullopt, std::nullopt};
}

Date defaultStartDate()
{
    using namespace std::chrono;
    const year_month_day today{floor<days>(system_clock::now())};
    const unsigned nextQuarterMonth = ((static_cast<unsigned>(today.month()) - 1) / 3 + 1) * 3 + 1;
    year y = today.year();
    unsigned m = nextQuarterMonth;
    if (m > 12) {
        m -= 12;
        y += years{1};
    }
    sys_days day{year_month_day{y, month{m}, std::chrono::day{1}}};
    while (weekday{day} != Monday)
        day += days{1};
    return year_month_day{day};
}

} // namespace waveplan::cli
