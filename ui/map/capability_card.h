#pragma once
/// @file capability_card.h
/// One capability on the dependency map: key, name, owner, duration and wave on a card whose
/// shape tells its kind (foundational: square card with a thick left bar and a FOUNDATION label;
/// additive: rounded card with a "+" badge). The texts are laid out once per change, not per
/// paint, and on screen the card is kept as a picture at the view's zoom, drawn again only when
/// something on it changes (not when it moves: a relayout moves every card). Zoomed out (a large map fitted
/// to the screen), the card shows its key alone, as large as the card allows, and its kind by
/// its shape.

#include "core/model/capability.h"

#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QPixmapCache>
#include <QStaticText>
#include <QString>

namespace waveplan::ui::map {

class CardLayer;
class DependencyArrow;
struct MapStyle;

class CapabilityCard : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };

    /// `style` belongs to the scene and outlives the card.
    CapabilityCard(const QString &key, const MapStyle *style);
    ~CapabilityCard() override;
    CapabilityCard(const CapabilityCard &) = delete;
    CapabilityCard &operator=(const CapabilityCard &) = delete;

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] const QString &key() const { return m_key; }

    /// Takes the capability's key, texts and kind; counts as one sync (see syncCount).
    void setCapability(const Capability &capability);
    /// The internal id of the capability shown (see core/model/ids.h): what the scene follows
    /// through a rename.
    [[nodiscard]] CapabilityId capabilityId() const { return m_capability.id; }
    /// How often setCapability was called: lets tests check an edit touched only its card.
    [[nodiscard]] int syncCount() const { return m_syncCount; }
    /// How often the card's picture on screen was drawn: lets tests check that a move keeps it.
    [[nodiscard]] int pictureDraws() const { return m_picture.draws; }
    /// Bytes of the small pictures all cards keep themselves (the rest are in QPixmapCache);
    /// never more than a budget of 32 MB.
    [[nodiscard]] static qsizetype keptPictureBytes();
    [[nodiscard]] CapabilityKind kind() const { return m_kind; }
    [[nodiscard]] QString name() const { return m_name; }

    /// The 1-based scheduled wave shown as "W2".
    void setWave(int wave);
    [[nodiscard]] int wave() const { return m_wave; }
    /// The wave it was in before the last change moved it (its pill reads "W2→W3" on amber),
    /// or 0 when the last change did not move it to another wave.
    void setMovedFrom(int wave);
    [[nodiscard]] int movedFrom() const { return m_movedFrom; }
    /// Done by the plan's as-of date: a tick before the key ("✓ GOV") and a washed-out body.
    void setDone(bool done);
    [[nodiscard]] bool isDone() const { return m_done; }
    /// The key as the card writes it.
    [[nodiscard]] QString shownKey() const;
    /// The key as a zoomed-out (compact) card shows it: ticked when done, like shownKey().
    [[nodiscard]] QString compactLabel() const;

    /// Draws the critical path mark (thick solid red outline) and/or the critical chain mark
    /// (dashed violet outline further out).
    void setCriticalMarks(bool criticalPath, bool criticalChain);
    [[nodiscard]] bool criticalPathMarked() const { return m_criticalPath; }
    [[nodiscard]] bool criticalChainMarked() const { return m_criticalChain; }

    /// Marks the card as the would-be successor while connecting.
    void setConnectTarget(bool target);

    /// True when `itemPos` (item coordinates) is on the connect handle on the right edge.
    [[nodiscard]] bool handleContains(const QPointF &itemPos) const;
    /// Scene point where outgoing arrows start (right middle) and incoming ones end (left middle).
    /// True when a card drawn at `scale` (view zoom, 1 = 100 %) shows its key alone.
    [[nodiscard]] static bool compactAt(double scale);
    /// The font of the key on a compact card: as large as the card's text area allows.
    [[nodiscard]] QFont compactKeyFont(const QString &label) const;

    [[nodiscard]] QPointF outPoint() const;
    [[nodiscard]] QPointF inPoint() const;
    /// The card's body in scene coordinates (without outlines and handle).
    [[nodiscard]] QRectF sceneCardRect() const;

    /// Arrows that start or end here; they follow the card when it moves.
    void attach(DependencyArrow *arrow) { m_arrows.append(arrow); }
    void detach(DependencyArrow *arrow) { m_arrows.removeOne(arrow); }
    [[nodiscard]] const QList<DependencyArrow *> &arrows() const { return m_arrows; }
    /// With false, moving the card leaves its arrows as they are (the scene reroutes them all
    /// at once after a layout).
    void setArrowsFollow(bool follow) { m_arrowsFollow = follow; }

    /// Takes the capability's texts again (after a change or a new style): they are laid out
    /// when next drawn large enough to read, or asked for.
    void refreshTexts();

    /// Leaves its paint on screen to `layer` wherever the layer pastes it (see card_layer.h;
    /// null: always paints itself). The layer must outlive the card or be set back to null.
    void setLayer(CardLayer *layer);
    /// The layer pastes this card in the view showing it: the card is left out of the paint
    /// (ItemHasNoContents). Set by the layer as it paints, just before the card is reached, so it
    /// asks for no repaint.
    void setLeftToLayer(bool leftToLayer);
    [[nodiscard]] bool leftToLayer() const { return m_leftToLayer; }
    /// True when cards drawn by `painter` are pasted as pictures: on screen, zoomed and scrolled
    /// but not turned (a PDF, an SVG or an image of the map gets them drawn).
    [[nodiscard]] static bool pastedAsPictures(const QPainter *painter);
    /// Left out of the paint, Qt repaints nothing for the card: the scene repaints where it lies
    /// (when it is shown, or `evenHidden`: it was just hidden). Nothing when it is not left out.
    void repaintArea(bool evenHidden = false);
    /// Pastes the card as it shows on screen into `painter`, whose world transform must be the
    /// identity: `world` is the card's own (item to device pixels, scaled and moved only) and
    /// `ratio` the screen's device pixel ratio. What the layer does for each card.
    void pasteInto(QPainter *painter, const QTransform &world, double ratio);

    [[nodiscard]] QRectF boundingRect() const override;
    [[nodiscard]] QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    /// Something drawn on the card changed: its picture is drawn again at the next paint.
    void redrawPicture();
    /// Pastes the card's picture (drawn first if it is stale, or was for another zoom); false
    /// where the card is drawn directly instead (not on screen, turned, or very large).
    bool paintPicture(QPainter *painter);
    /// paintPicture with the painter's world transform already the identity and the card's
    /// given; false (nothing drawn) when the picture would be too large.
    bool pastePicture(QPainter *painter, const QTransform &world, double ratio);
    /// Lets the kept picture go (from the card or the cache).
    void dropPicture();
    /// The card itself, in item coordinates.
    void paintCard(QPainter *painter) const;
    /// The wave pill and the tooltip again (a new wave or move, the rest unchanged): a third of
    /// a map's sync after an edit moved cards between waves when every text was laid out again.
    void refreshWaveTexts();
    /// Lays the texts out (elided, wrapped, shaped) when they changed since they last were.
    /// Deferred until needed: a large map fitted to the window draws no text at all, and laying
    /// out 10,000 cards' texts was two thirds of building its scene.
    void ensureTexts() const;
    void layOutTexts() const;
    void layOutWaveText() const;
    void paintMarks(QPainter *painter, const QRectF &body) const;
    /// `kindLabel`: FOUNDATION up the bar is large enough on screen to be read.
    void paintBody(QPainter *painter, const QRectF &body, bool kindLabel) const;
    void paintMilestoneBadge(QPainter *painter, QPointF badge) const;
    void paintTexts(QPainter *painter) const;
    void paintHandle(QPainter *painter) const;
    [[nodiscard]] double textLeft() const;
    /// Where a compact card writes its key (item coordinates).
    [[nodiscard]] QRectF compactKeyArea() const;

    QString m_key;
    const MapStyle *m_style;
    Capability m_capability;
    QString m_name;
    CapabilityKind m_kind = CapabilityKind::Foundational;
    int m_wave = 1;
    int m_movedFrom = 0;
    bool m_done = false;
    int m_syncCount = 0;
    bool m_criticalPath = false;
    bool m_criticalChain = false;
    bool m_connectTarget = false;
    bool m_handleHovered = false;
    bool m_arrowsFollow = true;
    QList<DependencyArrow *> m_arrows;
    CardLayer *m_layer = nullptr;
    bool m_leftToLayer = false;

    bool m_ownerMissing = false;
    bool m_milestone = false; ///< 0 days: a diamond badge and "milestone" for the duration
    double m_keyLineHeight = 0;   ///< one line of the key font, as laid-out text measures it
    double m_smallLineHeight = 0; ///< the same for the small font (FOUNDATION up the bar)
    // Texts laid out once per change, when first needed (ensureTexts).
    mutable bool m_textsStale = true;
    mutable QStaticText m_keyText;
    mutable QStaticText m_kindText;
    mutable QList<QStaticText> m_nameLines;
    mutable QStaticText m_ownerText;
    mutable QFont m_ownerFont;
    mutable QStaticText m_durationText;
    mutable QStaticText m_waveText;
    mutable QFont m_compactKeyFont; ///< compactKeyFont() for the label m_compactKeyFor (the key, ticked when done)
    mutable QString m_compactKeyFor;
    /// The card as last drawn on screen: kept by the card when small (`kept`), else in
    /// QPixmapCache (which may let it go) under `key`. Its pixels do not depend on where the
    /// card is, only on the zoom and the screen's ratio.
    struct Picture {
        QPixmapCache::Key key;
        QPixmap kept;
        qsizetype keptBytes = 0;
        double scaleX = 0;
        double scaleY = 0;
        double ratio = 0;
        bool stale = true;
        int draws = 0;
    };
    Picture m_picture;
};

} // namespace waveplan::ui::map
