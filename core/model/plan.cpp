#include "core/model/plan.h"

#include <algorithm>
#include <utility>

namespace waveplan {

const Capability *Plan::findCapability(std::string_view key) const
{
    const int i = indexOfCapability(key);
    return i < 0 ? nullptr : &capabilities[static_cast<size_t>(i)];
}

Capability *Plan::findCapability(std::string_view key)
{
    const int i = indexOfCapability(key);
    return i < 0 ? nullptr : &capabilities[static_cast<size_t>(i)];
}

const Team *Plan::findTeam(std::string_view teamName) const
{
    for (const Team &t : teams)
        if (t.name == teamName)
            return &t;
    return nullptr;
}

Team *Plan::findTeam(std::string_view teamName)
{
    for (Team &t : teams)
        if (t.name == teamName)
            return &t;
    return nullptr;
}

const Baseline *Plan::findBaseline(std::string_view baselineName) const
{
    for (const Baseline &b : baselines)
        if (b.name == baselineName)
            return &b;
    return nullptr;
}

int Plan::indexOfCapability(std::string_view key) const
{
    for (size_t i = 0; i < capabilities.size(); ++i)
        if (capabilities[i].key == key)
            return static_cast<int>(i);
    return -1;
}

const Capability *Plan::findCapabilityById(CapabilityId id) const
{
    if (id == kNoId)
        return nullptr;
    for (const Capability &c : capabilities)
        if (c.id == id)
            return &c;
    return nullptr;
}

std::vector<const Dependency *> Plan::predecessorsOf(std::string_view key) const
{
    std::vector<const Dependency *> result;
    for (const Dependency &d : dependencies)
        if (d.successor == key)
            result.push_back(&d);
    return result;
}

std::vector<const Dependency *> Plan::successorsOf(std::string_view key) const
{
    std::vector<const Dependency *> result;
    for (const Dependency &d : dependencies)
        if (d.predecessor == key)
            result.push_back(&d);
    return result;
}

namespace {

template <typename Item>
std::int64_t nextIdOf(const std::vector<Item> &items)
{
    std::int64_t highest = kNoId;
    for (const Item &item : items)
        highest = std::max(highest, item.id);
    return highest + 1;
}

template <typename Item>
void assignMissing(std::vector<Item> &items)
{
    std::int64_t next = nextIdOf(items);
    for (Item &item : items)
        if (item.id == kNoId)
            item.id = next++;
}

} // namespace

CapabilityId nextCapabilityId(const Plan &plan)
{
    return nextIdOf(plan.capabilities);
}

TeamId nextTeamId(const Plan &plan)
{
    return nextIdOf(plan.teams);
}

void assignMissingIds(Plan &plan)
{
    assignMissing(plan.capabilities);
    assignMissing(plan.teams);
}

Plan withIds(Plan plan)
{
    assignMissingIds(plan);
    return plan;
}

int waveOfDay(int day, int waveLengthDays)
{
    return day < 0 ? 1 : day / waveLengthDays + 1;
}

int firstDayOfWave(int wave, int waveLengthDays)
{
    return (wave - 1) * waveLengthDays;
}

WaveGrid waveGrid(const Plan &plan)
{
    return WaveGrid(plan.waveLengthDays);
}

} // namespace waveplan
