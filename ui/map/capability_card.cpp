#include "ui/map/capability_card.h"

#include "ui/graphics/item_painting.h"
#include "ui/map/card_layer.h"
#include "ui/map/dependency_arrow.h"
#include "ui/map/map_style.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSceneHoverEvent>
#include <QPaintDevice>
#include <QPainter>
#include <QPixmapCache>
#include <QStringList>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace waveplan::ui::map {

namespace {

using G = MapGeometry;

constexpr double kMarkMargin = 14;  // room outside the card for selection and critical outlines
constexpr double kBarWidth = 16;    // the foundational card's left bar, with FOUNDATION written up it
constexpr double kBadgeRadius = 8;  // the kind glyph in the top-right corner
constexpr double kCornerRadius = 16; // the additive card's rounded corners
constexpr double kPadding = 10;
/// Below this zoom the card shows its key alone, large (the name would be unreadable).
constexpr double kCompactBelowScale = 0.45;
/// A card larger than this on screen (device pixels) is painted directly, not kept as a picture.
constexpr double kMostPicturePixels = 4.0e6;
/// Room for the cards' pictures (and Qt's other pixmaps): a 4K screen full of cards, in KB.
constexpr int kPictureCacheKilobytes = 3840 * 2160 * 4 / 1024 * 2;
/// A picture this small (bytes) is kept by its card rather than in QPixmapCache, while all
/// such pictures together stay within kMostKeptBytes: looking 10,000 small pictures up in the
/// cache on every repaint was a quarter of it.
constexpr qsizetype kMostKeptPictureBytes = 16 * 1024;
constexpr qsizetype kMostKeptBytes = 32 * 1024 * 1024;
/// Bytes of the pictures cards keep themselves (GUI thread only).
qsizetype g_keptBytes = 0;
/// Text shorter than this on screen is a smudge (a large map fitted to the window): the card
/// leaves it out rather than lay it out and draw it on every repaint; its tooltip still tells.
constexpr double kLegiblePixels = 5;

/// Greedy word wrap into at most `maxLines` lines of `width`; the last line is elided.
QStringList wrapped(const QString &text, const QFontMetricsF &metrics, double width, int maxLines)
{
    QStringList lines;
    QString current;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString candidate = current.isEmpty() ? words[i] : current + QLatin1Char(' ') + words[i];
        if (metrics.horizontalAdvance(candidate) <= width || current.isEmpty()) {
            current = candidate;
            continue;
        }
        if (lines.size() + 1 == maxLines) {
            current = candidate + QLatin1Char(' ') + words.mid(i + 1).join(QLatin1Char(' '));
            break;
        }
        lines.append(current);
        current = words[i];
    }
    if (!current.isEmpty())
        lines.append(current);
    for (QString &line : lines)
        line = metrics.elidedText(line, Qt::ElideRight, width);
    return lines;
}

} // namespace

