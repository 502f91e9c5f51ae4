/// @file fuzz_plan_json.cpp
/// The plan JSON reader (planFromJson) on any bytes. Promises checked: a plan it accepts has
/// no structural errors, and writing it and reading it back gives the same plan.

#include "fuzz_target.h"

#include "core/io/plan_json.h"
#include "core/model/plan.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace waveplan;
    const Result<Plan> plan = planFromJson(fuzz::asText(data, size), "fuzz.json");
    if (!plan)
        return 0;
    if (!structuralErrors(*plan).empty())
        fuzz::fuzzFail("planFromJson accepted a plan with structural errors");
    const Result<Plan> again = planFromJson(planToJson(*plan), "again.json");
    if (!again)
        fuzz::fuzzFail("planToJson wrote what planFromJson refuses: " + again.errorText());
    if (!(*again == *plan))
        fuzz::fuzzFail("a plan written to JSON and read back is not the same plan");
    return 0;
}
