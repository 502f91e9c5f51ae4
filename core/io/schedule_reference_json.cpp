#include "core/io/schedule_reference_json.h"

#include "core/io/atomic_file.h"
#include "core/io/json_document.h"
#include "core/io/json_fields.h"

namespace waveplan {

namespace {

using jsonio::Json;

void readDrivingPath(jsonio::ReadContext &context, const Json &root, ScheduleReference &reference)
{
    const auto path = root.find("driving_path");
    if (path == root.end() || path->is_null())
        return;
    if (!jsonio::expectArray(context, *path, "driving_path"))
        return;
    for (std::size_t i = 0; i < path->size(); ++i) {
        const Json &link = (*path)[i];
        const std::string at = jsonio::elementPath("driving_path", i);
        if (!jsonio::expectObject(context, link, at))
            continue;
        const auto key = link.find("key");
        if (key == link.end()) {
            context.errorAtValue(at, "a driving path link needs a key");
            continue;
        }
        if (auto text = jsonio::readString(context, *key, jsonio::memberPath(at, "key")))
            reference.drivingPath.push_back(*text);
    }
}

} // namespace

Result<ScheduleReference> scheduleReferenceFromJson(std::string_view text, const std::string &fileName)
{
    auto document = jsonio::parseJsonDocument(text, fileName);
    if (!document)
        return document.errors();
    const Json &root = document.value().root;
    jsonio::ReadContext context(text, fileName);
    if (!root.is_object()) {
        context.errorAtValue("", "expected the JSON output of 'waveplan schedule --json', found " + jsonio::describe(root));
        return context.takeErrors();
    }
    if (const auto readable = root.find("readable"); readable != root.end() && readable->is_boolean() && !readable->get<bool>()) {
        context.errorAtValue("readable", "this is the output of a plan that could not be read: it holds no schedule to stay close to");
        return context.takeErrors();
    }
    ScheduleReference reference;
    const auto capabilities = root.find("capabilities");
    if (capabilities == root.end()) {
        context.errorAt("", "no \"capabilities\": expected the JSON output of 'waveplan schedule --json'", {});
        return context.takeErrors();
    }
    if (jsonio::expectArray(context, *capabilities, "capabilities")) {
        for (std::size_t i = 0; i < capabilities->size(); ++i) {
            const Json &entry = (*capabilities)[i];
            const std::string at = jsonio::elementPath("capabilities", i);
            if (!jsonio::expectObject(context, entry, at))
                continue;
            const auto field = [&](const char *name) -> const Json * {
                const auto found = entry.find(name);
                if (found == entry.end()) {
                    context.errorAtValue(at, std::string("missing \"") + name + "\"");
                    return nullptr;
                }
                return &*found;
            };
            const Json *key = field("key");
            const Json *start = field("start_day");
            const Json *wave = field("wave");
            const auto keyText = key ? jsonio::readString(context, *key, jsonio::memberPath(at, "key")) : std::nullopt;
            const auto startDay = start ? jsonio::readInt(context, *start, jsonio::memberPath(at, "start_day"), 0) : std::nullopt;
            const auto waveNumber = wave ? jsonio::readInt(context, *wave, jsonio::memberPath(at, "wave"), 1) : std::nullopt;
            if (!keyText || !startDay || !waveNumber)
                continue;
            if (!reference.capabilities.emplace(*keyText, ScheduleReference::Entry{*startDay, *waveNumber}).second)
                context.errorAtValue(jsonio::memberPath(at, "key"), "capability \"" + *keyText + "\" is listed twice");
        }
    }
    if (const auto end = root.find("makespan_days"); end == root.end())
        context.errorAt("", "no \"makespan_days\": expected the JSON output of 'waveplan schedule --json'", {});
    else if (const auto days = jsonio::readInt(context, *end, "makespan_days", 0))
        reference.endDay = *days;
    readDrivingPath(context, root, reference);
    if (context.hasErrors())
        return context.takeErrors();
    if (reference.capabilities.empty())
        return Error{"holds no schedule to stay close to (its plan had no capabilities or could not be scheduled)", fileName, 0, 0};
    return reference;
}

Result<ScheduleReference> readScheduleReferenceFile(const std::filesystem::path &path)
{
    auto bytes = readWholeFile(path);
    if (!bytes)
        return bytes.errors();
    return scheduleReferenceFromJson(bytes.value(), path.string());
}

std::string scheduleReferenceToJson(const ScheduleReference &reference)
{
    Json capabilities = Json::array();
    for (const auto &[key, entry] : reference.capabilities)
        capabilities.push_back({{"key", key}, {"start_day", entry.startDay}, {"wave", entry.wave}});
    Json path = Json::array();
    for (const std::string &key : reference.drivingPath)
        path.push_back({{"key", key}});
    const Json json{{"capabilities", std::move(capabilities)},
                    {"makespan_days", reference.endDay},
                    {"driving_path", std::move(path)}};
    return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace waveplan
