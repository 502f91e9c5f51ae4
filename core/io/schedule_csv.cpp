#include "core/io/schedule_csv.h"

#include "core/io/csv_writer.h"
#include "core/model/cells/demand_cell.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace waveplan {

std::vector<std::size_t> wavePlanOrder(const Schedule &schedule)
{
    std::vector<std::size_t> order(schedule.capabilities.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const ScheduledCapability &x = schedule.capabilities[a];
        const ScheduledCapability &y = schedule.capabilities[b];
        return std::pair{x.wave, x.startDay} < std::pair{y.wave, y.startDay};
    });
    return order;
}

std::string scheduleCsv(const Plan &plan, const Schedule &schedule)
{
    CsvWriter csv;
    csv.addRow({"key", "name", "kind", "wave", "start_date", "finish_date", "go_live_wave", "duration_days",
                "slack_days", "critical", "teams", "owner", "kpi", "reason"});
    if (schedule.capabilities.size() != plan.capabilities.size())
        return csv.text();

    for (const std::size_t i : wavePlanOrder(schedule)) {
        const ScheduledCapability &s = schedule.capabilities[i];
        const Capability &c = plan.capabilities[i];
        csv.addRow({s.key, c.name, std::string(toString(c.kind)),
                    std::to_string(s.wave), formatIsoDate(waveplan::dateOfDay(plan, s.startDay)),
                    formatIsoDate(waveplan::dateOfDay(plan, s.lastDay())), std::to_string(s.goLiveWave),
                    std::to_string(c.durationDays), std::to_string(s.slackDays), s.critical ? "yes" : "no",
                    formatDemandCell(c.demand), c.owner, c.kpi, s.reason.sentence});
    }
    return csv.text();
}

} // namespace waveplan
