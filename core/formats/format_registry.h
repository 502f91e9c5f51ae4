#pragma once
/// @file format_registry.h
/// Every import and export format, registered once. Format detection from a file name is
/// case-insensitive (REPORT.PDF is a PDF); when two formats share an extension (.csv), the one
/// registered first is the default and the other is chosen by id.

#include "core/formats/format.h"

#include <filesystem>
#include <functional>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

namespace waveplan {

enum class FormatAccess { Read, Write };

struct ComparedPlan;   // core/schedule/compared_plan.h
struct PlanComparison; // core/schedule/plan_comparison.h

/// Writes the one-page comparison of A and B as a PDF (the request's path, overwrite, paper and
/// orientation), atomically. Drawn by the GUI layer, like the drawing formats.
using ComparisonWriter =
    std::function<Status(const ComparedPlan &from, const ComparedPlan &to, const PlanComparison &, const WriteRequest &)>;

/// The id of Waveplan's own plan file (.waveplan), the one Save writes.
inline constexpr std::string_view kPlanFileFormat = "waveplan";

class FormatRegistry {
public:
    /// Adds `format`; its id must be new.
    void add(Format format);
    /// Supplies the writer of a registered drawing format (the GUI layer does for pdf, png, svg).
    void setWriter(std::string_view id, PlanWriter writer);
    /// Supplies the one-page comparison's writer (`waveplan compare -o comparison.pdf`).
    void setComparisonWriter(ComparisonWriter writer) { m_comparisonWriter = std::move(writer); }
    /// Empty in a build without the desktop app.
    [[nodiscard]] const ComparisonWriter &comparisonWriter() const { return m_comparisonWriter; }

    [[nodiscard]] const std::vector<Format> &formats() const { return m_formats; }
    /// The format with this id (case-insensitive), or nullptr.
    [[nodiscard]] const Format *find(std::string_view id) const;
    /// The format that reads or writes files named like `path`, by its extension in any case.
    /// Fails, naming the file and every extension that would work, when none does.
    [[nodiscard]] Result<const Format *> detect(const std::filesystem::path &path, FormatAccess access) const;
    /// The extensions `access` works with, each once, in registration order.
    [[nodiscard]] std::vector<std::string> extensions(FormatAccess access) const;

private:
    std::vector<Format> m_formats;
    ComparisonWriter m_comparisonWriter;
};

/// The formats every build has: "waveplan", "json", "capabilities-csv" (each read and written),
/// "schedule-csv" (the wave plan, written), and "pdf", "png", "svg", "graphml" (the dependency
/// map for yEd) whose writers are missing until the GUI layer supplies them.
[[nodiscard]] FormatRegistry builtInFormats();

/// ".PDF" -> ".pdf": the extension of `path` in lower case, with the dot ("" when none).
[[nodiscard]] std::string lowerExtension(const std::filesystem::path &path);

/// "a", "a or b", "a, b or c".
[[nodiscard]] std::string joinedWithOr(const std::vector<std::string> &items);

} // namespace waveplan
