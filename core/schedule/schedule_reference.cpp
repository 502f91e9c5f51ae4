#include "core/schedule/schedule_reference.h"

#include "core/schedule/schedule.h"

#include <algorithm>
#include <vector>

namespace waveplan {

const ScheduleReference::Entry *ScheduleReference::find(std::string_view key) const
{
    const auto found = capabilities.find(key);
    return found == capabilities.end() ? nullptr : &found->second;
}

ScheduleReference referenceOf(const Schedule &schedule)
{
    ScheduleReference reference;
    // In key order, each entry goes in at the end of the map (no search down the tree).
    std::vector<const ScheduledCapability *> byKey;
    byKey.reserve(schedule.capabilities.size());
    for (const ScheduledCapability &c : schedule.capabilities)
        byKey.push_back(&c);
    std::stable_sort(byKey.begin(), byKey.end(), [](const ScheduledCapability *a, const ScheduledCapability *b) { return a->key < b->key; });
    for (const ScheduledCapability *c : byKey)
        reference.capabilities.emplace_hint(reference.capabilities.end(), c->key, ScheduleReference::Entry{c->startDay, c->wave});
    reference.endDay = schedule.capabilities.empty() ? 0 : schedule.makespanDays;
    reference.drivingPath = schedule.criticalChain;
    return reference;
}

} // namespace waveplan
