#include "plan_files.h"

#include "core/model/date.h"

#include <fstream>
#include <sstream>

namespace waveplan::test {

Capability cleanData()
{
    Capability data;
    data.key = "DATA";
    data.name = "Clean data";
    data.durationDays = 30;
    data.demand = {{"Data", 1}};
    data.owner = "Head of Data";
    data.kpi = "Match rate";
    return data;
}

Plan smallPlan()
{
    Plan plan;
    plan.name = "Small";
    plan.startDate = *parseIsoDate("2027-01-04");
    plan.teams = {{"Data", 1, {}, std::nullopt}};
    const Capability data = cleanData();
    Capability cdp;
    cdp.key = "CDP";
    cdp.name = "Customer data platform";
    cdp.durationDays = 20;
    Capability web = data;
    web.key = "WEB";
    web.name = "Website tagging";
    web.durationDays = 10;
    web.kind = CapabilityKind::Additive;
    plan.capabilities = {data, cdp, web};
    plan.dependencies = {{"DATA", "CDP", 5}};
    return plan;
}

std::string bytesOf(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

} // namespace waveplan::test
