#pragma once
/// @file wave_excerpt_drawing.h
/// A wave's part of the dependency map on a report page (core/layout/wave_excerpt.h): the wave's
/// capabilities as cards (key and name; foundational filled, additive dashed, a capability on
/// the driving path with a red border and a star), grey stubs naming the capabilities of other
/// waves they depend on (left) and that depend on them (right), and the routed arrows. It says
/// as much as fits one page with text of 9 pt down to 7 pt, cards spread over more layers when
/// that helps: first a stub per linked capability; else a stub per other wave listing its keys;
/// else cards with their key only (the wave's table names them). A wave that still does not
/// fit is named in a sentence instead.
#include <functional>

namespace waveplan {
struct Plan;
struct Schedule;
} // namespace waveplan

namespace waveplan::ui::report {

class ReportPages;

/// Writes `heading` (which takes `headingHeight`) and wave `wave`'s part of the map below it:
/// on this page when both fit the room left with the map's text at 7 pt or more (leaving
/// `keepWith` below it when that can be done, for what should follow on the same page), else
/// at the top of the next page. A wave with no capability gets the heading alone.
void writeWaveExcerpt(ReportPages &pages, const Plan &plan, const Schedule &schedule, int wave, double headingHeight,
                      const std::function<void()> &heading, double keepWith = 0);

} // namespace waveplan::ui::report
