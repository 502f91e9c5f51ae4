#pragma once
/// @file map_layout.h
/// Automatic layout of the dependency map: waves as columns, capabilities as cards, dependencies
/// as arrows. A Sugiyama-style layered layout: each capability stays in the column it is given
/// (its wave). A column holds one layer of cards, or several when dependencies join cards of the
/// same column: a card then sits right of its predecessors in that column, so every arrow runs
/// left to right, and the other cards of the column are spread over its layers. Long arrows
/// are split by invisible "dummy" points in the layers they pass, the order inside each layer
/// is chosen to keep arrows crossing as little as possible, and then vertical positions are
/// chosen to keep arrows short and straight.
///
/// Every laid-out arrow gets a route (EdgeRoute::points): it leaves its card at the side facing
/// the other card, crosses the free gap between two layers, runs level through each layer it
/// passes in the room kept for it there, and ends on the other card's facing side. No route
/// passes through a card that is not one of its two ends, whatever the input.
///
/// The layout is stable from edit to edit: given the previous layout, it starts from the
/// previous order and only changes a column when that strictly reduces crossings. It is
/// deterministic: the same input gives the same layout, whatever order the nodes and edges
/// are listed in (ties are broken by key, never by container iteration order).

#include <atomic>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace waveplan::layout {

/// One card on the map.
struct LayoutNode {
    std::string key;  ///< the capability key; unique (later duplicates are ignored)
    int column = 0;   ///< 0-based column, i.e. scheduled wave - 1; any integer is accepted
    double height = 1; ///< card height in layout units (negative counts as 0)
};

/// One arrow: a dependency from the capability `from` to the capability `to`.
/// Edges naming an unknown key and self loops are not laid out (they get no route and count no
/// crossings), nor is an edge of a cycle inside one column that ends up joining two cards of the
/// same layer. An edge whose `from` is in a later layer than its `to` (a back edge) is laid out
/// like the reversed edge: it passes the same layers and its straight segments cross the same
/// arrows, whichever way its head points.
struct LayoutEdge {
    std::string from;
    std::string to;
};

struct MapLayout;

/// What to lay out. `previous`, when given, is the layout shown before the edit; it must outlive
/// the call and is only read.
struct LayoutInput {
    std::vector<LayoutNode> nodes;
    std::vector<LayoutEdge> edges;
    const MapLayout *previous = nullptr; ///< for stability: keep this order where it is good
};

/// A point of the map in layout units: x to the right, y down.
using Point = std::pair<double, double>;

/// The route of one arrow through the layers between its two cards.
struct EdgeRoute {
    std::string from; ///< as in the input edge
    std::string to;
    /// One point per layer strictly between the two cards' layers, listed from `from` towards
    /// `to`: x is the left edge of the layer's cards, y the middle of the room kept for the
    /// arrow there. Empty for an arrow between adjacent layers and for an edge not laid out.
    std::vector<Point> bends;
    /// The whole route as a polyline, from `from` to `to`: the middle of the side of `from`
    /// that faces `to` (its right side, or its left for a back edge), then for each bend the two
    /// ends of its level run across the layer, then the middle of the facing side of `to`.
    /// Segments 0-1, 2-3, ... cross the empty gap between two layers; segments 1-2, 3-4, ...
    /// are level runs through a layer. Empty for an edge that is not laid out.
    std::vector<Point> points;
};

/// Where one column sits: its left edge and how many layers of cards it holds.
struct ColumnSpan {
    double left = 0; ///< x of the left edge of the cards of its first layer
    int layers = 1;  ///< at least 1
};

/// The result of layoutMap.
struct MapLayout {
    /// Order of each capability within its layer (its column and layerOf): 0 at the top,
    /// consecutive.
    std::map<std::string, int> rowOf;
    /// Column of each capability, as given in the input.
    std::map<std::string, int> columnOf;
    /// Layer of each capability within its column: 0 for the leftmost. A card sits right of
    /// its predecessors in the same column and left of its successors there; the column has
    /// as many layers as its longest chain, and cards free to sit in several layers are spread
    /// over them (keeping the layer they had in the previous layout where they can).
    std::map<std::string, int> layerOf;
    /// Top-left corner (x, y) of each card in layout units: x = column(c).left + layerOf *
    /// layerSpacing; the card spans y .. y + height. Cards of one layer are at least rowSpacing
    /// apart and their y follows rowOf. The map starts at y = 0: no card or arrow bend (with its
    /// bendHeight) lies above it.
    std::map<std::string, Point> position;
    /// Every column from the first card's to the last card's. Without cards, empty.
    std::map<int, ColumnSpan> columns;
    double columnSpacing = 4; ///< as laid out (LayoutOptions)
    double layerSpacing = 3;
    double cardWidth = 2;
    /// One route per input edge, in input order.
    std::vector<EdgeRoute> edges;
    /// Arrow crossings of this layout (see countCrossings); 0 when LayoutOptions::countCrossings
    /// was off.
    int crossings = 0;
    /// True for a layout made by layoutMap: its order was polished as far as the options allowed.
    /// Laid out again with this one as `previous`, only the layers an edit changed and their
    /// neighbours are polished; the rest keeps its order and costs nothing. False for
    /// a layout built or reordered by other means: the next layout then polishes every layer.
    bool polished = false;
    /// Crossings of the order the sweeps started from (the previous layout's order with the new
    /// cards inserted, or the depth-first order without one). Never less than `crossings`; 0
    /// when LayoutOptions::countCrossings was off.
    int initialCrossings = 0;

