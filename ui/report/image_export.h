#pragma once
/// @file image_export.h
/// Pictures of the dependency map or the wave board: PNG (pixels, with a DPI in the file) or
/// SVG (vector, text as text), the whole drawing fitted into the chosen size on a white page.

#include "ui/report/report_options.h"

#include "core/model/plan.h"
#include "core/schedule/schedule.h"
#include "core/util/result.h"

#include <QByteArray>

#include <filesystem>

class QGraphicsScene;

namespace waveplan::ui::report {

/// The drawing of `scene` as PNG bytes of options.width x options.height pixels.
[[nodiscard]] QByteArray scenePng(QGraphicsScene *scene, const ImageOptions &options);
/// The drawing of `scene` as an SVG document of options.width x options.height.
[[nodiscard]] QByteArray sceneSvg(QGraphicsScene *scene, const ImageOptions &options, const QString &title);

/// The roadmap of `plan` scheduled as `schedule`, as a slide of options.width x options.height
/// with the plan's name and dates as its title (PNG or SVG bytes as options.format says).
[[nodiscard]] QByteArray roadmapPicture(const Plan &plan, const Schedule &schedule, const ImageOptions &options);

/// Schedules `plan`, draws the chosen view and writes it to `path` as options.format, atomically.
[[nodiscard]] Status writeImageFile(const Plan &plan, const ImageOptions &options, const std::filesystem::path &path,
                                    bool overwrite);

} // namespace waveplan::ui::report
