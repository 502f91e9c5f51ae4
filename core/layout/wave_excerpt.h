#pragma once
/// @file wave_excerpt.h
/// One wave's part of the dependency map, as the report prints it beside the wave's table: the
/// capabilities that start in the wave as cards, and a named stub for each capability of another
/// wave that one of them depends on (left of the cards) or that depends on one of them (right),
/// so the page says where every arrow comes from and goes to without drawing the whole map.
/// Laid out by layoutMap (routed arrows, no arrow through a card); the stubs of earlier waves
/// form the first column, the wave's cards the second (several layers when chains sit in the
/// wave), the stubs of later waves the third.

#include "core/layout/map_layout.h"
#include "core/model/plan.h"
#include "core/schedule/schedule.h"

#include <functional>
#include <string>
#include <vector>

namespace waveplan {

/// What an item of the excerpt is.
enum class ExcerptRole {
    Card,   ///< a capability that starts in the wave
    Before, ///< a stub: a capability of an earlier wave
    After,  ///< a stub: a capability of a later wave
};

struct ExcerptItem {
    /// Its key in the layout: the capability key; "<KEY" or ">KEY" for a stub; "<3" or ">5" for
    /// a stub standing for wave 3 or 5 (grouped stubs).
    std::string layoutKey;
    int capability = 0;    ///< index in the plan's capabilities (and the schedule's); -1 for a wave's stub
    ExcerptRole role = ExcerptRole::Card;
    int wave = 0;          ///< the wave the capability (or the stub's capabilities) starts in
    /// A wave's stub: the capabilities it stands for, in plan order.
    std::vector<int> capabilities;
};

/// Sizes of the excerpt's items, in layout units (the drawing's points at 100 %).
struct ExcerptSizes {
    double cardHeight = 1;
    double stubHeight = 0.6;
    /// One stub per other wave instead of one per capability, naming the wave's capabilities
    /// linked to the cards: a large wave's excerpt stays one page. Its height, given the stub
    /// (its wave and capabilities), as the drawing will wrap their keys:
    std::function<double(const ExcerptItem &stub)> groupHeight;
    /// Passed to layoutMap: spacing, card width, most cards per layer (0: one layer unless
    /// chains need more).
    layout::LayoutOptions layout;
};

struct WaveExcerpt {
    int wave = 0;
    /// The wave's cards in plan order, then the stubs before, then the stubs after (each in
    /// plan order). Every capability appears at most once per role.
    std::vector<ExcerptItem> items;
    /// The layout's input: a node per item, an edge per dependency with at least one end among
    /// the cards (and both ends in the excerpt), in plan order.
    layout::LayoutInput input;
    /// For each input edge: index of its (first, when grouped) dependency in plan.dependencies.
    std::vector<int> dependencyOf;
    layout::MapLayout layout;

    [[nodiscard]] int cardCount() const;
    /// The item laid out under `layoutKey`, or null.
    [[nodiscard]] const ExcerptItem *item(const std::string &layoutKey) const;
};

/// The part of the map of `wave` (1-based) in `schedule` of `plan`. Empty (no items) when no
/// capability starts in the wave or the plan has no schedule. With `sizes.groupHeight`, a stub
/// per other wave, and one edge per card and stub however many dependencies join them.
[[nodiscard]] WaveExcerpt waveExcerpt(const Plan &plan, const Schedule &schedule, int wave,
                                      const ExcerptSizes &sizes = {});
/// The same with an index of `plan` the caller keeps: a report tries many sizes of each wave's
/// excerpt, and indexing 10,000 capabilities for each try was most of the time.
[[nodiscard]] WaveExcerpt waveExcerpt(const Plan &plan, const PlanIndex &index, const Schedule &schedule, int wave,
                                      const ExcerptSizes &sizes = {});

} // namespace waveplan
