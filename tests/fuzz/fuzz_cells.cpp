/// @file fuzz_cells.cpp
/// The cell grammar (core/model/cells), which every CSV cell, table edit and dialog field goes
/// through. The first byte chooses the cell, the rest is its text. Promises checked: what a
/// formatter writes for an accepted cell reads back as the same value.

#include "fuzz_target.h"

#include "core/model/cells/demand_cell.h"
#include "core/model/cells/depends_on_cell.h"
#include "core/model/cells/value_cells.h"

#include <string>

namespace {

using namespace waveplan;

void demand(std::string_view cell)
{
    // A team called "Data, Ops" makes ',' part of a name rather than a separator.
    static const std::vector<Team> known = [] {
        std::vector<Team> teams(2);
        teams[0].name = "Data, Ops";
        teams[1].name = "Marketing";
        return teams;
    }();
    const auto parsed = parseDemandSyntax(cell, known);
    if (!parsed)
        return;
    const auto again = parseDemandSyntax(formatDemandCell(*parsed), known);
    if (!again || *again != *parsed)
        fuzz::fuzzFail("a demand cell formatted and parsed again changed: " + formatDemandCell(*parsed));
}

void dependsOn(std::string_view cell)
{
    const auto parsed = parseDependsOnSyntax(cell);
    if (!parsed)
        return;
    const auto again = parseDependsOnSyntax(formatDependsOnCell(*parsed));
    if (!again || *again != *parsed)
        fuzz::fuzzFail("a depends_on cell formatted and parsed again changed: " + formatDependsOnCell(*parsed));
}

void decimal(std::string_view cell)
{
    const auto parsed = parseDecimalCell(cell, "cost");
    if (!parsed)
        return;
    const auto again = parseDecimalCell(formatOptionalDecimal(*parsed), "cost");
    if (!again || *again != *parsed)
        fuzz::fuzzFail("a decimal formatted and parsed again changed: " + formatOptionalDecimal(*parsed));
}

void whole(std::string_view cell)
{
    const auto wave = parseWaveCell(cell, "pinned_wave");
    if (wave && !(parseWaveCell(formatOptionalWhole(*wave), "pinned_wave").value() == *wave))
        fuzz::fuzzFail("a wave formatted and parsed again changed");
    const auto readiness = parseReadinessCell(cell, "readiness_data");
    if (readiness && !(parseReadinessCell(formatOptionalWhole(*readiness), "readiness_data").value() == *readiness))
        fuzz::fuzzFail("a readiness score formatted and parsed again changed");
    const auto duration = parseDurationCell(cell);
    if (duration && !(parseDurationCell(std::to_string(*duration)).value() == *duration))
        fuzz::fuzzFail("a duration written and parsed again changed");
}

void keyAndDate(std::string_view cell)
{
    const auto key = parseKeyCell(cell);
    if (key && !(parseKeyCell(*key).value() == *key))
        fuzz::fuzzFail("an accepted key is not accepted as written");
    const auto date = parseDateCell(cell, "start_date");
    if (date && !(parseDateCell(formatIsoDate(*date), "start_date").value() == *date))
        fuzz::fuzzFail("a date written and parsed again changed");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::string_view cell = fuzz::asText(data + 1, size - 1);
    switch (data[0] % 5) {
    case 0: demand(cell); break;
    case 1: dependsOn(cell); break;
    case 2: decimal(cell); break;
    case 3: whole(cell); break;
    default: keyAndDate(cell); break;
    }
    return 0;
}
