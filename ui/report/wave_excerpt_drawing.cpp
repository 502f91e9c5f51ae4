#include "ui/report/wave_excerpt_drawing.h"

#include "ui/report/kind_colors.h"
#include "ui/report/report_pages.h"
#include "ui/text/wave_labels.h"
#include "ui/text/qt_text.h"

#include "core/layout/wave_excerpt.h"
#include "core/model/plan_index.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPagedPaintDevice>
#include <QPainterPath>

#include <algorithm>
#include <map>
#include <cmath>
#include <optional>

namespace waveplan::ui::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("waveplan::ui::report::WaveExcerpt", text);
}

const QColor kFoundationalFill(0xdc, 0xe8, 0xf6);
const QColor kStubFill(0xf1, 0xf3, 0xf4);

/// Most lines of a capability's name on its card.
constexpr int kNameLines = 3;

/// Text sizes tried, largest first.
constexpr double kPoints[] = {9.0, 8.5, 8.0, 7.5, 7.0};

/// The excerpt laid out at one text size, in device units.
struct Drawn {
    WaveExcerpt excerpt;
    QFont font;
    QFont bold;
    double padding = 0;
    double labelHeight = 0; ///< the column labels above the cards
    int nameLines = 2;      ///< lines of a card's name
    QRectF bounds;          ///< the layout's items and routes, in layout units (= device units)

    [[nodiscard]] QSizeF size() const { return {bounds.width(), bounds.height() + labelHeight}; }
};

/// The text of a wave's stub: "Wave 3: KEY, KEY, ...".
QString groupText(const Plan &plan, const ExcerptItem &item)
{
    QStringList keys;
    for (const int i : item.capabilities)
        keys << qs(plan.capabilities[static_cast<std::size_t>(i)].key);
    return tr("%1: %2").arg(waveName(plan, item.wave), keys.join(QStringLiteral(", ")));
}

/// The widest key a card or stub of wave `wave`'s excerpt shows: its capabilities' keys (bold,
/// with the driving path's star) and those of the capabilities linked to them ("KEY (W12)").
/// Cards are made at least this wide, so that no key is cut or broken across lines.
double widestKey(const Plan &plan, const PlanIndex &index, const Schedule &schedule, int wave, const QFontMetricsF &fm,
                 const QFontMetricsF &bm)
{
    double widest = 0;
    const auto inWave = [&](int i) {
        return i >= 0 && static_cast<std::size_t>(i) < schedule.capabilities.size() &&
               schedule.capabilities[static_cast<std::size_t>(i)].wave == wave;
    };
    for (std::size_t i = 0; i < plan.capabilities.size(); ++i)
        if (inWave(static_cast<int>(i)))
            widest = std::max(widest, bm.horizontalAdvance(qs(plan.capabilities[i].key) + QStringLiteral(" *")));
    for (std::size_t k = 0; k < plan.dependencies.size(); ++k) {
        const Dependency &d = plan.dependencies[k];
        if (inWave(index.predecessorOf(k)) != inWave(index.successorOf(k)))
            for (const std::string *key : {&d.predecessor, &d.successor})
                widest = std::max(widest, fm.horizontalAdvance(qs(*key) + QStringLiteral(" (W99),")));
    }
    return widest;
}

/// How much an excerpt says, from the most to the least.
enum class Detail {
    Full,    ///< cards with key and name, a stub per capability of another wave
    Grouped, ///< cards with key and name, a stub per other wave naming its capabilities
    Keys,    ///< cards with their key only (the table above names them), a stub per other wave
};

/// What the text of one wave's excerpt measures at one size and detail: the same for every
/// spread over layers tried at that size, so measured once (wrapping is most of the time spent
/// measuring a large wave).
struct Measured {
    std::optional<qsizetype> nameLines;
    std::map<std::string, double> groupHeight; ///< by stub key
};

