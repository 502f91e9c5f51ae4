#include "core/edit/edit_checks.h"

#include "core/model/cells/value_cells.h"

#include <algorithm>
#include <cctype>

namespace waveplan::edit::detail {

namespace {

/// "capability 'X': duration ..." -> "Capability 'X': duration ....".
std::string asSentence(std::string text)
{
    if (!text.empty())
        text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    if (!text.empty() && text.back() != '.')
        text += '.';
    return text;
}

} // namespace

Result<PlanEdit> checked(const Plan &plan, PlanEdit edit)
{
    Plan edited = plan;
    Result<PlanEdit> applied = apply(edited, edit);
    if (!applied)
        return applied.errors();
    return checked(plan, edited, std::move(edit));
}

Result<PlanEdit> checked(const Plan &plan, const Plan &edited, PlanEdit edit)
{
    const std::vector<std::string> after = structuralErrors(edited);
    if (after.empty())
        return edit; // nothing to compare with the plan before (checking it was half of an edit's check)
    const std::vector<std::string> before = structuralErrors(plan);
    for (const std::string &error : after)
        if (std::find(before.begin(), before.end(), error) == before.end())
            return messageError(asSentence(error));
    return edit;
}

Error unknownCapability(std::string_view key)
{
    return messageError("There is no capability with the key '" + std::string(key) + "'.");
}

std::string whyNotAKey(const Plan &plan, std::string_view key)
{
    if (const Result<std::string> parsed = parseKeyCell(key); !parsed)
        return parsed.errors().front().message; // the key cell's own words, as CSV import says them
    if (const Capability *other = plan.findCapability(key))
        return "The key " + std::string(key) + " is already used by \"" + other->name + "\"; keys must be unique.";
    return {};
}

} // namespace waveplan::edit::detail
