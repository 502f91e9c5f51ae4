// The formats core reads and writes itself, and the descriptors of those the GUI layer draws.

#include "core/formats/format_registry.h"

#include "core/io/atomic_file.h"
#include "core/io/capabilities_csv.h"
#include "core/io/graphviz_dot.h"
#include "core/io/icalendar.h"
#include "core/io/mspdi_reader.h"
#include "core/io/mspdi_writer.h"
#include "core/io/plan_json.h"
#include "core/io/schedule_csv.h"
#include "core/io/xlsx_workbook.h"
#include "core/schedule/schedule.h"
#include "core/store/plan_store.h"
#include "core/validate/validation.h"

#include <chrono>

namespace waveplan {

namespace {

Format described(std::string id, std::string name, std::string extension, std::vector<FormatOption> options = {})
{
    Format f;
    f.id = std::move(id);
    f.name = std::move(name);
    f.extensions = {std::move(extension)};
    f.options = std::move(options);
    return f;
}

Status writeText(const WriteRequest &request, const std::string &text)
{
    return writeFileAtomically(request.path, text, request.overwrite);
}

Format waveplanFormat()
{
    Format f = described(std::string(kPlanFileFormat), "Waveplan plan", ".waveplan");
    f.wholePlan = true;
    f.reader = [](const ReadRequest &request) -> Result<Plan> {
        const PlanLocation location = PlanLocation::ofFile(request.path);
        if (!request.scenario && request.scenarios == nullptr)
            return openPlan(location, request.acceptedSchedule);
        Result<ScenarioSet> set = openScenarios(location);
        if (!set)
            return set.errors();
        const Scenario *chosen = request.scenario ? set->find(*request.scenario) : &set->currentScenario();
        if (chosen == nullptr)
            return Error{"has no scenario called '" + *request.scenario + "' (it has: " + scenarioNames(*set) + ")",
                         request.path.string(), 0, 0};
        if (request.acceptedSchedule != nullptr)
            *request.acceptedSchedule = chosen->accepted;
        Plan plan = chosen->plan;
        if (request.scenarios != nullptr)
            *request.scenarios = std::move(set).value();
        return plan;
    };
    f.writer = [](const Plan &plan, const WriteRequest &request) -> Status {
        const PlanLocation location =
            request.overwrite ? PlanLocation::ofFile(request.path) : PlanLocation::newFile(request.path);
        if (request.scenarios != nullptr)
            return saveScenarios(*request.scenarios, location);
        return savePlan(plan, location, request.acceptedSchedule);
    };
    return f;
}

Format jsonFormat()
{
    Format f = described("json", "Plan JSON", ".json");
    f.wholePlan = true;
    f.reader = [](const ReadRequest &request) { return readPlanJsonFile(request.path); };
    f.writer = [](const Plan &plan, const WriteRequest &request) { return writeText(request, planToJson(plan)); };
    return f;
}

Format capabilitiesCsvFormat()
{
    Format f = described("capabilities-csv", "Capabilities spreadsheet", ".csv", {FormatOption::Teams, FormatOption::TeamsOut});
    f.reader = [](const ReadRequest &request) {
        return importPlanFromCsvFiles(request.path, request.teams, request.settings);
    };
    f.writer = [](const Plan &plan, const WriteRequest &request) -> Status {
        if (request.teamsPath && !request.overwrite) {
            std::error_code error;
            if (std::filesystem::exists(*request.teamsPath, error))
                return Error{"the file already exists", request.teamsPath->string(), 0, 0};
        }
        if (Status written = writeText(request, writeCapabilitiesCsv(plan)); !written || !request.teamsPath)
            return written;
        return writeFileAtomically(*request.teamsPath, writeTeamsCsv(plan), request.overwrite);
    };
    return f;
}

/// The schedule a written wave plan shows: the waves a .waveplan was saved with (or the app
/// shows), as they are, or else the solver's deterministic best within the request's budget.
Schedule shownSchedule(const Plan &plan, const WriteRequest &request)
{
    ScheduleOptions options;
    options.budgetSchedules = request.budgetSchedules;
    if (request.acceptedSchedule != nullptr && !request.acceptedSchedule->empty()) {
        options.reference = request.acceptedSchedule;
        options.firstScheduleOnly = true;
    }
    return computeSchedule(plan, options);
}

Format scheduleCsvFormat()
{
    Format f = described("schedule-csv", "Wave-plan spreadsheet", ".csv", {FormatOption::BudgetSchedules});
    f.writer = [](const Plan &plan, const WriteRequest &request) {
        return writeText(request, scheduleCsv(plan, shownSchedule(plan, request)));
    };
    return f;
}

Format icalendarFormat()
{
    Format f = described("ics", "Calendar of waves and go-lives (iCalendar)", ".ics", {FormatOption::BudgetSchedules});
    f.writer = [](const Plan &plan, const WriteRequest &request) {
        const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
        return writeText(request, scheduleICalendar(plan, shownSchedule(plan, request), now));
    };
    return f;
}

Format xlsxFormat()
{
    Format f = described("xlsx", "Excel workbook", ".xlsx", {FormatOption::BudgetSchedules});
    f.writer = [](const Plan &plan, const WriteRequest &request) {
        const Schedule schedule = shownSchedule(plan, request);
        return writeWorkbook(plan, schedule, planProblems(plan, schedule.problems), request.path, request.overwrite);
    };
    return f;
}

Format dotFormat()
{
    Format f = described("dot", "Dependency graph (Graphviz DOT)", ".dot", {FormatOption::BudgetSchedules});
    f.extensions.push_back(".gv");
    f.writer = [](const Plan &plan, const WriteRequest &request) {
        return writeText(request, scheduleDot(plan, shownSchedule(plan, request)));
    };
    return f;
}

Format mspdiFormat()
{
    Format f = described("mspdi", "MS Project XML", ".xml", {FormatOption::BudgetSchedules});
    f.reader = [](const ReadRequest &request) -> Result<Plan> {
        Result<MspdiImport> imported = readMspdiFile(
            request.path, request.settings, MspdiGiven{request.startGiven, request.workdaysGiven, request.holidaysGiven});
        if (!imported)
            return imported.errors();
        if (request.notes != nullptr)
            *request.notes = std::move(imported.value().notes);
        return std::move(imported.value().plan);
    };
    f.writer = [](const Plan &plan, const WriteRequest &request) -> Status {
        const Result<std::string> xml = scheduleMspdi(plan, shownSchedule(plan, request));
        if (!xml)
            return Error{xml.errors().front().message, request.path.string(), 0, 0};
        return writeText(request, xml.value());
    };
    return f;
}

Format drawingFormat(std::string id, std::string name, std::string extension, std::vector<FormatOption> options)
{
    options.push_back(FormatOption::BudgetSchedules);
    Format f = described(std::move(id), std::move(name), std::move(extension), std::move(options));
    f.drawing = true;
    return f;
}

} // namespace

FormatRegistry builtInFormats()
{
    FormatRegistry formats;
    formats.add(waveplanFormat());
    formats.add(jsonFormat());
    formats.add(capabilitiesCsvFormat());
    formats.add(scheduleCsvFormat());
    formats.add(xlsxFormat());
    formats.add(icalendarFormat());
    formats.add(dotFormat());
    formats.add(mspdiFormat());
    formats.add(drawingFormat("pdf", "PDF wave-plan report", ".pdf",
                              {FormatOption::Paper, FormatOption::Orientation, FormatOption::NoMap, FormatOption::NoBoard,
                               FormatOption::Baseline, FormatOption::Sections}));
    formats.add(drawingFormat("png", "PNG picture", ".png", {FormatOption::View, FormatOption::Size, FormatOption::Dpi,
                                                                    FormatOption::Title, FormatOption::Legend}));
    formats.add(drawingFormat("svg", "SVG picture", ".svg", {FormatOption::View, FormatOption::Size, FormatOption::Title,
                                                                    FormatOption::Legend}));
    // Laid out by the map scene, so it is drawn like the pictures.
    formats.add(drawingFormat("graphml", "yEd map (GraphML)", ".graphml", {}));
    return formats;
}

} // namespace waveplan
