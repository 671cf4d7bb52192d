#include "layer_groups.hpp"

#include <algorithm>

namespace polis {
namespace {

/// Index of the top layer of `group`, or layers.size() when the group has none.
std::size_t topOf(const std::vector<MapLayer>& layers, const std::string& group)
{
    for (std::size_t i = layers.size(); i-- > 0;) {
        if (layers[i].group == group)
            return i;
    }
    return layers.size();
}

} // namespace

void gatherGroups(std::vector<MapLayer>& layers)
{
    std::vector<MapLayer> topFirst;
    topFirst.reserve(layers.size());
    std::vector<bool> taken(layers.size(), false);
    for (std::size_t i = layers.size(); i-- > 0;) {
        if (taken[i])
            continue;
        const std::string group = layers[i].group;
        for (std::size_t j = i + 1; j-- > 0;) { // the layer, then (in a group) the group's layers below it
            if (j == i || (!group.empty() && !taken[j] && layers[j].group == group)) {
                taken[j] = true;
                topFirst.push_back(std::move(layers[j]));
            }
        }
    }
    std::reverse(topFirst.begin(), topFirst.end());
    layers = std::move(topFirst);
}

void moveLayer(std::vector<MapLayer>& layers, std::size_t from, std::size_t to, const std::string& group)
{
    if (from >= layers.size() || to >= layers.size())
        return;
    MapLayer moved = std::move(layers[from]);
    layers.erase(layers.begin() + std::ptrdiff_t(from));
    moved.group = group;
    layers.insert(layers.begin() + std::ptrdiff_t(to), std::move(moved));
    gatherGroups(layers);
}

void setLayerGroup(std::vector<MapLayer>& layers, std::size_t index, const std::string& group)
{
    if (index >= layers.size() || layers[index].group == group)
        return;
    const std::string old = layers[index].group;
    MapLayer layer = std::move(layers[index]);
    layers.erase(layers.begin() + std::ptrdiff_t(index));
    // Next to the group it joins, or just above the one it leaves: never inside another group.
    const std::size_t top = topOf(layers, group.empty() ? old : group);
    const std::size_t at = top < layers.size() ? top + 1 : index;
    layer.group = group;
    layers.insert(layers.begin() + std::ptrdiff_t(at), std::move(layer));
    gatherGroups(layers);
}

void renameGroup(std::vector<MapLayer>& layers, const std::string& from, const std::string& to)
{
    if (from.empty() || from == to)
        return;
    for (MapLayer& layer : layers) {
        if (layer.group == from)
            layer.group = to;
    }
    gatherGroups(layers);
}

void ungroup(std::vector<MapLayer>& layers, const std::string& group)
{
    renameGroup(layers, group, std::string());
}

void setGroupVisible(std::vector<MapLayer>& layers, const std::string& group, bool visible)
{
    for (MapLayer& layer : layers) {
        if (!group.empty() && layer.group == group)
            layer.visible = visible;
    }
}

} // namespace polis
