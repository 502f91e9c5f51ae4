#include "ui/report/report_table.h"

#include "ui/report/report_drawing.h"
#include "ui/report/report_pages.h"

#include <QPainter>

#include <algorithm>

namespace waveplan::ui::report {

ReportTable::ReportTable(ReportPages &pages, std::vector<TableColumn> columns, int maxLines)
    : m_pages(pages)
    , m_columns(std::move(columns))
    , m_maxLines(maxLines)
{
    for (const TableColumn &c : m_columns) {
        if (c.fixedWidth > 0)
            m_fixedWidth += c.fixedWidth;
        else
            m_totalWeight += c.weight;
    }
}

double ReportTable::columnLeft(std::size_t column) const
{
    double left = m_pages.body().left();
    for (std::size_t i = 0; i < column; ++i)
        left += columnWidth(i);
    return left;
}

double ReportTable::columnWidth(std::size_t column) const
{
    const TableColumn &c = m_columns[column];
    if (c.fixedWidth > 0)
        return c.fixedWidth;
    const double shared = std::max(0.0, m_pages.body().width() - m_fixedWidth);
    return m_totalWeight > 0 ? shared * c.weight / m_totalWeight : 0;
}

namespace {

/// `font` made smaller, down to the smallest legible size, until `text` fits `width`.
QFont fittedFont(const ReportPages &pages, QFont font, const QString &text, double width)
{
    while (font.pointSizeF() - 0.25 >= kMinimumTextPoints && pages.metrics(font).horizontalAdvance(text) > width)
        font.setPointSizeF(font.pointSizeF() - 0.25);
    return font;
}

} // namespace

void ReportTable::paintHeader()
{
    const ReportStyle &style = m_pages.style();
    const QFontMetricsF fm = m_pages.metrics(style.bodyBold);
    const double pad = m_pages.pt(2.5);
    std::vector<QStringList> titles;
    qsizetype mostLines = 1;
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        titles.push_back(wrapText(m_columns[c].title, fm, columnWidth(c) - 2 * pad, 2));
        mostLines = std::max(mostLines, titles.back().size());
    }
    const double height = static_cast<double>(mostLines) * fm.height() + 2 * pad;
    m_pages.ensure(height * 3);
    if (QPainter *p = m_pages.painter()) {
        const QRectF row(m_pages.body().left(), m_pages.y(), m_pages.body().width(), height);
        p->fillRect(row, style.headerFill);
        p->setFont(style.bodyBold);
        p->setPen(style.text);
        for (std::size_t c = 0; c < m_columns.size(); ++c) {
            double y = row.top() + pad;
            for (const QString &line : titles[c]) {
                const QRectF cell(columnLeft(c) + pad, y, columnWidth(c) - 2 * pad, fm.height());
                p->drawText(cell, Qt::AlignVCenter | (m_columns[c].alignRight ? Qt::AlignRight : Qt::AlignLeft), line);
                y += fm.height();
            }
        }
    }
    m_pages.advance(height);
    m_headerPage = m_pages.pageNumber();
}

double ReportTable::keyColumnWidth(const ReportPages &pages, const QStringList &texts, double minPoints,
                                   double maxPoints)
{
    QFont smallest = pages.style().bodyBold;
    const QFontMetricsF fm = pages.metrics(smallest);
    smallest.setPointSizeF(std::min(smallest.pointSizeF(), kMinimumTextPoints));
    const QFontMetricsF small = pages.metrics(smallest);
    double widest = 0;
    double widestSmall = 0;
    for (const QString &text : texts) {
        widest = std::max(widest, fm.horizontalAdvance(text));
        widestSmall = std::max(widestSmall, small.horizontalAdvance(text));
    }
    const double width = std::clamp(widest + pages.pt(6), pages.pt(minPoints), pages.pt(maxPoints));
    // Never so narrow that a long key (up to 40 characters) must shrink below legible size, or
    // be cut: wider than the maximum then, up to two fifths of the page.
    return std::min(std::max(width, widestSmall + pages.pt(6)), pages.body().width() * 0.4);
}

void ReportTable::addRow(const QStringList &cells)
{
    std::vector<TableCell> row;
    for (const QString &text : cells)
        row.push_back({text, std::nullopt, false});
    addRow(row);
}

void ReportTable::addRow(const std::vector<TableCell> &cells)
{
    const ReportStyle &style = m_pages.style();
    const double pad = m_pages.pt(2.5);
    std::vector<QStringList> lines(m_columns.size());
    std::size_t mostLines = 1;
    for (std::size_t c = 0; c < m_columns.size() && c < cells.size(); ++c) {
        const QFontMetricsF fm = m_pages.metrics(cells[c].bold ? style.bodyBold : style.body);
        if (m_columns[c].noWrap)
            lines[c] = QStringList{cells[c].text};
        else
            lines[c] = wrapText(cells[c].text, fm, columnWidth(c) - 2 * pad, m_maxLines);
        mostLines = std::max<std::size_t>(mostLines, static_cast<std::size_t>(lines[c].size()));
    }
    const double lineHeight = m_pages.metrics(style.body).height();
    const double height = static_cast<double>(mostLines) * lineHeight + 2 * pad;

    if (m_headerPage == 0) {
        paintHeader();
    }
    if (height > m_pages.remaining()) {
        m_pages.newPage();
    }
    if (m_headerPage != m_pages.pageNumber())
        paintHeader();

    if (QPainter *p = m_pages.painter()) {
        const QRectF row(m_pages.body().left(), m_pages.y(), m_pages.body().width(), height);
        if (m_rows % 2 == 1)
            p->fillRect(row, style.zebra);
        for (std::size_t c = 0; c < m_columns.size() && c < cells.size(); ++c) {
            const double width = columnWidth(c) - 2 * pad;
            QFont font = cells[c].bold ? style.bodyBold : style.body;
            if (m_columns[c].noWrap) {
                font = fittedFont(m_pages, font, cells[c].text, width);
                lines[c] = QStringList{m_pages.metrics(font).elidedText(cells[c].text, Qt::ElideRight, width)};
            }
            p->setFont(font);
            p->setPen(cells[c].color.value_or(style.text));
            double y = row.top() + pad;
            for (const QString &line : lines[c]) {
                const QRectF cell(columnLeft(c) + pad, y, width, lineHeight);
                p->drawText(cell, Qt::AlignVCenter | (m_columns[c].alignRight ? Qt::AlignRight : Qt::AlignLeft), line);
                y += lineHeight;
            }
        }
        p->setPen(QPen(style.rule, m_pages.pt(0.4)));
        p->drawLine(QPointF(row.left(), row.bottom()), QPointF(row.right(), row.bottom()));
    }
    m_pages.advance(height);
    ++m_rows;
}

void ReportTable::end()
{
    if (m_headerPage == 0)
        paintHeader();
    m_pages.gap(8);
}

} // namespace waveplan::ui::report
