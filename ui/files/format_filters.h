#pragma once
/// @file format_filters.h
/// File dialogs' filters made from the format registry ("PDF wave-plan report (*.pdf)"), so
/// every dialog offers exactly the formats the registry reads or writes.

#include "core/formats/format_registry.h"

#include <QString>

#include <filesystem>
#include <vector>

namespace waveplan::ui {

/// The formats of `formats` that `access` works with and that take `option` (all when unset).
[[nodiscard]] std::vector<const Format *> formatsFor(const FormatRegistry &formats, FormatAccess access,
                                                     std::optional<FormatOption> option = std::nullopt);

/// "PDF wave-plan report (*.pdf)"; extensions match in any case on every platform.
[[nodiscard]] QString fileFilter(const Format &format);
/// The filters of `list`, joined with ";;" as QFileDialog takes them.
[[nodiscard]] QString fileFilters(const std::vector<const Format *> &list);
/// The format whose filter is `filter` (as QFileDialog hands back the chosen one), else the first.
[[nodiscard]] const Format *formatOfFilter(const std::vector<const Format *> &list, const QString &filter);

/// `path` with the format's usual extension added unless it already ends in one of the format's
/// extensions (in any case).
[[nodiscard]] std::filesystem::path withExtensionOf(const std::filesystem::path &path, const Format &format);

} // namespace waveplan::ui
