#include "core/io/csv_capabilities_import.h"

#include "core/util/text.h"
#include "core/io/csv_header.h"
#include "core/io/csv_row.h"
#include "core/model/cells/demand_cell.h"
#include "core/model/cells/depends_on_cell.h"
#include "core/model/cells/value_cells.h"
#include "core/model/plan_limits.h"
#include "core/model/tracking.h"

#include <algorithm>
#include <map>

namespace waveplan {

namespace {

const std::vector<CsvColumnSpec> kColumns = {
    {"key", true, "a short unique key such as CDP"},
    {"name", true, "what people call the capability"},
    {"kind", true, "foundational or additive"},
    {"duration_days", true, "whole days, 0 for a milestone"},
    {"depends_on", false, "keys separated by ';' or ',', each optionally KEY+LAG"},
    {"demand", false, "Team or Team:people separated by ';' or ','"},
    {"owner", false, ""},
    {"approach", false, "build, buy or integrate"},
    {"kpi", false, ""},
    {"readiness_technical", false, "1 to 5"},
    {"readiness_skills", false, "1 to 5"},
    {"readiness_process", false, "1 to 5"},
    {"value", false, "a number"},
    {"cost", false, "a number"},
    {"earliest_wave", false, "a wave number"},
    {"deadline_wave", false, "a wave number"},
    {"pinned_wave", false, "a wave number"},
    {"retires", false, ""},
    {"notes", false, ""},
    {"status", false, "planned, in-progress or done"},
    {"actual_start", false, "the day work began, YYYY-MM-DD"},
    {"actual_finish", false, "the last day of work, YYYY-MM-DD"},
    {"remaining_days", false, "working days left, at least 1"},
};

/// Keys defined in the file, for depends_on to refer to (also those defined further down),
/// and the line that defines each.
struct DefinedKeys {
    CapabilityKeys keys;
    std::map<std::string, int, std::less<>> lineOfKey;

