#include "app/cli/plan_input.h"

#include "app/cli/output_path.h"

#include "core/io/capabilities_csv.h"
#include "core/io/plan_json.h"
#include "core/model/cells/value_cells.h"
#include "core/store/plan_store.h"

namespace waveplan::cli {

namespace fs = std::filesystem;

namespace {

Status applySettings(Plan &plan, const PlanSettingsOptions &settings)
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
}

void PlanInput::addTo(CLI::App &command, const std::string &description, const std::string &name)
{
    command.add_option(name, path, description)->required();
    command.add_option("--teams", teams, "Teams spreadsheet (teams.csv), with a capabilities .csv");
}

Result<Plan> loadPlanInput(const PlanInput &input, const PlanSettingsOptions &settings,
                           const std::string &fallbackName)
{
    const std::string ext = extensionOf(input.path);
    if (input.teams && ext != ".csv")
        return Error{"--teams goes with a capabilities .csv, not a " + (ext.empty() ? std::string("file without extension") : ext + " file"),
                     input.teams->string(), 0, 0};

    Result<Plan> loaded = [&]() -> Result<Plan> {
        if (ext == ".waveplan")
            return openPlanFile(input.path);
        if (ext == ".json")
            return readPlanJsonFile(input.path);
        if (ext == ".csv") {
            Plan settingsOnly;
            settingsOnly.name = fallbackName.empty() ? input.path.stem().string() : fallbackName;
            settingsOnly.startDate = defaultStartDate();
            return importPlanFromCsvFiles(input.path, input.teams, settingsOnly);
        }
        return Error{"unknown kind of file: expected a .waveplan plan, a plan .json or a capabilities .csv",
                     input.path.string(), 0, 0};
    }();
    if (!loaded)
        return loaded;
    Plan plan = std::move(loaded).value();
    if (const Status applied = applySettings(plan, settings); !applied)
        return applied.errors();
    return plan;
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
