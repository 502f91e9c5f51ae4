#include "fuzz_target.h"

#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstdlib>

namespace waveplan::fuzz {

void quietLogging() { spdlog::set_level(spdlog::level::off); }

void fuzzFail(std::string_view what)
{
    std::fprintf(stderr, "waveplan fuzz finding: %.*s\n", static_cast<int>(what.size()), what.data());
    std::abort();
}

} // namespace waveplan::fuzz

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    waveplan::fuzz::quietLogging();
    return 0;
}
