#pragma once
/// @file map_layout.h
/// Automatic layout of the dependency map: waves as columns, capabilities as cards, dependencies
/// as arrows. A Sugiyama-style layered layout: each capability stays in the column it is given
/// (its wave), long arrows are split by invisible "dummy" points in the columns they pass, the
/// order inside each column is chosen to keep arrows crossing as little as possible, and then
/// vertical positions are chosen to keep arrows short and straight.
///
/// The layout is stable from edit to edit: given the previous layout, it starts from the
/// previous order and only changes a column when that strictly reduces crossings. It is
/// deterministic: the same input gives the same layout, whatever order the nodes and edges
/// are listed in (ties are broken by key, never by container iteration order).

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
/// Edges naming an unknown key, self loops and edges between two cards of the same column are
/// not laid out (they get no bends and count no crossings). An edge whose `from` is in a later
/// column than its `to` (a back edge) is laid out like the reversed edge: it passes the same
/// columns and its straight segments cross the same arrows, whichever way its head points.
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

/// The route of one arrow through the columns between its two cards.
struct EdgeRoute {
    std::string from; ///< as in the input edge
    std::string to;
    /// One point (x, y) per column strictly between the two cards' columns, listed from `from`
    /// towards `to`; the arrow is drawn as a polyline through them. Empty for an arrow between
    /// adjacent columns and for an edge that is not laid out.
    std::vector<std::pair<double, double>> bends;
};

/// The result of layoutMap.
struct MapLayout {
    /// Order of each capability within its column: 0 at the top, consecutive.
    std::map<std::string, int> rowOf;
    /// Column of each capability, as given in the input.
    std::map<std::string, int> columnOf;
    /// Top-left corner (x, y) of each card in layout units: x = column * columnSpacing; the
    /// card spans y .. y + height. Cards of one column are at least rowSpacing apart and their
    /// y follows rowOf. The map starts at y = 0: no card or arrow bend (with its bendHeight)
    /// lies above it.
    std::map<std::string, std::pair<double, double>> position;
    /// One route per input edge, in input order.
    std::vector<EdgeRoute> edges;
    /// Arrow crossings of this layout (see countCrossings).
    int crossings = 0;
    /// Crossings of the order the sweeps started from (the previous layout's order with the new
    /// cards inserted, or the depth-first order without one). Never less than `crossings`.
    int initialCrossings = 0;
};

/// Which rule sorts a column by the positions of its neighbours in the adjacent column.
enum class OrderingHeuristic {
    Barycenter, ///< mean position of the neighbours
    Median,     ///< weighted median position of the neighbours (Gansner et al.)
};

/// Tuning of layoutMap. The defaults suit cards of height 1.
struct LayoutOptions {
    double columnSpacing = 4;   ///< x distance between adjacent columns
    double rowSpacing = 0.5;    ///< least vertical gap between two items of a column (at least 0.001)
    double bendHeight = 0;      ///< vertical room an arrow passing a column takes there
    int sweeps = 16;            ///< most down+up ordering sweeps when there is no previous layout
    int polishRounds = 50;      ///< most polishing rounds (improving swaps and sweeps) at the end
    int alignmentPasses = 4;    ///< down+up passes that straighten arrows when placing cards
    OrderingHeuristic heuristic = OrderingHeuristic::Barycenter;
    bool transpose = true;      ///< try swapping neighbours in a column after each sweep
    /// With a previous layout, a column is only reordered when that removes more than this many
    /// crossings per card it takes out of its previous order (0: any strict gain will do).
    double stability = 1;
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

/// Straight-line crossings of `layout` between adjacent columns: arrows spanning several
/// columns are split at each column they pass, at their bend there (from `layout.edges`, or
/// on the straight line between the two cards when the layout has no bends for that edge).
/// Cards are ordered within a column by their middle, y + height / 2 (by rowOf when a card has
/// no position). Counts each pair of crossing segments once; segments sharing an end never cross.
/// Cards missing from the layout and edges that are not laid out (see LayoutEdge) are ignored.
[[nodiscard]] int countCrossings(const LayoutInput &input, const MapLayout &layout);

} // namespace waveplan::layout
