#include "core/schedule/schedule_reference.h"

#include "core/schedule/schedule.h"

namespace waveplan {

const ScheduleReference::Entry *ScheduleReference::find(std::string_view key) const
{
    const auto found = capabilities.find(key);
    return found == capabilities.end() ? nullptr : &found->second;
}

ScheduleReference referenceOf(const Schedule &schedule)
{
    ScheduleReference reference;
    for (const ScheduledCapability &c : schedule.capabilities)
        reference.capabilities.emplace(c.key, ScheduleReference::Entry{c.startDay, c.wave});
    reference.endDay = schedule.capabilities.empty() ? 0 : schedule.makespanDays;
    reference.drivingPath = schedule.criticalChain;
    return reference;
}

} // namespace waveplan
