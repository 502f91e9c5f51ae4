#include "ui/presentation/wave_spotlight.h"

#include <QBrush>
#include <QGraphicsScene>
#include <QPainterPath>
#include <QPen>

namespace waveplan::ui::presentation {

namespace {

constexpr double kAboveEverything = 1000;
constexpr int kShadeAlpha = 165; ///< of 255: neighbours stay readable up close, clearly not the topic

} // namespace

WaveSpotlight::WaveSpotlight(QGraphicsScene *scene)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(kAboveEverything);
    setPen(Qt::NoPen);
    setBrush(QColor(0, 0, 0, kShadeAlpha));
    scene->addItem(this);
    hide();
}

void WaveSpotlight::light(const QRectF &column, const QRectF &around)
{
    m_column = column;
    if (column.isEmpty()) {
        hide();
        return;
    }
    const QRectF shadeArea = around.united(column);
    QPainterPath path;
    path.addRect(shadeArea);
    path.addRect(QRectF(column.left(), shadeArea.top(), column.width(), shadeArea.height()));
    path.setFillRule(Qt::OddEvenFill);
    setPath(path);
    show();
}

} // namespace waveplan::ui::presentation
