#pragma once
/// @file export_action.h
/// File > Export...: the plan in any format the format registry can write (the same as
/// `waveplan export`): plan JSON, capabilities spreadsheet with its teams spreadsheet, wave-plan
/// spreadsheet, PDF report, PNG or SVG picture. One file dialog whose filters come from the
/// registry, the last folder and format remembered, a clear message on failure; writers are
/// atomic, so a failed export leaves nothing half-written.

#include "core/formats/format_registry.h"

#include <filesystem>

class QAction;
class QMenu;
class QWidget;

namespace waveplan::ui {

class PlanDocument;

/// "teams.csv" beside "capabilities.csv", else "NAME-teams.csv" beside "NAME.csv".
[[nodiscard]] std::filesystem::path teamsFileBeside(const std::filesystem::path &capabilities);

/// What File > Export asks `format` to write at `path`: the report and picture options last
/// chosen in Export Report and Export Image, the teams spreadsheet beside a capabilities one.
[[nodiscard]] WriteRequest exportRequest(const Format &format, const std::filesystem::path &path);

/// Writes `plan` through `format`. On failure shows why in a window-modal, non-blocking message
/// box on `parent` (objectName "exportErrorBox") and returns false.
bool exportPlan(QWidget *parent, const Plan &plan, const Format &format, const WriteRequest &request);

/// Adds File > Export... (objectName "exportAction", Ctrl+E) to `menu`.
QAction *addExportAction(QMenu *menu, const PlanDocument *document, QWidget *parent);

} // namespace waveplan::ui