/// The excerpt at `points` with at most `cardsPerLayer` cards per layer (0: the layout's own
/// choice); `measured` is what its text measures at this size and detail (filled as it goes).
Drawn layOut(const Plan &plan, const PlanIndex &index, const Schedule &schedule, int wave, QPaintDevice *device, double points,
             int cardsPerLayer, Detail detail, double unitsPerPoint, double widestKeyPoints, Measured &measured)
{
    Drawn d;
    d.font = QFont(QStringLiteral("DejaVu Sans"));
    d.font.setPointSizeF(points);
    d.bold = d.font;
    d.bold.setBold(true);
    const QFontMetricsF fm(d.font, device);
    const QFontMetricsF bm(d.bold, device);
    d.padding = unitsPerPoint * 3;
    d.labelHeight = fm.height() * 1.4;
    ExcerptSizes sizes;
    layout::LayoutOptions &o = sizes.layout;
    const bool grouped = detail != Detail::Full;
    o.cardWidth = std::max(fm.averageCharWidth() * (detail == Detail::Keys ? 13 : 22),
                           widestKeyPoints * points * unitsPerPoint) +
                  d.padding * 2;
    // Names wrap to as many lines as the wave's longest needs, three at most.
    if (!measured.nameLines) {
        qsizetype lines = 0;
        for (std::size_t i = 0; detail != Detail::Keys && i < plan.capabilities.size() && i < schedule.capabilities.size(); ++i)
            if (schedule.capabilities[i].wave == wave)
                lines = std::max(lines, wrapText(qs(plan.capabilities[i].name), fm, o.cardWidth - d.padding * 2, kNameLines).size());
        measured.nameLines = lines;
    }
    const qsizetype nameLines = *measured.nameLines;
    d.nameLines = static_cast<int>(nameLines);
    sizes.cardHeight = d.padding * 2 + bm.height() + fm.height() * static_cast<double>(nameLines);
    sizes.stubHeight = d.padding * 2 + fm.height();
    o.layerSpacing = o.cardWidth + unitsPerPoint * (detail == Detail::Keys ? 16 : 20);
    o.columnSpacing = o.cardWidth + unitsPerPoint * (detail == Detail::Keys ? 22 : 28);
    if (grouped) {
        // As many lines as its text takes, wrapped at the card's width as it is drawn.
        const double width = o.cardWidth - d.padding * 2;
        sizes.groupHeight = [&plan, &measured, fm, width, padding = d.padding](const ExcerptItem &stub) {
            const auto known = measured.groupHeight.find(stub.layoutKey);
            if (known != measured.groupHeight.end())
                return known->second;
            const auto lines = static_cast<double>(std::max<qsizetype>(1, wrapText(groupText(plan, stub), fm, width).size()));
            const double height = padding * 2 + fm.height() * lines;
            measured.groupHeight.emplace(stub.layoutKey, height);
            return height;
        };
    }
    o.rowSpacing = unitsPerPoint * 6;
    o.bendHeight = unitsPerPoint * 2;
    o.bendSpacing = unitsPerPoint * 3;
    o.maxCardsPerLayer = cardsPerLayer;
    d.excerpt = waveExcerpt(plan, index, schedule, wave, sizes);
    const layout::MapLayout &l = d.excerpt.layout;
    QRectF bounds;
    for (const layout::LayoutNode &n : d.excerpt.input.nodes) {
        const auto at = l.position.find(n.key);
        if (at != l.position.end())
            bounds |= QRectF(at->second.first, at->second.second, l.cardWidth, n.height);
    }
    for (const layout::EdgeRoute &r : l.edges)
        for (const layout::Point &p : r.points)
            bounds |= QRectF(p.first, p.second, 0.01, 0.01);
    d.bounds = bounds;
    return d;
}

/// The arrowhead at `tip`, pointing along from -> tip.
void paintArrowhead(QPainter &p, QPointF from, QPointF tip, double size, const QColor &color)
{
    const QPointF along = tip - from;
    const double length = std::hypot(along.x(), along.y());
    if (length < 1e-6)
        return;
    const QPointF u = along / length;
    const QPointF n(-u.y(), u.x());
    QPolygonF head;
    head << tip << tip - u * size + n * size * 0.45 << tip - u * size - n * size * 0.45;
    p.setBrush(color);
    p.setPen(Qt::NoPen);
    p.drawPolygon(head);
}

