#include "core/io/plan_json.h"

#include "core/io/atomic_file.h"
#include "core/io/json_baselines.h"
#include "core/io/json_document.h"
#include "core/io/json_plan_reader.h"
#include "core/model/tracking.h"
#include "core/log/logging.h"
#include "core/util/text.h"

#include <spdlog/spdlog.h>

#include <cmath>

namespace waveplan {

namespace {

using jsonio::Json;

constexpr std::string_view kFormatName = "waveplan-plan";
/// The version this code writes and the newest it reads (see docs/json-format.md, "Versions").
constexpr int kPlanJsonVersion = 1;

/// Finite numbers as JSON numbers (shortest text that reads back to the same bits, "-0.0"
/// included); the values JSON has no number for as strings.
Json doubleToJson(double value) {
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "Infinity" : "-Infinity";
    return value;
}

Json teamToJson(const Team &team) {
    Json json = Json::object();
    json["name"] = team.name;
    json["capacity"] = team.capacity;
    if (!team.capacityByWave.empty()) {
        Json overrides = Json::object();
        for (const auto &[wave, people] : team.capacityByWave) // std::map: ascending waves
            overrides[std::to_string(wave)] = people;
        json["capacity_by_wave"] = std::move(overrides);
    }
    if (team.goLiveLimit)
        json["max_changes_per_wave"] = *team.goLiveLimit;
    return json;
}

Json capabilityToJson(const Capability &c) {
    Json json = Json::object();
    json["key"] = c.key;
    json["name"] = c.name;
    json["kind"] = std::string(toString(c.kind));
    json["duration_days"] = c.durationDays;
    Json demand = Json::array();
    for (const TeamDemand &d : c.demand)
        demand.push_back(Json{{"team", d.team}, {"people", d.people}});
    json["demand"] = std::move(demand);
    auto text = [&](const char *field, const std::string &value) {
        if (!value.empty())
            json[field] = value;
    };
    auto integer = [&](Json &object, const char *field, const std::optional<int> &value) {
        if (value)
            object[field] = *value;
    };
    text("owner", c.owner);
    if (c.approach != Approach::Unspecified)
        json["approach"] = std::string(toString(c.approach));
    text("kpi", c.kpi);
    if (c.readiness != Readiness{}) {
        Json readiness = Json::object();
        integer(readiness, "technical", c.readiness.technical);
        integer(readiness, "skills", c.readiness.skills);
        integer(readiness, "process", c.readiness.process);
        json["readiness"] = std::move(readiness);
    }
    if (c.value)
        json["value"] = doubleToJson(*c.value);
    if (c.cost)
        json["cost"] = doubleToJson(*c.cost);
    integer(json, "earliest_wave", c.earliestWave);
    integer(json, "deadline_wave", c.deadlineWave);
    integer(json, "pinned_wave", c.pinnedWave);
    text("retires", c.retires);
    text("notes", c.notes);
    // Progress is left out while the capability is planned, as every plan's was before.
    if (c.status != WorkStatus::Planned)
        json["status"] = std::string(toString(c.status));
    if (c.actualStart)
        json["actual_start"] = formatIsoDate(*c.actualStart);
    if (c.actualFinish)
        json["actual_finish"] = formatIsoDate(*c.actualFinish);
    integer(json, "remaining_days", c.remainingDays);
    if (c.position)
        json["position"] =
            Json{{"x", doubleToJson(c.position->x)}, {"y", doubleToJson(c.position->y)}};
    return json;
}

/// Checks "format" and "version", the part of the document every later version keeps.
Status checkHeader(jsonio::ReadContext &context, const Json &root) {
    const auto format = root.find("format");
    if (format == root.end() || !format->is_string() || *format != kFormatName) {
        const std::string found = format == root.end()
                                      ? "there is no \"format\" field"
                                      : "\"format\" is " + jsonio::describe(*format);
        context.errorAtValue(format == root.end() ? "" : "format",
                             "not a Waveplan plan: expected \"format\": \"waveplan-plan\", but " +
                                 found);
        return context.takeErrors();
    }
    const auto version = root.find("version");
    if (version == root.end()) {
        context.errorAtValue("", "missing required field \"version\" (this version of Waveplan "
                                 "writes version " +
                                     std::to_string(kPlanJsonVersion) + ")");
        return context.takeErrors();
    }
    const auto number = jsonio::readInt(context, *version, "version", 1);
    if (!number)
        return context.takeErrors();
    if (*number > kPlanJsonVersion) {
        context.errorAtValue(
            "version", "this plan was made by a newer version of Waveplan (plan "
                       "format version " +
                           std::to_string(*number) + "; this version reads up to version " +
                           std::to_string(kPlanJsonVersion) + "). Update Waveplan to open it.");
        return context.takeErrors();
    }
    return Ok{};
}

} // namespace

std::string planToJson(const Plan &plan) {
    Json json = Json::object();
    json["format"] = kFormatName;
    json["version"] = kPlanJsonVersion;
    json["name"] = plan.name;
    json["start_date"] = formatIsoDate(plan.startDate);
    json["wave_length_days"] = plan.waveLengthDays;
    json["horizon_waves"] = plan.horizonWaves;
    json["allow_span"] = plan.allowSpan;
    // The calendar is left out where it is what a plan without one means (every day worked,
    // waves of wave_length_days), like every unset field: such a plan's JSON is as it was.
    const WorkCalendar everyDay;
    if (plan.calendar.worked != everyDay.worked)
        json["workdays"] = formatWorkedWeekdays(plan.calendar.worked);
    if (!plan.calendar.holidays.empty()) {
        json["holidays"] = Json::array();
        for (const Holiday &h : plan.calendar.holidays)
            json["holidays"].push_back(Json{{"date", formatIsoDate(h.date)}, {"name", h.name}});
    }
    if (plan.waveScheme != WaveScheme::Days)
        json["waves"] = std::string(waveSchemeName(plan.waveScheme));
    if (plan.fiscalYearStartMonth != 1)
        json["fiscal_year_start"] = plan.fiscalYearStartMonth;
    if (plan.asOf)
        json["as_of"] = formatIsoDate(*plan.asOf);
    json["teams"] = Json::array();
    for (const Team &team : plan.teams)
        json["teams"].push_back(teamToJson(team));
    json["capabilities"] = Json::array();
    for (const Capability &capability : plan.capabilities)
        json["capabilities"].push_back(capabilityToJson(capability));
    json["dependencies"] = Json::array();
    for (const Dependency &d : plan.dependencies)
        json["dependencies"].push_back(Json{
            {"predecessor", d.predecessor}, {"successor", d.successor}, {"lag_days", d.lagDays}});
    if (!plan.baselines.empty())
        json["baselines"] = jsonio::baselinesToJson(plan.baselines);
    // Text is written as UTF-8 as it is; bytes that are not UTF-8 become U+FFFD.
    return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

Result<Plan> planFromJson(std::string_view text, const std::string &fileName) {
    auto document = jsonio::parseJsonDocument(text, fileName);
    if (!document)
        return document.errors();
    const Json &root = document.value().root;
    jsonio::ReadContext context(text, fileName);

    if (!root.is_object()) {
        context.errorAtValue("", "expected a JSON object holding a Waveplan plan, found " +
                                     jsonio::describe(root));
        return context.takeErrors();
    }
    if (const Status header = checkHeader(context, root); !header)
        return header.errors();

    Plan plan = jsonio::readPlanDocument(context, root);
    if (document.value().hasRepeatedKeys)
        for (const jsonio::DuplicateKey &duplicate : context.locations().duplicateKeys())
            context.errorAt(duplicate.path, "this field appears more than once in the same object",
                            duplicate.position);
    if (context.hasErrors()) {
        Errors errors = context.takeErrors();
        log::get("core.io")->debug("{}: {} problem(s) in the plan document", fileName,
                                   errors.size());
        return errors;
    }

    // The checks above cover every structural rule with a path and a line; this is the safety
    // net that keeps the promise "a plan read from a file is structurally valid".
    for (const std::string &message : structuralErrors(plan))
        context.errorAt("", message, {});
    if (context.hasErrors())
        return context.takeErrors();
    return plan;
}

Result<Plan> readPlanJsonFile(const std::filesystem::path &path) {
    auto bytes = readWholeFile(path);
    if (!bytes)
        return bytes.errors();
    if (const auto wide = text::wideEncodingOf(bytes.value()))
        return Error{"the file is encoded as " + *wide + ", not UTF-8; save it as UTF-8", path.string(), 0, 0};
    return planFromJson(bytes.value(), path.string());
}

} // namespace waveplan
