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
namespace waveplan {
struct Plan;
struct Schedule;
} // namespace waveplan

namespace waveplan::ui::report {

class ReportPages;

/// Writes wave `wave`'s part of the map below y(): on this page when it fits the room left at
/// 7 pt or more, else at the top of the next page. Nothing when no capability starts in it.
void writeWaveExcerpt(ReportPages &pages, const Plan &plan, const Schedule &schedule, int wave);

} // namespace waveplan::ui::report
