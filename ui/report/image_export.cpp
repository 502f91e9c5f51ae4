#include "ui/report/image_export.h"

#include "ui/text/qt_text.h"
#include "ui/report/report_scenes.h"

#include "core/io/atomic_file.h"

#include <QBuffer>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <utility>

namespace waveplan::ui::report {

namespace {

/// Paints the scene's drawing fitted (aspect kept, centred) into `size` on white.
void paintFitted(QPainter &painter, QGraphicsScene *scene, const QSize &size)
{
    const QRectF page(QPointF(0, 0), QSizeF(size));
    painter.fillRect(page, Qt::white);
    const QRectF source = ReportScenes::drawnRect(scene);
    if (source.isEmpty())
        return;
    const double scale = std::min(page.width() / source.width(), page.height() / source.height());
    QRectF target(0, 0, source.width() * scale, source.height() * scale);
    target.moveCenter(page.center());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene->render(&painter, target, source, Qt::KeepAspectRatio);
}

constexpr double kInchesPerMetre = 39.3701;

} // namespace

QByteArray scenePng(QGraphicsScene *scene, const ImageOptions &options)
{
    QImage image(options.width, options.height, QImage::Format_ARGB32_Premultiplied);
    // Painted at 96 dpi so the scene's point-sized fonts keep their proportions; the chosen DPI
    // is only written into the file (it tells other programs how large to print it).
    image.setDotsPerMeterX(static_cast<int>(std::lround(96 * kInchesPerMetre)));
    image.setDotsPerMeterY(static_cast<int>(std::lround(96 * kInchesPerMetre)));
    {
        QPainter painter(&image);
        paintFitted(painter, scene, image.size());
    }
    image.setDotsPerMeterX(static_cast<int>(std::lround(options.dpi * kInchesPerMetre)));
    image.setDotsPerMeterY(static_cast<int>(std::lround(options.dpi * kInchesPerMetre)));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return {};
    return bytes;
}

QByteArray sceneSvg(QGraphicsScene *scene, const ImageOptions &options, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setResolution(96);
    svg.setSize(QSize(options.width, options.height));
    svg.setViewBox(QRect(0, 0, options.width, options.height));
    svg.setTitle(title);
    svg.setDescription(QObject::tr("Drawn by Waveplan"));
    {
        QPainter painter;
        if (!painter.begin(&svg))
            return {};
        paintFitted(painter, scene, QSize(options.width, options.height));
        painter.end();
    }
    return bytes;
}

Status writeImageFile(const Plan &plan, const ImageOptions &options, const std::filesystem::path &path, bool overwrite)
{
    if (Status drawable = drawablePlan(plan, path); !drawable)
        return drawable;
    const bool board = options.view == ReportView::Board;
    Schedule schedule = reportSchedule(plan, options.budgetSchedules, options.shown);
    if (Status drawable = drawableSchedule(plan, schedule, path); !drawable)
        return drawable;
    const ReportScenes scenes(plan, std::move(schedule), board);
    QGraphicsScene *scene = board ? scenes.board() : scenes.map();
    const QByteArray bytes = options.format == ImageFormat::Svg ? sceneSvg(scene, options, qs(plan.name))
                                                                 : scenePng(scene, options);
    if (bytes.isEmpty())
        return Error{"the picture could not be drawn (is the size too large for memory?)", path.string(), 0, 0};
    return writeFileAtomically(path, std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), overwrite);
}

} // namespace waveplan::ui::report