    /// Where column `c` sits, also for a column left or right of every card (one layer each,
    /// columnSpacing apart): c * columnSpacing plus layerSpacing for every extra layer of the
    /// columns before it.
    [[nodiscard]] ColumnSpan column(int c) const;
    /// The x extent of column `c` in the map: from its left edge to its last layer's left edge
    /// plus columnSpacing (so adjacent columns tile the map without gaps or overlaps).
    [[nodiscard]] std::pair<double, double> columnExtent(int c) const;
};

/// Which rule sorts a column by the positions of its neighbours in the adjacent column.
enum class OrderingHeuristic {
    Barycenter, ///< mean position of the neighbours
    Median,     ///< weighted median position of the neighbours (Gansner et al.)
};

/// Tuning of layoutMap. The defaults suit cards of height 1.
struct LayoutOptions {
    double columnSpacing = 4;   ///< x distance between the last layer of a column and the next column
    double layerSpacing = 3;    ///< x distance between two layers of one column (at least cardWidth)
    double cardWidth = 2;       ///< card width, less than both spacings
    double rowSpacing = 0.5;    ///< least vertical gap between two items of a column (at least 0.001)
    double bendHeight = 0;      ///< vertical room an arrow passing a column takes there
    /// Least vertical gap between two arrows passing a layer side by side (negative: rowSpacing;
    /// next to a card the gap is always rowSpacing).
    double bendSpacing = -1;
    /// When > 0, a column with more cards than this gets more layers, enough to hold its cards
    /// at this many per layer, and the cards free to move are spread over them: a wave of many
    /// unrelated capabilities becomes several side-by-side columns instead of one tall one.
    int maxCardsPerLayer = 0;
    int sweeps = 16;            ///< most down+up ordering sweeps when there is no previous layout
    int polishRounds = 50;      ///< most polishing rounds (improving swaps and sweeps) at the end
    int alignmentPasses = 4;    ///< down+up passes that straighten arrows when placing cards
    OrderingHeuristic heuristic = OrderingHeuristic::Barycenter;
    bool transpose = true;      ///< try swapping neighbours in a column after each sweep
    /// With a previous layout, a column is only reordered when that removes more than this many
    /// crossings per card it takes out of its previous order (0: any strict gain will do).
    double stability = 1;
    /// When set and it becomes true (from another thread), the ordering stops at its next step
    /// and layoutMap returns at once with a layout that is complete and valid but less tidy (a
    /// layout in the background that is no longer wanted). Must outlive the call.
    const std::atomic<bool> *cancel = nullptr;
    /// Fill MapLayout::crossings and initialCrossings: two counts of every pair of adjacent
    /// layers, a tenth of a relayout after an edit, for what only benchmarks and tests read.
    bool countCrossings = true;
};

/// Lays out the map: orders each column to reduce arrow crossings, then places cards and bends.
///
/// Without `input.previous`: starts from a depth-first order along the dependencies, runs up to
/// `options.sweeps` free sweeps (keeping the best order seen), then polishes. With
/// `input.previous`: starts from the previous order (cards and arrow bends that still exist,
/// in the same column, keep their relative order; new ones go to the barycenter of their
/// neighbours), moves each new one to the place in its column where it crosses the fewest
/// arrows, and polishes. Polishing swaps two neighbours in a column when that
/// removes crossings, and reorders a whole column only when that removes crossings (with a
/// previous layout: more than `options.stability` per card moved), until nothing improves,
/// so laying out again with the result as `previous` and no change returns the same layout
/// (unless `options.polishRounds` ran out first).
[[nodiscard]] MapLayout layoutMap(const LayoutInput &input, const LayoutOptions &options = {});

/// The capability `from` is now called `to` (a rename, its undo or redo): its row, column,
/// position and arrow routes follow the new key, so the next layout, given this one as
/// `previous`, keeps the card where it was. Nothing happens when `from` is not laid out or
/// `to` already is.
void renameNode(MapLayout &layout, const std::string &from, const std::string &to);

/// Straight-line crossings of `layout` between adjacent layers: arrows spanning several
/// layers are split at each layer they pass, at their bend there (from `layout.edges`, or
/// on the straight line between the two cards when the layout has no bends for that edge).
/// Cards are ordered within a layer by their middle, y + height / 2 (by rowOf when a card has
/// no position). The layers are the layout's layerOf (when it has none, computed from the
/// input alone: no previous layout, no maxCardsPerLayer). Counts each pair of crossing
/// segments once; segments sharing an end never cross.
/// Cards missing from the layout and edges that are not laid out (see LayoutEdge) are ignored.
[[nodiscard]] int countCrossings(const LayoutInput &input, const MapLayout &layout);

/// A route segment that passes through a card that is not one of the route's two ends.
struct RouteCollision {
    std::size_t edge = 0;  ///< index into LayoutInput::edges and MapLayout::edges
    std::size_t segment = 0; ///< the segment from points[segment] to points[segment + 1]
    std::string card;      ///< the card it passes through
};

/// Every route segment of `layout` that enters the inside of a card (its rectangle, cardWidth
/// wide and its input height tall, shrunk by a hair so touching an edge does not count) other
/// than the two cards the route joins. layoutMap's routes never give any; the tests and the
/// layout benchmark check that. O(segments x cards).
[[nodiscard]] std::vector<RouteCollision> routeCollisions(const LayoutInput &input, const MapLayout &layout);

} // namespace waveplan::layout
