#include "core/model/baseline.h"

#include <utility>

namespace waveplan {

const Baseline::Entry *Baseline::find(std::string_view key) const {
    const auto found = capabilities.find(key);
    return found == capabilities.end() ? nullptr : &found->second;
}

Date Baseline::dateOfDay(int day) const {
    return addDays(startDate, day);
}

std::vector<std::string> baselineErrors(const Baseline &baseline) {
    std::vector<std::string> errors;
    const std::string who = "baseline '" + baseline.name + "'";
    if (baseline.name.empty())
        errors.emplace_back("a baseline has an empty name");
    if (!baseline.frozenOn.ok())
        errors.push_back(who + ": the date it was frozen is not a real date");
    if (!baseline.startDate.ok())
        errors.push_back(who + ": its start date is not a real date");
    if (baseline.endDay < 0)
        errors.push_back(who + ": its end day " + std::to_string(baseline.endDay) +
                         " is before the start");
    for (const auto &[key, entry] : baseline.capabilities) {
        const std::string what = who + ", capability '" + key + "'";
        if (entry.startDay < 0)
            errors.push_back(what + ": starts on day " + std::to_string(entry.startDay) +
                             ", before the plan start");
        if (entry.finishDay < entry.startDay)
            errors.push_back(what + ": finishes (day " + std::to_string(entry.finishDay) +
                             ") before it starts (day " + std::to_string(entry.startDay) + ")");
        if (entry.wave < 1)
            errors.push_back(what + ": wave " + std::to_string(entry.wave) + ", waves start at 1");
    }
    if (baseline.waveLengthDays < 1)
        errors.push_back(who + ": its wave length must be at least 1 day");
    for (const Baseline::Load &l : baseline.load)
        if (l.wave < 1 || l.peopleDaysUsed < 0 || l.peopleDaysAvailable < 0 || l.goLives < 0)
            errors.push_back(who + ": the load of team '" + l.team + "' in wave " +
                             std::to_string(l.wave) + " is out of range");
    for (const std::string &key : baseline.drivingPath)
        if (!baseline.find(key))
            errors.push_back(who + ": its driving path names '" + key +
                             "', which it does not schedule");
    return errors;
}

} // namespace waveplan