CapabilityCard::CapabilityCard(const QString &key, const MapStyle *style)
    : m_key(key)
    , m_style(style)
{
    setFlags(ItemIsSelectable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(2);
}

CapabilityCard::~CapabilityCard()
{
    if (m_layer)
        m_layer->remove(this);
    dropPicture();
}

qsizetype CapabilityCard::keptPictureBytes()
{
    return g_keptBytes;
}

void CapabilityCard::dropPicture()
{
    QPixmapCache::remove(m_picture.key);
    m_picture.key = {};
    g_keptBytes -= m_picture.keptBytes;
    m_picture.keptBytes = 0;
    m_picture.kept = QPixmap();
}

void CapabilityCard::redrawPicture()
{
    m_picture.stale = true;
    update();
    repaintArea();
}

void CapabilityCard::setCapability(const Capability &capability)
{
    ++m_syncCount;
    if (capability == m_capability && m_keyLineHeight > 0)
        return;
    m_capability = capability;
    m_key = QString::fromStdString(capability.key);
    refreshTexts();
}

namespace {

/// The height of one line of `font` as QStaticText lays it out (whole pixels).
double lineHeight(const QFont &font)
{
    return std::ceil(QFontMetricsF(font).height());
}

} // namespace

void CapabilityCard::refreshTexts()
{
    const Capability &c = m_capability;
    m_kind = c.kind;
    m_name = QString::fromStdString(c.name);
    m_milestone = isMilestone(c);
    m_ownerMissing = c.owner.empty();
    m_keyLineHeight = lineHeight(m_style->keyFont);
    m_smallLineHeight = lineHeight(m_style->smallFont);
    m_textsStale = true;
    refreshWaveTexts();
}

QString CapabilityCard::shownKey() const
{
    ensureTexts();
    return m_keyText.text();
}

void CapabilityCard::ensureTexts() const
{
    if (m_textsStale)
        layOutTexts();
}

void CapabilityCard::layOutTexts() const
{
    const Capability &c = m_capability;
    const double width = G::cardWidth - textLeft() - kPadding;
    const QFontMetricsF keyMetrics(m_style->keyFont);
    const QFontMetricsF metrics(m_style->font);

    m_kindText = preparedText(m_kind == CapabilityKind::Foundational ? QObject::tr("FOUNDATION") : QObject::tr("additive"),
                              m_style->smallFont);
    const double keyWidth = width - 2 * kBadgeRadius - 6;
    const QString key = doneLabel(QString::fromStdString(c.key), m_done);
    m_keyText = preparedText(keyMetrics.elidedText(key, Qt::ElideRight, keyWidth), m_style->keyFont);
    m_nameLines.clear();
    for (const QString &line : wrapped(m_name, metrics, width, 2))
        m_nameLines.append(preparedText(line, m_style->font));
    m_durationText = preparedText(m_milestone ? QObject::tr("milestone") : QObject::tr("%1 d").arg(c.durationDays),
                                  m_style->font);
    const QString owner = m_ownerMissing ? QObject::tr("no owner") : QString::fromStdString(c.owner);
    const double ownerWidth = width - m_durationText.size().width() - 58;
    m_ownerFont = m_style->font;
    m_ownerFont.setItalic(m_ownerMissing); // "no owner" reads as a gap, not as a name
    m_ownerText = preparedText(QFontMetricsF(m_ownerFont).elidedText(owner, Qt::ElideRight, ownerWidth), m_ownerFont);
    layOutWaveText();
    m_textsStale = false;
}

void CapabilityCard::layOutWaveText() const
{
    m_waveText = preparedText(m_movedFrom > 0 ? QStringLiteral("W%1\u2192W%2").arg(m_movedFrom).arg(m_wave)
                                              : QStringLiteral("W%1").arg(m_wave),
                              m_style->keyFont);
}

void CapabilityCard::refreshWaveTexts()
{
    if (!m_textsStale)
        layOutWaveText(); // the rest stays laid out
    const Capability &c = m_capability;
    const QString kindLabel = m_kind == CapabilityKind::Foundational ? QObject::tr("foundation")
                                                                      : QObject::tr("additive");
    const QString owner = m_ownerMissing ? QObject::tr("no owner") : QString::fromStdString(c.owner);
    QString tip = QObject::tr("%1 — %2\n%3, %4, wave %5\nOwner: %6")
                      .arg(QString::fromStdString(c.key), m_name, kindLabel)
                      .arg(m_milestone ? QObject::tr("milestone (0 days)") : QObject::tr("%1 days").arg(c.durationDays))
                      .arg(m_wave)
                      .arg(owner);
    if (m_movedFrom > 0)
        tip += QObject::tr("\nMoved from wave %1 by the last change").arg(m_movedFrom);
    setToolTip(tip);
    redrawPicture();
}

void CapabilityCard::setDone(bool done)
{
    if (done == m_done)
        return;
    m_done = done;
    refreshTexts();
}

void CapabilityCard::setWave(int wave)
{
    if (wave == m_wave)
        return;
    m_wave = wave;
    refreshWaveTexts(); // the wave alone changed: the other texts stay laid out
}

void CapabilityCard::setMovedFrom(int wave)
{
    if (wave == m_movedFrom)
        return;
    m_movedFrom = wave;
    refreshWaveTexts();
}

void CapabilityCard::setCriticalMarks(bool criticalPath, bool criticalChain)
{
    if (criticalPath == m_criticalPath && criticalChain == m_criticalChain)
        return;
    m_criticalPath = criticalPath;
    m_criticalChain = criticalChain;
    redrawPicture();
}

void CapabilityCard::setConnectTarget(bool target)
{
    if (target == m_connectTarget)
        return;
    m_connectTarget = target;
    redrawPicture();
}

bool CapabilityCard::handleContains(const QPointF &itemPos) const
{
    const QPointF centre(G::cardWidth, G::cardHeight / 2);
    const QPointF d = itemPos - centre;
    const double reach = G::handleRadius + 5;
    return d.x() * d.x() + d.y() * d.y() <= reach * reach;
}

QPointF CapabilityCard::outPoint() const
{
    return pos() + QPointF(G::cardWidth, G::cardHeight / 2);
}

QPointF CapabilityCard::inPoint() const
{
    return pos() + QPointF(0, G::cardHeight / 2);
}

QRectF CapabilityCard::sceneCardRect() const
{
    return QRectF(pos(), QSizeF(G::cardWidth, G::cardHeight));
}

QRectF CapabilityCard::boundingRect() const
{
    return QRectF(-kMarkMargin, -kMarkMargin, G::cardWidth + 2 * kMarkMargin, G::cardHeight + 2 * kMarkMargin);
}

QPainterPath CapabilityCard::shape() const
{
    // Every card has the same shape: the body and the connect handle, computed once.
    static const QPainterPath shape = [] {
        QPainterPath body;
        body.addRect(QRectF(0, 0, G::cardWidth, G::cardHeight));
        QPainterPath handle;
        handle.addEllipse(QPointF(G::cardWidth, G::cardHeight / 2), G::handleRadius + 5, G::handleRadius + 5);
        return body.united(handle);
    }();
    return shape;
}

double CapabilityCard::textLeft() const
{
    return m_kind == CapabilityKind::Foundational ? kBarWidth + kPadding : kPadding + 4;
}

bool CapabilityCard::compactAt(double scale)
{
    return scale < kCompactBelowScale;
}

QRectF CapabilityCard::compactKeyArea() const
{
    // Between the kind bar (or left padding) and the kind badge, the card's whole height.
    return {textLeft(), 0, G::cardWidth - textLeft() - kPadding - 2 * kBadgeRadius, G::cardHeight};
}

QString CapabilityCard::compactLabel() const
{
    return doneLabel(m_key, m_done);
}

QFont CapabilityCard::compactKeyFont(const QString &label) const
{
    // The same large size on every card, so the map reads evenly from across a room; smaller
    // only for a key too long to fit the text area.
    QFont font = m_style->keyFont;
    font.setPixelSize(100);
    const QFontMetricsF metrics(font);
    const double width = compactKeyArea().width() - 4;
    const double fit = std::min(width / std::max(1.0, metrics.horizontalAdvance(label)),
                                G::cardHeight * 0.45 / metrics.height());
    font.setPixelSize(std::max(1, static_cast<int>(100 * fit)));
    return font;
}

void CapabilityCard::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!paintPicture(painter))
        paintCard(painter);
}

