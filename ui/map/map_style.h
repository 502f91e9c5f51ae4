#pragma once
/// @file map_style.h
/// Sizes and colours of the dependency map. Colours derive from a QPalette so the map follows
/// light and dark themes; kinds and highlights also differ by shape and line style, never by
/// colour alone.

#include <QColor>
#include <QPalette>

namespace waveplan::ui::map {

/// Geometry of the map in scene units (pixels at 100 % zoom).
struct MapGeometry {
    static constexpr double cardWidth = 220;
    static constexpr double cardHeight = 96;
    static constexpr double columnGap = 110;      ///< between the cards of adjacent wave columns
    static constexpr double layerGap = 70;        ///< between two layers of cards inside one wave
    static constexpr double rowGap = 30;          ///< least vertical gap between cards of a column
    static constexpr double bandPadding = 24;     ///< between a band's edge and its cards
    static constexpr double headerHeight = 64;    ///< wave header above the cards
    static constexpr double bendHeight = 14;      ///< room an arrow passing a column takes there
    static constexpr double bendGap = 4;          ///< least gap between two arrows passing side by side
    static constexpr double handleRadius = 8;     ///< the connect handle on a card's right edge

    /// Distance between the left edges of the last layer of a wave and the next wave's cards.
    static constexpr double columnPitch() { return cardWidth + columnGap; }
    /// Distance between the left edges of two layers of cards inside one wave (a wave holds a
    /// layer per step of a dependency chain inside it).
    static constexpr double layerPitch() { return cardWidth + layerGap; }
    /// Scene y of the top of the first card of a column.
    static constexpr double cardsTop() { return headerHeight + bandPadding; }
};

/// Colours of the map for one palette.
struct MapColors {
    QColor text;
    QColor mutedText;
    QColor cardFill;
    QColor foundationalAccent; ///< thick left bar and glyph of foundational cards
    QColor foundationalFill;
    QColor additiveAccent;     ///< "+" badge of additive cards
    QColor additiveFill;
    QColor outline;
    QColor selection;
    QColor criticalPath;
    QColor criticalChain;
    QColor moved;        ///< the wave pill of a card the last change moved to another wave
    QColor arrow;
    QColor bandFill;
    QColor bandAlternateFill;
    QColor bandHeaderText;

    /// Colours derived from `palette` (Base, Text, Highlight, Mid...): darker accents on a
    /// light palette, lighter ones on a dark one.
    [[nodiscard]] static MapColors fromPalette(const QPalette &palette);
    bool operator==(const MapColors &) const = default;
};

} // namespace waveplan::ui::map

#include <QFont>

namespace waveplan::ui::map {

/// Everything the map's items draw with, shared by all items of one scene (they keep a pointer).
struct MapStyle {
    MapColors colors;
    QFont font;      ///< names, owners
    QFont keyFont;   ///< bold key
    QFont smallFont; ///< kind label, lag labels
    QFont headerFont; ///< wave headers

    /// Fonts scaled from `base` and colours from `palette`.
    [[nodiscard]] static MapStyle make(const QFont &base, const QPalette &palette);
    bool operator==(const MapStyle &) const = default;
};

} // namespace waveplan::ui::map