    [[nodiscard]] bool contains(std::string_view key) const { return keys.contains(key); }
    void add(const std::string &key, int line)
    {
        keys.add(key);
        lineOfKey.emplace(key, line);
    }
};

/// Checks the key cell; returns the key when it is valid and not used before.
std::optional<std::string> checkKey(const CsvRow &row, DefinedKeys &keys)
{
    auto key = row.parse("key", parseKeyCell);
    if (!key)
        return std::nullopt;
    if (const auto it = keys.lineOfKey.find(*key); it != keys.lineOfKey.end()) {
        row.error("key", "key " + text::quoted(*key) + " is already used on line " +
                             std::to_string(it->second) +
                             "; keys must be unique (they are case-sensitive)");
        return std::nullopt;
    }
    keys.add(*key, row.line());
    return key;
}

/// Reads depends_on: "A; B+14". `self` is the row's key, or empty when it is not valid.
void readDependsOn(const CsvRow &row, const std::string &self, const DefinedKeys &keys,
                   std::vector<Dependency> &dependencies)
{
    const auto parse = [&](std::string_view cell, std::string_view) {
        return parseDependsOnCell(cell, self, keys.keys);
    };
    const auto predecessors = row.parse("depends_on", parse);
    if (!predecessors || self.empty())
        return;
    for (const Predecessor &p : *predecessors)
        dependencies.push_back({p.key, self, p.lagDays});
}

/// Reads demand: "Data:2; Marketing:1". Whether the teams exist is checked by the caller.
void readDemand(const CsvRow &row, const std::vector<Team> &knownTeams, Capability &capability,
                std::vector<CsvTeamMention> &mentions)
{
    const CsvField *cell = row.cell("demand");
    if (!cell)
        return;
    const auto parse = [&](std::string_view value, std::string_view) {
        return parseDemandSyntax(value, knownTeams);
    };
    const auto demand = row.parse("demand", parse);
    if (!demand)
        return;
    capability.demand = *demand;
    for (const TeamDemand &d : *demand)
        mentions.push_back({d.team, *cell});
}

void readOptionalFields(const CsvRow &row, Capability &c)
{
    c.owner = row.text("owner");
    if (const auto approach = parseApproach(row.trimmed("approach")))
        c.approach = *approach;
    else
        row.invalid("approach", "build, buy or integrate (or empty when not decided)");
    c.kpi = row.text("kpi");
    c.readiness.technical = row.parse("readiness_technical", parseReadinessCell).value_or(std::nullopt);
    c.readiness.skills = row.parse("readiness_skills", parseReadinessCell).value_or(std::nullopt);
    c.readiness.process = row.parse("readiness_process", parseReadinessCell).value_or(std::nullopt);
    c.value = row.parse("value", parseDecimalCell).value_or(std::nullopt);
    c.cost = row.parse("cost", parseDecimalCell).value_or(std::nullopt);
    c.earliestWave = row.parse("earliest_wave", parseWaveCell).value_or(std::nullopt);
    c.deadlineWave = row.parse("deadline_wave", parseWaveCell).value_or(std::nullopt);
    c.pinnedWave = row.parse("pinned_wave", parseWaveCell).value_or(std::nullopt);
    c.retires = row.text("retires");
    c.notes = row.text("notes");
}

/// status, actual_start, actual_finish and remaining_days; what breaks a rule of tracking.h is
/// reported at the cell it is about, once the cells themselves read well.
void readProgress(const CsvRow &row, const CsvProgressDates &dates, Capability &c)
{
    bool readable = true;
    if (const auto status = parseStatus(row.trimmed("status")))
        c.status = *status;
    else {
        row.invalid("status", "planned, in-progress or done");
        readable = false;
    }
    const auto date = [&](std::string_view column) -> std::optional<Date> {
        if (row.trimmed(column).empty())
            return std::nullopt;
        const std::optional<Date> parsed = row.parse(column, parseDateCell);
        readable = readable && parsed.has_value();
        return parsed;
    };
    c.actualStart = date("actual_start");
    c.actualFinish = date("actual_finish");
    c.remainingDays = row.optionalWhole("remaining_days", 1, "whole working days, at least 1", kMaxDurationDays);
    readable = readable && (c.remainingDays || row.trimmed("remaining_days").empty());
    if (!readable)
        return;
    for (const TrackingFault &fault : trackingFaults(c, dates.planStart, dates.asOf))
        row.error(fault.field, c.key + " " + fault.message);
}

} // namespace

const std::vector<std::string_view> &capabilityColumnNames()
{
    static const std::vector<std::string_view> names = [] {
        std::vector<std::string_view> list;
        for (const CsvColumnSpec &spec : kColumns)
            list.push_back(spec.name);
        return list;
    }();
    return names;
}

std::optional<CsvCapabilities> readCapabilitiesCsv(std::string_view text,
                                                   std::string_view fileName,
                                                   const std::vector<Team> &knownTeams,
                                                   CsvErrorList &errors,
                                                   const CsvProgressDates &progress)
{
    auto records = readCsv(text, fileName);
    if (!records) {
        errors.add(records.errors());
        return std::nullopt;
    }
    if (records->empty()) {
        errors.add({"the file is empty; expected a header row with at least the columns key, "
                    "name, kind and duration_days",
                    std::string(fileName), 1, 0});
        return std::nullopt;
    }
    const CsvHeader header(records->front(), kColumns, fileName, errors);
    if (!header.usable())
        return std::nullopt;

    // First pass: the keys, so that depends_on may name capabilities further down the file.
    DefinedKeys keys;
    std::vector<std::pair<const CsvRecord *, std::optional<std::string>>> rows;
    for (size_t r = 1; r < records->size(); ++r) {
        const CsvRecord &record = (*records)[r];
        if (record.isBlank())
            continue;
        const CsvRow row(record, header, fileName, errors);
        if (!checkRowShape(record, header, fileName, errors)) {
            // Still known as a key, so that the rows naming it get no second error.
            if (const std::string key(row.trimmed("key")); isValidKey(key) && !keys.contains(key))
                keys.add(key, row.line());
            continue;
        }
        rows.emplace_back(&record, checkKey(row, keys));
    }

    CsvCapabilities result;
    for (const auto &[record, key] : rows) {
        const CsvRow row(*record, header, fileName, errors);
        Capability c;
        c.key = key.value_or(std::string(row.trimmed("key")));
        c.name = row.text("name");
        if (text::trim(c.name).empty())
            row.empty("name", "what people call the capability");
        if (row.trimmed("kind").empty())
            row.empty("kind", "foundational or additive");
        else if (const auto kind = parseCapabilityKind(row.trimmed("kind")))
            c.kind = *kind;
        else
            row.invalid("kind", "foundational or additive");
        c.durationDays = row.parse("duration_days", parseDurationCell).value_or(1);
        readDependsOn(row, key.value_or(std::string()), keys, result.dependencies);
        readDemand(row, knownTeams, c, result.teamMentions);
        readOptionalFields(row, c);
        readProgress(row, progress, c);
        result.capabilities.push_back(std::move(c));
    }
    return result;
}

} // namespace waveplan
