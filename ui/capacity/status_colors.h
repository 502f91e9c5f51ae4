#pragma once
/// @file status_colors.h
/// The warning colours of the capacity and next-90-days views, derived from a QPalette so they
/// read in light and dark themes. Every warning also carries a text marker ("OVER", "!"), so
/// colour is never the only signal.

#include <QColor>
#include <QPalette>

namespace waveplan::ui::capacity {

struct StatusColors {
    QColor overFill;  ///< strong: over capacity or over the go-live limit
    QColor overText;
    QColor nearFill;  ///< second warning: near full (85 % or more) or at the go-live limit
    QColor nearText;
    QColor flagFill;  ///< a gentle tint for one flagged cell (no owner, low readiness)
    QColor flagText;
    QColor bar;       ///< the load bar of a cell without warning
    QColor barTrack;

    /// Colours for `palette`: brighter fills on a dark palette, each with a readable text colour.
    [[nodiscard]] static StatusColors fromPalette(const QPalette &palette);
};

} // namespace waveplan::ui::capacity
