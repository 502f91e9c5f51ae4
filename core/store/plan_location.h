#pragma once
/// @file plan_location.h
/// Where a plan lives, as the storage interface (plan_store.h) is addressed. Today that is a
/// `.waveplan` file; a second store (a plan server's database) adds its own kind of location
/// here, and callers that only pass locations along need not change.

#include <filesystem>
#include <string>
#include <utility>

namespace waveplan {

struct PlanLocation {
    std::filesystem::path file; ///< a `.waveplan` file
    /// Saving may replace a file that is there (the app's Save, `--force`); otherwise a save
    /// only creates the file, and fails if one is there or appears meanwhile.
    bool mayReplace = true;

    /// The plan in the `.waveplan` file at `path`.
    [[nodiscard]] static PlanLocation ofFile(std::filesystem::path path) { return PlanLocation{std::move(path)}; }
    /// A `.waveplan` file a save must create, never replace.
    [[nodiscard]] static PlanLocation newFile(std::filesystem::path path)
    {
        return PlanLocation{std::move(path), false};
    }

    /// For messages and logs: the file's path.
    [[nodiscard]] std::string describe() const { return file.string(); }

    bool operator==(const PlanLocation &) const = default;
};

} // namespace waveplan
