#pragma once
/// @file report_table.h
/// A table that flows across pages: columns have a fixed width or share the rest of the body's
/// width by weight, cells wrap (up to a few lines, then an ellipsis) or, for keys, stay on one
/// line in a smaller font, the header row repeats at the top of every page the table continues
/// on, and rows never split across pages.

#include <QColor>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace waveplan::ui::report {

class ReportPages;

struct TableColumn {
    QString title;
    double weight = 1;       ///< share of the width left after the fixed columns
    bool alignRight = false;
    double fixedWidth = 0;   ///< device units; 0 = by weight
    /// Cells stay on one line (keys): too wide, their font shrinks (to 5 pt), then they are elided.
    bool noWrap = false;
};

/// One cell: its text and, when it needs attention, a colour (e.g. "none yet" owners).
struct TableCell {
    QString text;
    std::optional<QColor> color;
    bool bold = false;
};

class ReportTable {
public:
    /// `maxLines`: most lines a cell may wrap to.
    ReportTable(ReportPages &pages, std::vector<TableColumn> columns, int maxLines = 4);

    void addRow(const std::vector<TableCell> &cells);
    /// Convenience: plain cells.
    void addRow(const QStringList &cells);
    /// Width a one-line column needs for `texts` in the body's bold font, within [min, max] points;
    /// beyond max (up to two fifths of the body) when the widest text needs it to stay 7 pt.
    [[nodiscard]] static double keyColumnWidth(const ReportPages &pages, const QStringList &texts, double minPoints,
                                               double maxPoints);
    /// Closes the table (a small gap below it).
    void end();

private:
    void paintHeader();
    [[nodiscard]] double columnLeft(std::size_t column) const;
    [[nodiscard]] double columnWidth(std::size_t column) const;

    ReportPages &m_pages;
    std::vector<TableColumn> m_columns;
    int m_maxLines;
    double m_totalWeight = 0;
    double m_fixedWidth = 0;
    int m_headerPage = 0; ///< page the header was last painted on
    int m_rows = 0;
};

} // namespace waveplan::ui::report