bool CapabilityCard::pastedAsPictures(const QPainter *painter)
{
    // On screen only (a PDF or SVG wants the card as drawing, not as a picture), zoomed and
    // scrolled but not turned.
    const QPaintDevice *device = painter->device();
    const QTransform &world = painter->worldTransform();
    return device != nullptr && device->devType() == QInternal::Widget && world.type() <= QTransform::TxScale
           && world.m11() > 0 && world.m22() > 0;
}

bool CapabilityCard::paintPicture(QPainter *painter)
{
    if (!pastedAsPictures(painter))
        return false;
    const QTransform world = painter->worldTransform();
    painter->setWorldTransform(QTransform());
    const bool pasted = pastePicture(painter, world, painter->device()->devicePixelRatioF());
    painter->setWorldTransform(world);
    return pasted;
}

bool CapabilityCard::pastePicture(QPainter *painter, const QTransform &world, double ratio)
{
    const QRectF bounds = boundingRect();
    // A pixel of margin around the card, for where it fell between pixels when drawn.
    const QSize size(static_cast<int>(std::ceil(bounds.width() * world.m11())) + 3,
                     static_cast<int>(std::ceil(bounds.height() * world.m22())) + 3);
    if (static_cast<double>(size.width()) * size.height() * ratio * ratio > kMostPicturePixels)
        return false;
    const QPointF at = world.map(bounds.topLeft());
    const QPointF pasteAt(std::round(at.x()) - 1, std::round(at.y()) - 1);
    const bool current = !m_picture.stale && m_picture.scaleX == world.m11() && m_picture.scaleY == world.m22()
                         && m_picture.ratio == ratio;
    if (current && !m_picture.kept.isNull()) {
        painter->drawPixmap(pasteAt, m_picture.kept);
        return true;
    }
    QPixmap picture;
    if (!current || !QPixmapCache::find(m_picture.key, &picture)) {
        static const bool roomMade = [] {
            QPixmapCache::setCacheLimit(std::max(QPixmapCache::cacheLimit(), kPictureCacheKilobytes));
            return true;
        }();
        (void)roomMade;
        // Drawn where it falls between pixels now: exact until it moves, then pasted at the
        // nearest whole pixel (within a pixel of its place, as Qt's own cache does).
        picture = pictureOf(size, ratio, painter->renderHints(), [&](QPainter &inPicture) {
            inPicture.setFont(painter->font());
            inPicture.setPen(painter->pen());
            inPicture.setTransform(QTransform::fromTranslate(-bounds.left(), -bounds.top())
                                   * QTransform::fromScale(world.m11(), world.m22())
                                   * QTransform::fromTranslate(at.x() - pasteAt.x(), at.y() - pasteAt.y()));
            paintCard(&inPicture);
        });
        dropPicture();
        const qsizetype bytes = static_cast<qsizetype>(picture.width()) * picture.height() * picture.depth() / 8;
        if (bytes <= kMostKeptPictureBytes && g_keptBytes + bytes <= kMostKeptBytes) {
            m_picture.kept = picture;
            m_picture.keptBytes = bytes;
            g_keptBytes += bytes;
        } else {
            m_picture.key = QPixmapCache::insert(picture);
        }
        m_picture.scaleX = world.m11();
        m_picture.scaleY = world.m22();
        m_picture.ratio = ratio;
        m_picture.stale = false;
        ++m_picture.draws;
    }
    painter->drawPixmap(pasteAt, picture);
    return true;
}

