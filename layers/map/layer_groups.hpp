#pragma once
#include "map_content.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace polis {

// Layers-panel groups: a group is the set of layers with the same MapLayer::group name, kept adjacent in the
// drawing order so that the panel shows each group as one block. Every function takes the layers bottom to
// top (MapContent::layers) and leaves each group's layers adjacent. Indices out of range change nothing.

/// Makes each group's layers adjacent: they gather at the place of the group's top layer, keeping their
/// order.
void gatherGroups(std::vector<MapLayer>& layers);

/// Moves layer `from` to index `to` (of the result) and makes it a member of `group` ("" = none).
void moveLayer(std::vector<MapLayer>& layers, std::size_t from, std::size_t to, const std::string& group);

/// Puts layer `index` into `group`: into an existing group it moves just above the group's top layer; a new
/// group starts where the layer is. "" takes it out of its group (it moves just above the group's layers).
void setLayerGroup(std::vector<MapLayer>& layers, std::size_t index, const std::string& group);

/// Renames group `from` to `to`; when `to` exists already, the two groups become one.
void renameGroup(std::vector<MapLayer>& layers, const std::string& from, const std::string& to);

/// The layers of `group` leave it (they stay where they are).
void ungroup(std::vector<MapLayer>& layers, const std::string& group);

/// Shows or hides every layer of `group`.
void setGroupVisible(std::vector<MapLayer>& layers, const std::string& group, bool visible);

} // namespace polis
