#pragma once
/// @file wave_band.h
/// The background band of one wave column on the map, with its header ("Wave 2", and the
/// dates it covers). Drawn behind cards and arrows; it takes no mouse buttons, so a press on it
/// counts as a press on empty space (rubber band, double-click to add).

#include <QFont>
#include <QGraphicsItem>
#include <QStaticText>

#include <utility>

namespace waveplan::ui::map {

struct MapStyle;

class WaveBand : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };

    WaveBand(int wave, const MapStyle *style);

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] int wave() const { return m_wave; }

    /// Sets the header: the title ("Wave 2") and the dates under it.
    void setTexts(const QString &title, const QString &dates);
    [[nodiscard]] QString title() const { return m_title.text(); }
    [[nodiscard]] QString dates() const { return m_dates.text(); }
    /// Marks a wave past the plan's horizon.
    void setBeyondHorizon(bool beyond);
    [[nodiscard]] bool isBeyondHorizon() const { return m_beyondHorizon; }
    /// The band's rectangle in scene coordinates.
    void setRect(const QRectF &rect);
    [[nodiscard]] QRectF rect() const { return m_rect; }

    [[nodiscard]] QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int m_wave;
    const MapStyle *m_style;
    QRectF m_rect;
    QStaticText m_title;
    QStaticText m_dates;
    std::pair<QFont, QFont> m_preparedFonts; ///< the header's and dates' fonts the texts were laid out in
    bool m_beyondHorizon = false;
};

} // namespace waveplan::ui::map