void CapabilityCard::pasteInto(QPainter *painter, const QTransform &world, double ratio)
{
    if (pastePicture(painter, world, ratio))
        return;
    painter->save(); // very large on screen: drawn, as the card would draw itself
    painter->setWorldTransform(world);
    paintCard(painter);
    painter->restore();
}

void CapabilityCard::setLayer(CardLayer *layer)
{
    if (layer == m_layer)
        return;
    if (m_layer)
        m_layer->remove(this);
    m_layer = layer;
    if (m_layer)
        m_layer->add(this); // which tells it whether the layer pastes it
    else
        setLeftToLayer(false);
}

void CapabilityCard::setLeftToLayer(bool leftToLayer)
{
    if (leftToLayer == m_leftToLayer)
        return;
    m_leftToLayer = leftToLayer;
    setFlag(ItemHasNoContents, leftToLayer); // the layer says so as it paints, before the card is reached
}

void CapabilityCard::repaintArea(bool evenHidden)
{
    if (m_leftToLayer && (evenHidden || isVisible()))
        if (QGraphicsScene *shown = scene())
            shown->update(sceneBoundingRect());
}

void CapabilityCard::paintCard(QPainter *painter) const
{
    const QRectF body(0, 0, G::cardWidth, G::cardHeight);
    painter->setRenderHint(QPainter::Antialiasing);
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    paintMarks(painter, body);
    const bool kindLabel = !tooSmallToSee(painter, m_smallLineHeight, kLegiblePixels);
    if (kindLabel || !compactAt(lod))
        ensureTexts(); // some text will be read
    paintBody(painter, body, kindLabel);
    if (m_done)
        washOut(painter, body, m_style->colors.cardFill);
    if (compactAt(lod)) {
        // Zoomed out: the key alone, large; the name, owner and dates would be a grey smudge.
        const QString label = compactLabel(); // done reads as done from across the room too
        if (m_compactKeyFor != label) {
            m_compactKeyFont = compactKeyFont(label);
            m_compactKeyFor = label;
        }
        if (tooSmallToSee(painter, m_compactKeyFont.pixelSize(), kLegiblePixels))
            return; // even the key alone would be a smudge
        painter->setPen(m_style->colors.text);
        painter->setFont(m_compactKeyFont);
        painter->drawText(compactKeyArea(), Qt::AlignLeft | Qt::AlignVCenter, label);
        if (m_movedFrom > 0) {
            // Moved by the last change: an amber corner, as the pill it stands for.
            const double corner = G::cardHeight * 0.45;
            painter->setPen(Qt::NoPen);
            painter->setBrush(m_style->colors.moved);
            painter->drawPolygon(QPolygonF{{G::cardWidth - corner, 0}, {G::cardWidth, 0}, {G::cardWidth, corner}});
        }
        return;
    }
    paintTexts(painter);
    paintHandle(painter);
}

