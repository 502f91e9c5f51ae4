#include "ui/commands/command_support.h"

#include "core/log/logging.h"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace waveplan::ui::detail {

bool breaksStructure(const Plan &current, const Plan &edited)
{
    const std::vector<std::string> before = structuralErrors(current);
    bool broken = false;
    for (const std::string &error : structuralErrors(edited)) {
        if (std::find(before.begin(), before.end(), error) != before.end())
            continue;
        log::get("ui")->debug("edit refused: {}", error);
        broken = true;
    }
    return broken;
}

} // namespace waveplan::ui::detail
