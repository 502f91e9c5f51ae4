#pragma once
/// @file render_hook.h
/// How the widget-free command line asks for a PDF report or a PNG/SVG picture. Drawing needs
/// Qt's painting (the map and the board are QGraphicsScenes), which waveplan_cli must not link,
/// so the executable fills these hooks from ui/report when it is built with the desktop app.
/// When a hook is empty, the export command says this build cannot render and exits 2.

#include "core/model/plan.h"
#include "core/util/result.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace waveplan::cli {

/// A PDF wave-plan report (docs/reports.md).
struct ReportRequest {
    std::filesystem::path output;
    bool letter = false;    ///< US Letter; otherwise A4
    bool portrait = false;  ///< otherwise landscape
    bool includeMap = true;
    bool includeBoard = true;
    std::int64_t budgetSchedules = 5000; ///< the schedule the report shows (as `waveplan schedule`)
    bool overwrite = false;
};

/// A picture of the dependency map or the wave board.
struct ImageRequest {
    std::filesystem::path output; ///< .png or .svg
    bool board = false;           ///< the wave board; otherwise the dependency map
    int width = 1920;             ///< pixels (PNG) or user units (SVG)
    int height = 1080;
    int dpi = 96;                 ///< written into the PNG; the drawing's scale does not change
    std::int64_t budgetSchedules = 5000;
    bool overwrite = false;
};

struct RenderHooks {
    std::function<Status(const Plan &, const ReportRequest &)> writeReport;
    std::function<Status(const Plan &, const ImageRequest &)> writeImage;
    /// Why a request for the board cannot be met in this build (empty: it can).
    std::string boardUnavailable;
};

/// Installs the hooks (app/main.cpp does, before running the command line).
void setRenderHooks(RenderHooks hooks);
[[nodiscard]] const RenderHooks &renderHooks();

} // namespace waveplan::cli
