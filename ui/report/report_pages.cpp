#include "ui/report/report_pages.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace waveplan::ui::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("waveplan::ui::report::ReportPages", text);
}

} // namespace

ReportStyle ReportStyle::make()
{
    ReportStyle style;
    const QString family = QFontDatabase::families().contains(QStringLiteral("DejaVu Sans"))
                               ? QStringLiteral("DejaVu Sans")
                               : QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    auto font = [&](double points, bool bold) {
        QFont f(family);
        f.setPointSizeF(points);
        f.setBold(bold);
        f.setKerning(true);
        return f;
    };
    style.body = font(8.5, false);
    style.bodyBold = font(8.5, true);
    style.small = font(7.5, false);
    style.heading = font(16, true);
    style.subheading = font(11.5, true);
    style.title = font(26, true);
    return style;
}

ReportPages::ReportPages(QPagedPaintDevice *device, QPainter *painter, const ReportStyle &style, QString planName,
                         QString date, int totalPages)
    : m_device(device)
    , m_painter(painter)
    , m_style(style)
    , m_planName(std::move(planName))
    , m_date(std::move(date))
    , m_totalPages(totalPages)
{
    m_unitsPerPoint = device->logicalDpiY() / 72.0;
    // The painter's origin is the top left of the printable area (inside the margins).
    const QRectF printable(0, 0, device->width(), device->height());
    const double header = metrics(m_style.small).height() + pt(8);
    const double footer = metrics(m_style.small).height() + pt(8);
    m_body = printable.adjusted(0, header, 0, -footer);
    m_fullBody = m_body;
    m_page = 1;
    m_y = m_body.top();
}

QFontMetricsF ReportPages::metrics(const QFont &font) const
{
    return QFontMetricsF(font, m_device);
}

void ReportPages::ensure(double height)
{
    if (!atTop() && height > remaining())
        newPage();
}

void ReportPages::newPage()
{
    paintFrame();
    if (m_painter)
        m_device->newPage();
    ++m_page;
    m_y = m_body.top();
    m_pageSection = m_section;
}

void ReportPages::setColumn(double left, double width)
{
    m_body.setLeft(m_fullBody.left() + left);
    m_body.setWidth(std::min(width, m_fullBody.width() - left));
}

void ReportPages::setSection(const QString &section)
{
    m_section = section;
    if (atTop())
        m_pageSection = section;
}

void ReportPages::finish()
{
    paintFrame();
}

void ReportPages::paintFrame()
{
    if (!m_painter)
        return;
    QPainter &p = *m_painter;
    p.save();
    p.setClipping(false);
    const QFontMetricsF fm = metrics(m_style.small);
    const double width = m_fullBody.width();
    p.setFont(m_style.small);
    p.setPen(m_style.muted);
    const QRectF headerLine(0, 0, width, fm.height());
    const QString right = fm.elidedText(m_pageSection, Qt::ElideRight, width * 0.45);
    p.drawText(headerLine, Qt::AlignRight | Qt::AlignVCenter, right);
    p.drawText(headerLine.adjusted(0, 0, -fm.horizontalAdvance(right) - pt(12), 0), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(m_planName, Qt::ElideRight, width * 0.5));
    p.setPen(QPen(m_style.rule, pt(0.5)));
    p.drawLine(QPointF(0, fm.height() + pt(3)), QPointF(width, fm.height() + pt(3)));

    const double footerTop = m_body.bottom() + pt(5);
    p.drawLine(QPointF(0, footerTop), QPointF(width, footerTop));
    p.setPen(m_style.muted);
    const QRectF footerLine(0, footerTop + pt(2), width, fm.height());
    p.drawText(footerLine, Qt::AlignLeft | Qt::AlignVCenter, tr("Waveplan report, %1").arg(m_date));
    const QString number = m_totalPages > 0 ? tr("Page %1 of %2").arg(m_page).arg(m_totalPages)
                                            : tr("Page %1").arg(m_page);
    p.drawText(footerLine, Qt::AlignRight | Qt::AlignVCenter, number);
    p.restore();
}

void ReportPages::heading(const QString &text, bool startNewPage)
{
    if (startNewPage && !atTop())
        newPage();
    setSection(text);
    const QFontMetricsF fm = metrics(m_style.heading);
    ensure(fm.height() * 3);
    if (m_painter) {
        m_painter->setFont(m_style.heading);
        m_painter->setPen(m_style.text);
        m_painter->drawText(QRectF(m_body.left(), m_y, m_body.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                            fm.elidedText(text, Qt::ElideRight, m_body.width()));
    }
    m_y += fm.height() + pt(6);
}

void ReportPages::subheading(const QString &text)
{
    const QFontMetricsF fm = metrics(m_style.subheading);
    ensure(fm.height() * 4);
    if (!atTop())
        m_y += pt(6);
    if (m_painter) {
        m_painter->setFont(m_style.subheading);
        m_painter->setPen(m_style.text);
        m_painter->drawText(QRectF(m_body.left(), m_y, m_body.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                            fm.elidedText(text, Qt::ElideRight, m_body.width()));
    }
    m_y += fm.height() + pt(3);
}

void ReportPages::paragraph(const QString &text, const QFont &font, const QColor &color, double indent)
{
    const QFontMetricsF fm = metrics(font);
    const QStringList lines = wrapText(text, fm, m_body.width() - indent);
    for (const QString &line : lines) {
        ensure(fm.height());
        if (m_painter) {
            m_painter->setFont(font);
            m_painter->setPen(color);
            m_painter->drawText(QRectF(m_body.left() + indent, m_y, m_body.width() - indent, fm.height()),
                                Qt::AlignLeft | Qt::AlignVCenter, line);
        }
        m_y += fm.height();
    }
    m_y += pt(2);
}

QStringList wrapText(const QString &text, const QFontMetricsF &metrics, double width, int maxLines)
{
    QStringList lines;
    // Keep a little slack: fonts measured for one device can be a hair wider on another.
    const double room = std::max(1.0, width - metrics.averageCharWidth() * 0.5);
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        const QStringList words = paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty())
            lines << QString();
        for (QString word : words) {
            const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (metrics.horizontalAdvance(candidate) <= room) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty())
                lines << line;
            line.clear();
            // A word wider than the line: cut it where it no longer fits. The longest prefix
            // that fits is found by bisection (widths grow with the prefix), so a 10 KB word
            // costs a few hundred measurements per line, not thousands.
            while (metrics.horizontalAdvance(word) > room && word.size() > 1) {
                int fits = 1;                                   // a line holds one character at least
                int tooLong = static_cast<int>(word.size());    // this prefix is too wide
                while (tooLong - fits > 1) {
                    const int middle = fits + (tooLong - fits) / 2;
                    if (metrics.horizontalAdvance(word.left(middle)) > room)
                        tooLong = middle;
                    else
                        fits = middle;
                }
                lines << word.left(fits);
                word = word.mid(fits);
            }
            line = word;
        }
        if (!line.isEmpty())
            lines << line;
    }
    if (maxLines > 0 && lines.size() > maxLines) {
        const QString rest = QStringList(lines.mid(maxLines - 1)).join(QLatin1Char(' '));
        lines = lines.mid(0, maxLines - 1);
        lines << metrics.elidedText(rest, Qt::ElideRight, room);
    }
    return lines;
}

} // namespace waveplan::ui::report
