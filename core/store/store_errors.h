#pragma once
/// @file store_errors.h
/// Small helpers shared by opening and saving plan files. Private to core/store.

#include "core/util/result.h"

#include <filesystem>
#include <string>

namespace waveplan::store {

/// An error about the file at `path`: the message names no path, Error::file does.
[[nodiscard]] Error fileError(const std::filesystem::path &path, std::string message);

/// strerror(`errorNumber`) in lower case, e.g. "permission denied".
[[nodiscard]] std::string systemErrorText(int errorNumber);

} // namespace waveplan::store
