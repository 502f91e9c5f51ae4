#pragma once
/// @file report_pages.h
/// The pages of a report as they fill: a running header (plan name, section) and footer (date,
/// "Page 3 of 12") on every page, and a body that text and drawings flow down, breaking to a new
/// page when the next block does not fit. The report is laid out twice with the same code: a
/// dry run without a painter counts the pages, the second run paints with the total known.
///
/// Units are the device's; reports use 96 dots per inch so scene pixels of the map and the board
/// print at their size on screen. pt() converts points.

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <algorithm>

class QPagedPaintDevice;
class QPainter;

namespace waveplan::ui::report {

/// Fonts and colours of the printed report (always a light page, whatever the screen's theme).
struct ReportStyle {
    QFont body;
    QFont bodyBold;
    QFont small;
    QFont heading;    ///< section titles
    QFont subheading; ///< wave titles, table titles
    QFont title;      ///< the title page's plan name
    QColor text{0x1a, 0x1a, 0x1a};
    QColor muted{0x5f, 0x63, 0x68};
    QColor rule{0xb0, 0xb4, 0xb8};
    QColor headerFill{0xe8, 0xec, 0xf1};
    QColor zebra{0xf6, 0xf7, 0xf9};
    QColor warning{0xa3, 0x3a, 0x00};
    QColor error{0xb0, 0x00, 0x20};
    QColor critical{0xc6, 0x28, 0x28};

    /// The report's fonts (DejaVu Sans when installed, which every Debian desktop has).
    [[nodiscard]] static ReportStyle make();
};

class ReportPages {
public:
    /// `painter` null: dry run (count pages only). `totalPages` 0 when not known yet.
    ReportPages(QPagedPaintDevice *device, QPainter *painter, const ReportStyle &style, QString planName,
                QString date, int totalPages);

    [[nodiscard]] QPainter *painter() const { return m_painter; }
    [[nodiscard]] QPagedPaintDevice *device() const { return m_device; }
    [[nodiscard]] const ReportStyle &style() const { return m_style; }
    /// Device units per point.
    [[nodiscard]] double pt(double points) const { return points * m_unitsPerPoint; }
    [[nodiscard]] QFontMetricsF metrics(const QFont &font) const;

    /// The body of the current page (between header and footer).
    [[nodiscard]] QRectF body() const { return m_body; }
    /// Where the next block goes.
    [[nodiscard]] double y() const { return m_y; }
    [[nodiscard]] double remaining() const { return m_body.bottom() - m_y; }
    [[nodiscard]] bool atTop() const { return m_y <= m_body.top() + 0.5; }
    void advance(double height) { m_y += height; }
    /// Moves y() back up (to the top of a second column); within the body.
    void moveTo(double y) { m_y = std::clamp(y, m_body.top(), m_body.bottom()); }
    /// Narrows the body to a column of the page, `left` and `width` relative to the full body
    /// (tables and paragraphs then fill the column); the header and footer keep the full width.
    void setColumn(double left, double width);
    /// The body back to the page's full width.
    void fullWidth() { setColumn(0, m_fullBody.width()); }

    /// Starts a new page unless `height` fits below y() (or we are at the top already).
    void ensure(double height);
    void newPage();
    /// The running header's section title, from the next page on (and this one when at its top).
    void setSection(const QString &section);
    [[nodiscard]] int pageNumber() const { return m_page; }
    /// Paints the last page's header and footer; call once at the end.
    void finish();

    // Text helpers: each paints only when a painter is present, and always advances y().
    /// A section heading; starts a new page when `newPage` and not at the top.
    void heading(const QString &text, bool startNewPage = true);
    void subheading(const QString &text);
    /// A paragraph wrapped to the body's width.
    void paragraph(const QString &text, const QFont &font, const QColor &color, double indent = 0);
    void gap(double points) { m_y = std::min(m_y + pt(points), m_body.bottom()); }

private:
    void paintFrame();

    QPagedPaintDevice *m_device;
    QPainter *m_painter;
    ReportStyle m_style;
    QString m_planName;
    QString m_date;
    int m_totalPages;
    double m_unitsPerPoint = 1;
    QRectF m_body;
    QRectF m_fullBody; ///< the body at full width
    double m_y = 0;
    int m_page = 1;
    QString m_section;     ///< the section being written
    QString m_pageSection; ///< the section named in this page's header
};

/// `text` broken into lines no wider than `width` (words kept whole when they fit; a word wider
/// than the line is cut). With `maxLines` > 0 the last line kept ends in an ellipsis when text is
/// left over.
[[nodiscard]] QStringList wrapText(const QString &text, const QFontMetricsF &metrics, double width, int maxLines = 0);

} // namespace waveplan::ui::report