void CapabilityCard::paintMarks(QPainter *painter, const QRectF &body) const
{
    const MapColors &colors = m_style->colors;
    painter->setBrush(Qt::NoBrush);
    const double radius = m_kind == CapabilityKind::Additive ? kCornerRadius : 0;
    const auto outline = [&](double grow, const QPen &pen) { drawOutline(painter, body, radius, grow, pen); };
    if (m_criticalChain) {
        QPen pen(colors.criticalChain, 4, Qt::DashLine, Qt::FlatCap);
        pen.setDashPattern({2.5, 1.5});
        outline(10, pen);
    }
    if (m_criticalPath)
        outline(5.5, QPen(colors.criticalPath, 4, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    if (isSelected() || m_connectTarget) {
        QPen pen(colors.selection, 3, m_connectTarget ? Qt::DotLine : Qt::SolidLine);
        outline(3, pen);
    }
}

void CapabilityCard::paintBody(QPainter *painter, const QRectF &body, bool kindLabel) const
{
    const MapColors &colors = m_style->colors;
    const QPointF badge(G::cardWidth - kPadding - kBadgeRadius, 6 + m_keyLineHeight / 2);
    if (m_kind == CapabilityKind::Foundational) {
        painter->setPen(QPen(colors.outline, 1.5, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        painter->setBrush(colors.foundationalFill);
        painter->drawRect(body);
        painter->fillRect(QRectF(0, 0, kBarWidth, G::cardHeight), colors.foundationalAccent);
        // FOUNDATION written up the bar, and a solid square glyph: not a colour alone.
        if (kindLabel) {
            painter->save();
            painter->translate(kBarWidth / 2 - m_kindText.size().height() / 2,
                               G::cardHeight / 2 + m_kindText.size().width() / 2);
            painter->rotate(-90);
            painter->setPen(colors.cardFill);
            painter->setFont(m_style->smallFont);
            painter->drawStaticText(QPointF(0, 0), m_kindText);
            painter->restore();
        }
        if (!m_milestone)
            painter->fillRect(QRectF(badge - QPointF(kBadgeRadius - 1, kBadgeRadius - 1),
                                     QSizeF(2 * kBadgeRadius - 2, 2 * kBadgeRadius - 2)),
                              colors.foundationalAccent);
    } else if (m_milestone) {
        painter->setPen(QPen(colors.outline, 1.5, Qt::DashLine));
        painter->setBrush(colors.additiveFill);
        painter->drawRoundedRect(body, kCornerRadius, kCornerRadius);
    } else {
        painter->setPen(QPen(colors.outline, 1.5, Qt::DashLine));
        painter->setBrush(colors.additiveFill);
        painter->drawRoundedRect(body, kCornerRadius, kCornerRadius);
        // The "+" badge.
        painter->setPen(Qt::NoPen);
        painter->setBrush(colors.additiveAccent);
        painter->drawEllipse(badge, kBadgeRadius, kBadgeRadius);
        painter->setPen(QPen(colors.cardFill, 2.2, Qt::SolidLine, Qt::FlatCap));
        painter->drawLine(badge - QPointF(4.5, 0), badge + QPointF(4.5, 0));
        painter->drawLine(badge - QPointF(0, 4.5), badge + QPointF(0, 4.5));
    }
    if (m_milestone)
        paintMilestoneBadge(painter, badge);
}

void CapabilityCard::paintMilestoneBadge(QPainter *painter, QPointF badge) const
{
    // A milestone's badge is a diamond, in its kind's colour: the sign Gantt charts use.
    const MapColors &colors = m_style->colors;
    const double h = kBadgeRadius + 1;
    painter->setPen(QPen(colors.cardFill, 1.2));
    painter->setBrush(m_kind == CapabilityKind::Foundational ? colors.foundationalAccent : colors.additiveAccent);
    painter->drawPolygon(QPolygonF{{badge.x(), badge.y() - h},
                                   {badge.x() + h, badge.y()},
                                   {badge.x(), badge.y() + h},
                                   {badge.x() - h, badge.y()}});
}

void CapabilityCard::paintTexts(QPainter *painter) const
{
    const MapColors &colors = m_style->colors;
    const double left = textLeft();
    const double right = G::cardWidth - kPadding;
    painter->setPen(colors.text);
    painter->setFont(m_style->keyFont);
    painter->drawStaticText(QPointF(left, 6), m_keyText);

    painter->setPen(colors.text);
    painter->setFont(m_style->font);
    double y = 6 + m_keyText.size().height() + 1;
    for (const QStaticText &line : m_nameLines) {
        painter->drawStaticText(QPointF(left, y), line);
        y += line.size().height();
    }

    const double bottom = G::cardHeight - 6;
    const double waveWidth = m_waveText.size().width() + 10;
    const QRectF wavePill(right - waveWidth, bottom - m_waveText.size().height() - 2, waveWidth,
                          m_waveText.size().height() + 2);
    painter->setPen(QPen(m_movedFrom > 0 ? colors.moved : colors.outline, 1));
    painter->setBrush(m_movedFrom > 0 ? colors.moved : colors.cardFill);
    painter->drawRoundedRect(wavePill, 4, 4);
    // Black or white on amber, whichever reads better.
    painter->setPen(m_movedFrom > 0 ? (colors.moved.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white)) : colors.text);
    painter->setFont(m_style->keyFont);
    painter->drawStaticText(wavePill.topLeft() + QPointF(5, 1), m_waveText);

    painter->setFont(m_style->font);
    const double textTop = bottom - m_ownerText.size().height();
    const double durationLeft = wavePill.left() - 8 - m_durationText.size().width();
    painter->drawStaticText(QPointF(durationLeft, textTop), m_durationText);
    painter->setFont(m_ownerFont);
    painter->setPen(m_ownerMissing ? colors.mutedText : colors.text);
    painter->drawStaticText(QPointF(left, textTop), m_ownerText);
}

void CapabilityCard::paintHandle(QPainter *painter) const
{
    const MapColors &colors = m_style->colors;
    const QPointF centre(G::cardWidth, G::cardHeight / 2);
    painter->setPen(QPen(colors.outline, 1.5));
    painter->setBrush(m_handleHovered ? colors.selection : colors.cardFill);
    painter->drawEllipse(centre, G::handleRadius, G::handleRadius);
    painter->setPen(QPen(m_handleHovered ? colors.cardFill : colors.outline, 1.8, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(centre + QPointF(-3, -3), centre + QPointF(1, 0));
    painter->drawLine(centre + QPointF(-3, 3), centre + QPointF(1, 0));
}

QVariant CapabilityCard::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged && m_arrowsFollow) {
        for (DependencyArrow *arrow : std::as_const(m_arrows))
            arrow->updatePath();
    }
    if (change == ItemPositionHasChanged && m_layer)
        m_layer->cardCovers(sceneBoundingRect());
    if (change == ItemSelectedHasChanged)
        m_picture.stale = true; // its outline (Qt asks for the repaint, or repaintArea when left out)
    // Left out of the paint, the card asks the scene for what Qt would have repainted: where it
    // was before a move or leaving the scene, where it is after, and where it is when selected,
    // shown, hidden or faded.
    switch (change) {
    case ItemPositionChange:
    case ItemSceneChange:
    case ItemPositionHasChanged:
    case ItemSelectedHasChanged:
    case ItemOpacityHasChanged:
        repaintArea();
        break;
    case ItemVisibleHasChanged:
        repaintArea(true); // hidden: where it was
        break;
    default:
        break;
    }
    return QGraphicsItem::itemChange(change, value);
}

void CapabilityCard::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const bool onHandle = handleContains(event->pos());
    if (onHandle != m_handleHovered) {
        m_handleHovered = onHandle;
        if (onHandle)
            setCursor(Qt::CrossCursor);
        else
            unsetCursor();
        redrawPicture();
    }
    QGraphicsItem::hoverMoveEvent(event);
}

void CapabilityCard::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    if (m_handleHovered) {
        m_handleHovered = false;
        unsetCursor();
        redrawPicture();
    }
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace waveplan::ui::map
