#include "app/cli/problem_json.h"

namespace waveplan::cli {

nlohmann::json problemsToJson(const std::vector<Problem> &problems)
{
    nlohmann::json list = nlohmann::json::array();
    for (const Problem &p : problems)
        list.push_back({{"severity", toString(p.severity)}, {"code", p.code}, {"message", p.message},
                        {"keys", p.keys}, {"teams", p.teams}});
    return list;
}

} // namespace waveplan::cli