void paint(QPainter &p, const Drawn &d, const Plan &plan, const Schedule &schedule, const ReportStyle &style,
           QPointF topLeft, double unitsPerPoint)
{
    const QColor &arrow = style.muted;
    const layout::MapLayout &l = d.excerpt.layout;
    const QFontMetricsF fm(d.font, p.device());
    const QFontMetricsF bm(d.bold, p.device());
    p.save();
    p.translate(topLeft + QPointF(-d.bounds.left(), d.labelHeight - d.bounds.top()));
    p.setRenderHint(QPainter::Antialiasing);

    // Column labels over the stubs and the cards.
    p.setFont(d.font);
    p.setPen(arrow);
    for (const auto &[column, text] : {std::pair{0, tr("Earlier waves")}, std::pair{1, waveName(plan, d.excerpt.wave)},
                                       std::pair{2, tr("Later waves")}}) {
        bool used = false;
        for (const layout::LayoutNode &n : d.excerpt.input.nodes)
            used = used || n.column == column;
        if (!used)
            continue;
        const double x = l.column(column).left;
        p.drawText(QRectF(x, d.bounds.top() - d.labelHeight, l.cardWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(text, Qt::ElideRight, l.cardWidth));
    }

    // Arrows under the cards.
    const double arrowhead = unitsPerPoint * 5;
    for (const layout::EdgeRoute &r : l.edges) {
        if (r.points.size() < 2)
            continue;
        QPainterPath path(QPointF(r.points.front().first, r.points.front().second));
        for (std::size_t i = 1; i < r.points.size(); ++i)
            path.lineTo(r.points[i].first, r.points[i].second);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(arrow, unitsPerPoint * 0.8));
        p.drawPath(path);
        const auto &a = r.points[r.points.size() - 2];
        const auto &b = r.points.back();
        paintArrowhead(p, QPointF(a.first, a.second), QPointF(b.first, b.second), arrowhead, arrow);
    }

    for (std::size_t i = 0; i < d.excerpt.items.size(); ++i) {
        const ExcerptItem &item = d.excerpt.items[i];
        const layout::LayoutNode &node = d.excerpt.input.nodes[i];
        const auto at = l.position.find(node.key);
        if (at == l.position.end())
            continue;
        const QRectF box(at->second.first, at->second.second, l.cardWidth, node.height);
        const QRectF inner = box.adjusted(d.padding, d.padding, -d.padding, -d.padding);
        if (item.role != ExcerptRole::Card) {
            p.setPen(QPen(kAdditiveEdge, unitsPerPoint * 0.6, Qt::DotLine));
            p.setBrush(kStubFill);
            p.drawRoundedRect(box, unitsPerPoint * 2, unitsPerPoint * 2);
            p.setFont(d.font);
            p.setPen(arrow);
            if (item.capability < 0) { // a wave's stub: its keys, wrapped
                double y = inner.top();
                for (const QString &line : wrapText(groupText(plan, item), fm, inner.width())) {
                    p.drawText(QRectF(inner.left(), y, inner.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter, line);
                    y += fm.height();
                }
                continue;
            }
            const QString text = tr("%1 (W%2)").arg(qs(plan.capabilities[static_cast<std::size_t>(item.capability)].key)).arg(item.wave);
            p.drawText(inner, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(text, Qt::ElideRight, inner.width()));
            continue;
        }
        const Capability &c = plan.capabilities[static_cast<std::size_t>(item.capability)];
        const bool foundational = c.kind == CapabilityKind::Foundational;
        const bool driving = schedule.capabilities[static_cast<std::size_t>(item.capability)].critical;
        QPen edge(driving ? style.critical : foundational ? kFoundationalEdge : kAdditiveEdge,
                  unitsPerPoint * (driving ? 1.6 : 0.9));
        if (!foundational)
            edge.setStyle(Qt::DashLine);
        p.setPen(edge);
        p.setBrush(foundational ? kFoundationalFill : QColor(Qt::white));
        p.drawRoundedRect(box, unitsPerPoint * 3, unitsPerPoint * 3);
        p.setFont(d.bold);
        p.setPen(style.text);
        const QString key = qs(c.key) + (driving ? QStringLiteral(" *") : QString());
        double keyWidth = inner.width();
        if (isMilestone(c)) {
            // A milestone: a diamond at the key line's right end, as on the roadmap.
            const double h = bm.height() * 0.35;
            const QPointF centre(inner.right() - h, inner.top() + bm.height() / 2);
            p.setPen(QPen(foundational ? kFoundationalEdge : kAdditiveEdge, unitsPerPoint * 0.6));
            p.setBrush(foundational ? kFoundationalEdge : QColor(Qt::white));
            p.drawPolygon(QPolygonF{{centre.x(), centre.y() - h},
                                    {centre.x() + h, centre.y()},
                                    {centre.x(), centre.y() + h},
                                    {centre.x() - h, centre.y()}});
            p.setPen(style.text);
            keyWidth -= 2 * h + bm.averageCharWidth() * 0.5;
        }
        p.drawText(QRectF(inner.left(), inner.top(), keyWidth, bm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   bm.elidedText(key, Qt::ElideRight, keyWidth));
        p.setFont(d.font);
        double y = inner.top() + bm.height();
        for (const QString &line : d.nameLines > 0 ? wrapText(qs(c.name), fm, inner.width(), d.nameLines) : QStringList()) {
            p.drawText(QRectF(inner.left(), y, inner.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter, line);
            y += fm.height();
        }
    }
    p.restore();
}

/// The most detail (down to `least`), then the largest text, that fits `room` (cards spread over
/// as few layers as will do); or none.
std::optional<Drawn> fitting(const Plan &plan, const PlanIndex &index, const Schedule &schedule, int wave, QPaintDevice *device, QSizeF room,
                             double unitsPerPoint, Detail least)
{
    // The widest key at 1 pt, in device units per point: it scales with the text size.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    QFont bold = font;
    bold.setBold(true);
    const double widest =
        widestKey(plan, index, schedule, wave, QFontMetricsF(font, device), QFontMetricsF(bold, device)) / (10 * unitsPerPoint);
    for (const Detail detail : {Detail::Full, Detail::Grouped, Detail::Keys}) {
        if (static_cast<int>(detail) > static_cast<int>(least))
            break;
        for (const double points : kPoints) {
            Measured measured;
            Drawn d = layOut(plan, index, schedule, wave, device, points, 0, detail, unitsPerPoint, widest, measured);
            const int cards = d.excerpt.cardCount();
            if (cards == 0)
                return d;
            // The cards alone, packed edge to edge, need more room than there is: no spreading
            // over layers can help at this size (a large wave is given up on in a few layouts).
            const layout::MapLayout &l = d.excerpt.layout;
            double cardArea = 0;
            for (std::size_t i = 0; i < d.excerpt.items.size(); ++i)
                if (d.excerpt.items[i].role == ExcerptRole::Card)
                    cardArea += l.cardWidth * d.excerpt.input.nodes[i].height;
            if (cardArea > room.width() * room.height())
                continue;
            // More layers, each holding fewer cards, while the drawing is too tall and still fits
            // across. Numbers of layers that hold as many cards each as the last give the same
            // drawing again: skipped.
            int lastPerLayer = 0;
            for (int layers = 2; d.size().height() > room.height() && d.size().width() <= room.width() && layers <= cards;
                 ++layers) {
                const int perLayer = (cards + layers - 1) / layers;
                if (perLayer == lastPerLayer)
                    continue;
                lastPerLayer = perLayer;
                d = layOut(plan, index, schedule, wave, device, points, perLayer, detail, unitsPerPoint, widest, measured);
            }
            if (d.size().width() <= room.width() && d.size().height() <= room.height())
                return d;
        }
    }
    return std::nullopt;
}

} // namespace

void writeWaveExcerpt(ReportPages &pages, const Plan &plan, const Schedule &schedule, int wave, double headingHeight,
                      const std::function<void()> &heading, double keepWith)
{
    const ReportStyle &style = pages.style();
    const QFontMetricsF bold = pages.metrics(style.bodyBold);
    const double captionHeight = headingHeight + bold.height() + pages.pt(6);
    const auto room = [&] {
        return QSizeF(pages.body().width(), pages.body().bottom() - pages.y() - captionHeight - pages.pt(4));
    };
    const double unit = pages.pt(1);
    const PlanIndex index(plan); // for every size tried
    // Below what is there only in full detail, smaller so that `keepWith` fits under it if it
    // can; else on a page of its own, in as much detail as fits.
    std::optional<Drawn> drawn;
    if (keepWith > 0 && room().height() > keepWith)
        drawn = fitting(plan, index, schedule, wave, pages.device(), room() - QSizeF(0, keepWith), unit, Detail::Full);
    if (!drawn)
        drawn = fitting(plan, index, schedule, wave, pages.device(), room(), unit, Detail::Full);
    if (!drawn) {
        // On a page of its own, in as much detail as fits there; a wave too large even for that
        // is named in a sentence where it is, so the page is not left part empty for nothing.
        const QSizeF fullPage(pages.body().width(), pages.body().height() - captionHeight - pages.pt(4));
        drawn = fitting(plan, index, schedule, wave, pages.device(), fullPage, unit, Detail::Keys);
        if (drawn && !pages.atTop())
            pages.newPage();
    }
    if (!drawn && pages.remaining() < headingHeight + pages.pt(110))
        pages.newPage(); // the sentence below, the title and the table's first rows together
    heading();
    if (drawn && drawn->excerpt.cardCount() == 0)
        return;
    if (!drawn) {
        const WaveExcerpt e = waveExcerpt(plan, index, schedule, wave);
        pages.paragraph(tr("%1 on the map: its %2 capabilities, with the %3 of other waves linked to them, are "
                           "too many to draw legibly on one page; the table says what each needs, and the app's map "
                           "shows them all.")
                            .arg(waveName(plan, wave))
                            .arg(e.cardCount())
                            .arg(e.items.size() - static_cast<std::size_t>(e.cardCount())),
                        style.small, style.muted);
        return;
    }
    pages.paragraph(tr("%1 on the map").arg(waveName(plan, wave)), style.bodyBold, style.text);
    pages.gap(2);
    if (QPainter *p = pages.painter())
        paint(*p, *drawn, plan, schedule, style, QPointF(pages.body().left(), pages.y()), unit);
    pages.advance(drawn->size().height());
    pages.gap(6);
}

} // namespace waveplan::ui::report
