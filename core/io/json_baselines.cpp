#include "core/io/json_baselines.h"

#include <utility>

namespace waveplan::jsonio {

namespace {

constexpr std::string_view kBaselineFields[] = {
    "name",    "frozen_on",    "start_date",   "wave_length_days",
    "end_day", "driving_path", "capabilities", "load"};
constexpr std::string_view kEntryFields[] = {"key", "start_day", "finish_day", "wave", "cost"};
constexpr std::string_view kLoadFields[] = {"team", "wave", "people_days_used",
                                            "people_days_available", "go_lives"};

Date readDate(ReadContext &context, const ObjectReader &fields, std::string_view field) {
    const std::optional<std::string> text = fields.string(field, true);
    if (!text)
        return {};
    if (const auto parsed = parseIsoDate(*text))
        return *parsed;
    context.errorAtValue(fields.pathOf(field),
                         "expected a real calendar date written YYYY-MM-DD, found \"" + *text +
                             "\"");
    return {};
}

/// Calls `read` with each object of the optional array `field`.
template <typename Read>
void forEachObject(ReadContext &context, const ObjectReader &fields, std::string_view field,
                   Read read) {
    const Json *array = fields.optional(field);
    const std::string path = fields.pathOf(field);
    if (!array || !expectArray(context, *array, path))
        return;
    for (std::size_t i = 0; i < array->size(); ++i)
        if (const std::string item = elementPath(path, i); expectObject(context, (*array)[i], item))
            read((*array)[i], item);
}

} // namespace

Json baselinesToJson(const std::vector<Baseline> &baselines) {
    Json array = Json::array();
    for (const Baseline &b : baselines) {
        Json capabilities = Json::array();
        for (const auto &[key, e] : b.capabilities) {
            Json entry{{"key", key},
                       {"start_day", e.startDay},
                       {"finish_day", e.finishDay},
                       {"wave", e.wave}};
            if (e.cost)
                entry["cost"] = *e.cost;
            capabilities.push_back(std::move(entry));
        }
        Json load = Json::array();
        for (const Baseline::Load &l : b.load)
            load.push_back({{"team", l.team},
                            {"wave", l.wave},
                            {"people_days_used", l.peopleDaysUsed},
                            {"people_days_available", l.peopleDaysAvailable},
                            {"go_lives", l.goLives}});
        array.push_back({{"name", b.name},
                         {"frozen_on", formatIsoDate(b.frozenOn)},
                         {"start_date", formatIsoDate(b.startDate)},
                         {"wave_length_days", b.waveLengthDays},
                         {"end_day", b.endDay},
                         {"driving_path", b.drivingPath},
                         {"capabilities", std::move(capabilities)},
                         {"load", std::move(load)}});
    }
    return array;
}

Baseline readBaseline(ReadContext &context, const Json &object, const std::string &path) {
    Baseline b;
    const ObjectReader fields(context, object, path, kBaselineFields);
    if (auto name = fields.string("name", true)) {
        b.name = std::move(*name);
        if (b.name.empty())
            context.errorAtValue(fields.pathOf("name"), "a baseline needs a name");
    }
    b.frozenOn = readDate(context, fields, "frozen_on");
    b.startDate = readDate(context, fields, "start_date");
    b.waveLengthDays = fields.integer("wave_length_days", true, 1).value_or(1);
    b.endDay = fields.integer("end_day", true, 0).value_or(0);
    forEachObject(context, fields, "capabilities",
                  [&](const Json &item, const std::string &itemPath) {
                      const ObjectReader entry(context, item, itemPath, kEntryFields);
                      const std::optional<std::string> key = entry.string("key", true);
                      Baseline::Entry e;
                      e.startDay = entry.integer("start_day", true, 0).value_or(0);
                      e.finishDay = entry.integer("finish_day", true, 0).value_or(e.startDay);
                      e.wave = entry.integer("wave", true, 1).value_or(1);
                      e.cost = entry.number("cost", false);
                      if (e.finishDay < e.startDay)
                          context.errorAtValue(entry.pathOf("finish_day"),
                                               "a capability cannot finish before it starts");
                      if (key && !b.capabilities.emplace(*key, e).second)
                          context.errorAtValue(entry.pathOf("key"),
                                               "capability \"" + *key +
                                                   "\" is listed twice in this baseline");
                  });
    if (const Json *keys = fields.optional("driving_path");
        keys && expectArray(context, *keys, fields.pathOf("driving_path")))
        for (std::size_t i = 0; i < keys->size(); ++i) {
            const std::string keyPath = elementPath(fields.pathOf("driving_path"), i);
            if (auto key = readString(context, (*keys)[i], keyPath)) {
                if (!b.find(*key))
                    context.errorAtValue(keyPath,
                                         "the driving path names \"" + *key +
                                             "\", which is not among this baseline's capabilities");
                b.drivingPath.push_back(std::move(*key));
            }
        }
    forEachObject(context, fields, "load", [&](const Json &item, const std::string &itemPath) {
        const ObjectReader row(context, item, itemPath, kLoadFields);
        Baseline::Load l;
        l.team = row.string("team", true).value_or("");
        l.wave = row.integer("wave", true, 1).value_or(1);
        l.peopleDaysUsed = row.integer("people_days_used", true, 0).value_or(0);
        l.peopleDaysAvailable = row.integer("people_days_available", true, 0).value_or(0);
        l.goLives = row.integer("go_lives", true, 0).value_or(0);
        b.load.push_back(std::move(l));
    });
    return b;
}

} // namespace waveplan::jsonio
