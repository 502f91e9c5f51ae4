#include "ui/report/image_export.h"

#include "ui/text/qt_text.h"
#include "ui/report/report_drawing.h"
#include "ui/report/report_scenes.h"
#include "ui/report/roadmap_drawing.h"

#include "core/io/atomic_file.h"

#include <QBuffer>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPicture>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <functional>
#include <utility>

namespace waveplan::ui::report {

namespace {

/// A picture's title font: bold, sized by the picture's height.
QFont titleFont(const QSize &size)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setBold(true);
    font.setPixelSize(std::max(12, static_cast<int>(size.height() * 0.045)));
    return font;
}

/// Paints the scene's drawing fitted (aspect kept, centred) into `size` on white; with a title
/// above it and a legend under it when the options ask for them.
void paintFitted(QPainter &painter, QGraphicsScene *scene, const QSize &size, const ImageOptions &options)
{
    QRectF page(QPointF(0, 0), QSizeF(size));
    painter.fillRect(page, Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const double margin = std::max(8.0, size.width() * 0.02);
    if (!options.title.isEmpty()) {
        const QFont font = titleFont(size);
        const QFontMetricsF fm(font, painter.device());
        const double width = page.width() - 2 * margin;
        painter.setFont(font);
        painter.setPen(QColor(0x1a, 0x1a, 0x1a));
        painter.drawText(QRectF(margin, margin, width, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(options.title, Qt::ElideRight, width));
        page.setTop(margin + fm.height() * 1.3);
    }
    if (options.legend) {
        // One line across the bottom, as large as fits the width (from 12 pt down).
        const bool map = options.view != ReportView::Board;
        const double available = page.width() - 2 * margin;
        double points = 12;
        QFont font(QStringLiteral("DejaVu Sans"));
        const auto widthAt = [&](double pts) {
            font.setPointSizeF(pts);
            QPicture dry;
            QPainter measure(&dry);
            return paintPictureLegend(measure, QPointF(0, 0), font, pts / 9.0 * 96.0 / 72.0, map, options.milestones);
        };
        const double width = widthAt(points);
        if (width > available)
            points = std::max(4.0, points * available / width);
        // Below 4 pt (a picture a few hundred pixels wide) the legend is drawn at 4 pt and shrunk
        // as a whole, so that all of it shows rather than running off the right edge.
        const double shrink = std::min(1.0, available / widthAt(points));
        font.setPointSizeF(points);
        const double unit = points / 9.0 * 96.0 / 72.0;
        const QFontMetricsF fm(font, painter.device());
        const double height = fm.height() * shrink;
        const double top = page.bottom() - margin - height;
        painter.save();
        painter.translate(margin, top);
        painter.scale(shrink, shrink);
        paintPictureLegend(painter, QPointF(0, 0), font, unit, map, options.milestones);
        painter.restore();
        page.setBottom(top - height * 0.5);
    }
    const QRectF source = ReportScenes::drawnRect(scene);
    if (source.isEmpty() || page.height() <= 0)
        return;
    const double scale = std::min(page.width() / source.width(), page.height() / source.height());
    QRectF target(0, 0, source.width() * scale, source.height() * scale);
    target.moveCenter(page.center());
    scene->render(&painter, target, source, Qt::KeepAspectRatio);
}

constexpr double kInchesPerMetre = 39.3701;

/// The roadmap as a slide: the plan's name and dates as a title, then the roadmap with its
/// legend, its labels as large as fit (from 14 pt down to 7), shrunk as a whole below that.
void paintRoadmapSlide(QPainter &painter, const Plan &plan, const Schedule &schedule, const QSize &size,
                       const QString &heading)
{
    const QRectF page(QPointF(0, 0), QSizeF(size));
    painter.fillRect(page, Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const double margin = std::max(8.0, size.width() * 0.025);
    const QFont title = titleFont(size);
    QFont subtitle(QStringLiteral("DejaVu Sans"));
    subtitle.setPixelSize(std::max(9, static_cast<int>(size.height() * 0.024)));
    const QFontMetricsF titleMetrics(title, painter.device());
    const QFontMetricsF subtitleMetrics(subtitle, painter.device());
    const double width = page.width() - 2 * margin;
    painter.setPen(QColor(0x1a, 0x1a, 0x1a));
    painter.setFont(title);
    painter.drawText(QRectF(margin, margin, width, titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     titleMetrics.elidedText(heading.isEmpty() ? qs(plan.name) : heading, Qt::ElideRight, width));
    painter.setFont(subtitle);
    painter.setPen(QColor(0x5f, 0x63, 0x68));
    const QString dates = schedule.capabilities.empty()
                              ? QObject::tr("Roadmap: the plan cannot be scheduled as it stands")
                              : QObject::tr("Roadmap: %1 capabilities from %2, everything live by %3")
                                    .arg(plan.capabilities.size())
                                    .arg(qs(formatIsoDate(plan.startDate)),
                                         qs(formatIsoDate(waveplan::dateOfDay(plan, std::max(0, schedule.makespanDays - 1)))));
    painter.drawText(QRectF(margin, margin + titleMetrics.height(), width, subtitleMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, subtitleMetrics.elidedText(dates, Qt::ElideRight, width));
    const double top = margin + titleMetrics.height() + subtitleMetrics.height() * 1.6;
    const double room = page.height() - top - margin;
    if (schedule.capabilities.empty() || room <= 0)
        return;
    for (double points = 14; points >= 7; points -= 1) {
        const RoadmapDrawing drawing(plan, schedule, painter.device(), width, points);
        if (drawing.height(drawing.wholeLanes()) <= room || points <= 7) {
            const double height = drawing.height(drawing.wholeLanes());
            const double scale = height <= room ? 1.0 : room / height;
            painter.save();
            painter.translate(margin, top);
            painter.scale(scale, scale);
            // Shrunk: drawn wider so that, scaled, it spans the width again.
            const RoadmapDrawing fitted(plan, schedule, painter.device(), width / scale, points);
            fitted.paint(painter, QPointF(0, 0), fitted.wholeLanes());
            painter.restore();
            return;
        }
    }
}

} // namespace

namespace {

/// `paint` on a white page of `size`, as PNG bytes with `dpi` written into the file.
QByteArray paintedPng(const QSize &size, int dpi, const std::function<void(QPainter &)> &paint)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    // Painted at 96 dpi so point-sized fonts keep their proportions; the chosen DPI is only
    // written into the file (it tells other programs how large to print it).
    image.setDotsPerMeterX(static_cast<int>(std::lround(96 * kInchesPerMetre)));
    image.setDotsPerMeterY(static_cast<int>(std::lround(96 * kInchesPerMetre)));
    {
        QPainter painter(&image);
        paint(painter);
    }
    image.setDotsPerMeterX(static_cast<int>(std::lround(dpi * kInchesPerMetre)));
    image.setDotsPerMeterY(static_cast<int>(std::lround(dpi * kInchesPerMetre)));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return {};
    return bytes;
}

/// `paint` on an SVG page of `size` (text stays text), with a title and description.
QByteArray paintedSvg(const QSize &size, const QString &title, const QString &description,
                      const std::function<void(QPainter &)> &paint)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setResolution(96);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(title);
    svg.setDescription(description);
    QPainter painter;
    if (!painter.begin(&svg))
        return {};
    paint(painter);
    painter.end();
    return bytes;
}

} // namespace

QByteArray scenePng(QGraphicsScene *scene, const ImageOptions &options)
{
    const QSize size(options.width, options.height);
    return paintedPng(size, options.dpi, [&](QPainter &painter) { paintFitted(painter, scene, size, options); });
}

QByteArray sceneSvg(QGraphicsScene *scene, const ImageOptions &options, const QString &title)
{
    const QSize size(options.width, options.height);
    return paintedSvg(size, title, QObject::tr("Drawn by Waveplan"),
                      [&](QPainter &painter) { paintFitted(painter, scene, size, options); });
}

QByteArray roadmapPicture(const Plan &plan, const Schedule &schedule, const ImageOptions &options)
{
    const QSize size(options.width, options.height);
    const auto paint = [&](QPainter &painter) { paintRoadmapSlide(painter, plan, schedule, size, options.title); };
    return options.format == ImageFormat::Svg
               ? paintedSvg(size, options.title.isEmpty() ? qs(plan.name) : options.title,
                            QObject::tr("Roadmap drawn by Waveplan"), paint)
               : paintedPng(size, options.dpi, paint);
}

Status writeImageFile(const Plan &plan, const ImageOptions &options, const std::filesystem::path &path, bool overwrite)
{
    ImageOptions withKey = options;
    withKey.milestones = hasMilestone(plan);
    if (Status drawable = drawablePlan(plan, path); !drawable)
        return drawable;
    Schedule schedule = reportSchedule(plan, options.budgetSchedules, options.shown);
    if (Status drawable = drawableSchedule(plan, schedule, path); !drawable)
        return drawable;
    QByteArray bytes;
    if (options.view == ReportView::Roadmap) {
        bytes = roadmapPicture(plan, schedule, options);
    } else {
        const bool board = options.view == ReportView::Board;
        const ReportScenes scenes(plan, std::move(schedule), board);
        QGraphicsScene *scene = board ? scenes.board() : scenes.map();
        bytes = options.format == ImageFormat::Svg
                    ? sceneSvg(scene, withKey, options.title.isEmpty() ? qs(plan.name) : options.title)
                    : scenePng(scene, withKey);
    }
    if (bytes.isEmpty())
        return Error{"the picture could not be drawn (is the size too large for memory?)", path.string(), 0, 0};
    return writeFileAtomically(path, std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), overwrite);
}

} // namespace waveplan::ui::report
