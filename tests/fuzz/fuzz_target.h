#pragma once
/// @file fuzz_target.h
/// What every fuzz target in this folder defines (libFuzzer's entry point) and the one rule they
/// share: a finding is a crash, a sanitizer report, or a broken promise, and a broken promise is
/// reported with fuzzFail() so it shows as a crash with its reason.

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace waveplan::fuzz {

/// Quiets the library's logging, which would otherwise print a line per rejected input.
void quietLogging();

/// Prints `what` and aborts: a promise the code makes did not hold for this input.
[[noreturn]] void fuzzFail(std::string_view what);

/// The input as text.
[[nodiscard]] inline std::string_view asText(const std::uint8_t *data, std::size_t size)
{
    return {reinterpret_cast<const char *>(data), size};
}

} // namespace waveplan::fuzz
