#include "core/io/csv_capabilities_import.h"

#include "core/util/text.h"
#include "core/io/csv_header.h"
#include "core/io/csv_row.h"

#include <algorithm>
#include <map>
#include <set>

namespace waveplan {

namespace {

constexpr std::string_view kKeyRule = "a key starts with a letter or digit and holds only "
                                      "letters, digits, '_', '-' and '.' (at most 40 characters)";
constexpr std::string_view kWave = "a whole wave number, 1 or more";
constexpr std::string_view kReadiness = "a whole number from 1 (not ready) to 5 (ready)";

const std::vector<CsvColumnSpec> kColumns = {
    {"key", true, "a short unique key such as CDP"},
    {"name", true, "what people call the capability"},
    {"kind", true, "foundational or additive"},
    {"duration_days", true, "whole days, greater than 0"},
    {"depends_on", false, "keys separated by ';', each optionally KEY+LAG"},
    {"demand", false, "Team:people separated by ';'"},
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
};

/// Keys defined in the file, for depends_on to refer to (also those defined further down).
struct KeyIndex {
    std::map<std::string, int, std::less<>> lineOfKey;
    std::map<std::string, std::string, std::less<>> keyOfLowerCase;

    [[nodiscard]] bool contains(std::string_view key) const { return lineOfKey.contains(key); }
    void add(const std::string &key, int line)
    {
        lineOfKey.emplace(key, line);
        keyOfLowerCase.emplace(text::toLower(key), key);
    }
};

/// Checks the key cell; returns the key when it is valid and not used before.
std::optional<std::string> checkKey(const CsvRow &row, KeyIndex &keys)
{
    const std::string key(row.trimmed("key"));
    if (key.empty()) {
        row.empty("key", "a short unique key such as CDP");
        return std::nullopt;
    }
    if (!isValidKey(key)) {
        row.error("key", "key " + text::quoted(key) + " is not valid: " + std::string(kKeyRule));
        return std::nullopt;
    }
    if (const auto it = keys.lineOfKey.find(key); it != keys.lineOfKey.end()) {
        row.error("key", "key " + text::quoted(key) + " is already used on line " +
                             std::to_string(it->second) +
                             "; keys must be unique (they are case-sensitive)");
        return std::nullopt;
    }
    keys.add(key, row.line());
    return key;
}

/// Reads depends_on: "A; B+14". `self` is the row's key, or empty when it is not valid.
void readDependsOn(const CsvRow &row, const std::string &self, const KeyIndex &keys,
                   std::vector<Dependency> &dependencies)
{
    std::set<std::string, std::less<>> listed;
    const std::string cell = row.text("depends_on");
    for (const std::string_view item : text::splitList(cell, ';')) {
        const size_t plus = item.find('+');
        const std::string key(text::trim(item.substr(0, plus)));
        int lag = 0;
        if (plus != std::string_view::npos) {
            const auto number = text::parseWholeNumber(text::trim(item.substr(plus + 1)));
            if (!number || *number < 0) {
                row.error("depends_on", "depends_on: the lag in " + text::quoted(item) +
                                            " must be a whole number of days, 0 or more, as in "
                                            "DATA+14");
                continue;
            }
            lag = *number;
        }
        if (key.empty()) {
            row.error("depends_on", "depends_on: " + text::quoted(item) +
                                        " has no key before the '+'; expected KEY+LAG");
        } else if (!isValidKey(key)) {
            row.error("depends_on", "depends_on: " + text::quoted(key) + " is not a valid key: " +
                                        std::string(kKeyRule) + "; separate keys with ';'");
        } else if (!keys.contains(key)) {
            std::string message = "depends_on names " + text::quoted(key) +
                                  ", which is not a key in this file";
            if (const auto it = keys.keyOfLowerCase.find(text::toLower(key));
                it != keys.keyOfLowerCase.end())
                message += " (did you mean " + text::quoted(it->second) +
                           "? keys are case-sensitive)";
            row.error("depends_on", std::move(message));
        } else if (key == self) {
            row.error("depends_on", "depends_on names " + text::quoted(key) +
                                        ", the capability itself; a capability cannot depend "
                                        "on itself");
        } else if (!listed.insert(key).second) {
            row.error("depends_on", "depends_on names " + text::quoted(key) +
                                        " more than once; list each predecessor once");
        } else if (!self.empty()) {
            dependencies.push_back({key, self, lag});
        }
    }
}

/// Reads demand: "Data:2; Marketing:1".
void readDemand(const CsvRow &row, Capability &capability, std::vector<CsvTeamMention> &mentions)
{
    const CsvField *cell = row.cell("demand");
    if (!cell)
        return;
    for (const std::string_view item : text::splitList(cell->text, ';')) {
        const size_t colon = item.rfind(':');
        if (colon == std::string_view::npos) {
            row.error("demand", "demand: " + text::quoted(item) +
                                    " needs the number of people after a colon, as in Data:2");
            continue;
        }
        const std::string team(text::trim(item.substr(0, colon)));
        const std::string_view peopleText = text::trim(item.substr(colon + 1));
        const auto people = text::parseWholeNumber(peopleText);
        if (team.empty()) {
            row.error("demand", "demand: " + text::quoted(item) +
                                    " has no team name before the colon; expected Team:people");
        } else if (!people || *people < 1) {
            row.error("demand", "demand: the people for team " + text::quoted(team) +
                                    " must be a whole number, 1 or more, got " +
                                    text::quoted(peopleText));
        } else if (demandOn(capability, team) > 0) {
            row.error("demand", "demand names team " + text::quoted(team) +
                                    " more than once; give each team one entry");
        } else {
            capability.demand.push_back({team, *people});
            mentions.push_back({team, *cell});
        }
    }
}

void readOptionalFields(const CsvRow &row, Capability &c)
{
    c.owner = row.text("owner");
    if (const auto approach = parseApproach(row.trimmed("approach")))
        c.approach = *approach;
    else
        row.invalid("approach", "build, buy or integrate (or empty when not decided)");
    c.kpi = row.text("kpi");
    c.readiness.technical = row.optionalWhole("readiness_technical", 1, kReadiness, 5);
    c.readiness.skills = row.optionalWhole("readiness_skills", 1, kReadiness, 5);
    c.readiness.process = row.optionalWhole("readiness_process", 1, kReadiness, 5);
    c.value = row.optionalDecimal("value");
    c.cost = row.optionalDecimal("cost");
    c.earliestWave = row.optionalWhole("earliest_wave", 1, kWave);
    c.deadlineWave = row.optionalWhole("deadline_wave", 1, kWave);
    c.pinnedWave = row.optionalWhole("pinned_wave", 1, kWave);
    c.retires = row.text("retires");
    c.notes = row.text("notes");
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
                                                   std::string_view fileName, CsvErrorList &errors)
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
    KeyIndex keys;
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
        c.durationDays = row.requiredWhole("duration_days", 1,
                                           "a whole number of days greater than 0")
                             .value_or(1);
        readDependsOn(row, key.value_or(std::string()), keys, result.dependencies);
        readDemand(row, c, result.teamMentions);
        readOptionalFields(row, c);
        result.capabilities.push_back(std::move(c));
    }
    return result;
}

} // namespace waveplan
