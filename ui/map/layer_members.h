#pragma once
/// @file layer_members.h
/// What the map's two layers (arrow_layer.h, card_layer.h) share: the items they draw, each
/// with the count of items added before it, so that the layer draws them in the order Qt stacks
/// items of one z (the order they came).

#include <QHash>

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace waveplan::ui::map {

/// The items of `added` (item -> how many came before it) in the order they came.
template <typename Item>
[[nodiscard]] std::vector<Item *> inOrderAdded(const QHash<Item *, std::uint64_t> &added)
{
    std::vector<std::pair<std::uint64_t, Item *>> ordered;
    ordered.reserve(static_cast<std::size_t>(added.size()));
    for (auto it = added.cbegin(); it != added.cend(); ++it)
        ordered.emplace_back(it.value(), it.key());
    std::sort(ordered.begin(), ordered.end());
    std::vector<Item *> items;
    items.reserve(ordered.size());
    for (const auto &[order, item] : ordered)
        items.push_back(item);
    return items;
}

} // namespace waveplan::ui::map
