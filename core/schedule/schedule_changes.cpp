#include "core/schedule/schedule_changes.h"

#include "core/model/date.h"
#include "core/model/plan.h"
#include "core/schedule/schedule.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <string_view>

namespace waveplan {

int ScheduleChanges::movedWaveCount() const
{
    return static_cast<int>(std::count_if(moves.begin(), moves.end(), [](const CapabilityMove &m) { return m.changedWave(); }));
}

bool ScheduleChanges::empty() const
{
    return fromEndDay == toEndDay && moves.empty() && added.empty() && removed.empty() && joinedDrivingPath.empty()
           && leftDrivingPath.empty();
}

ScheduleChanges diffSchedules(const ScheduleReference &before, const Schedule &after)
{
    ScheduleChanges changes;
    if (before.empty() || after.capabilities.empty())
        return changes;
    changes.fromEndDay = before.endDay;
    changes.toEndDay = after.makespanDays;
    std::size_t found = 0;
    for (const ScheduledCapability &c : after.capabilities) {
        const ScheduleReference::Entry *was = before.find(c.key);
        if (was == nullptr) {
            changes.added.push_back(c.key);
            continue;
        }
        ++found;
        if (was->wave != c.wave || was->startDay != c.startDay)
            changes.moves.push_back({c.key, was->wave, c.wave, was->startDay, c.startDay});
    }
    // Every key of `before` found (a schedule lists each capability once): none removed, the
    // case of every edit but a deletion, without a set of the keys.
    if (found != before.capabilities.size()) {
        std::set<std::string_view> present;
        for (const ScheduledCapability &c : after.capabilities)
            present.insert(c.key);
        for (const auto &[key, entry] : before.capabilities)
            if (!present.contains(key))
                changes.removed.push_back(key);
    }
    const std::set<std::string, std::less<>> wasDriving(before.drivingPath.begin(), before.drivingPath.end());
    const std::set<std::string, std::less<>> isDriving(after.criticalChain.begin(), after.criticalChain.end());
    for (const std::string &key : after.criticalChain)
        if (!wasDriving.contains(key))
            changes.joinedDrivingPath.push_back(key);
    for (const std::string &key : before.drivingPath)
        if (!isDriving.contains(key))
            changes.leftDrivingPath.push_back(key);
    return changes;
}

namespace {

std::string count(std::size_t n, const char *what)
{
    return std::to_string(n) + " " + what;
}

} // namespace

std::string daysLaterOrSooner(int days)
{
    const int n = std::abs(days);
    return std::to_string(n) + (n == 1 ? " day " : " days ") + (days < 0 ? "sooner" : "later");
}

std::string describeChanges(const Plan &plan, const ScheduleChanges &changes)
{
    if (changes.empty())
        return "Nothing moved";
    std::vector<std::string> parts;
    const auto movedWave = static_cast<std::size_t>(changes.movedWaveCount());
    if (movedWave > 0)
        parts.push_back(count(movedWave, "moved wave"));
    if (changes.moves.size() > movedWave)
        parts.push_back(count(changes.moves.size() - movedWave, "shifted within their wave"));
    if (!changes.added.empty())
        parts.push_back(count(changes.added.size(), "added"));
    if (!changes.removed.empty())
        parts.push_back(count(changes.removed.size(), "removed"));
    std::string text;
    for (const std::string &part : parts)
        text += (text.empty() ? "" : ", ") + part;
    if (text.empty())
        text = "Nothing moved";
    const int shift = changes.endShiftDays();
    if (shift != 0 && changes.toEndDay > 0) {
        const int lastDay = changes.toEndDay - 1;
        text += "; ends " + daysLaterOrSooner(shift) + " (" + formatIsoDate(waveplan::dateOfDay(plan, lastDay)) + ", wave "
                + std::to_string(waveGrid(plan).waveOf(lastDay)) + ")";
    } else {
        text += "; same end date";
    }
    if (!changes.joinedDrivingPath.empty() || !changes.leftDrivingPath.empty())
        text += "; driving path changed";
    return text;
}

} // namespace waveplan
