#pragma once
/// @file sample_plan.h
/// Where the bundled sample plan is, for the first start of the desktop app.

#include <filesystem>
#include <optional>

namespace waveplan::ui {

/// The bundled sample.waveplan: next to the build directory of the executable
/// (applicationDirPath()/../sample.waveplan), else the installed copy
/// (GenericDataLocation/waveplan/sample.waveplan, e.g. /usr/share/waveplan). Empty if neither exists.
[[nodiscard]] std::optional<std::filesystem::path> findSamplePlan();

} // namespace waveplan::ui
