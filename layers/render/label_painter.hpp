#pragma once
#include "layer_painter.hpp"

namespace polis::detail {

/// Places and draws the labels of every visible vector layer of a frame, on top of all layers.
///
/// Labels are placed once per frame, in frame coordinates, by a final pass over the whole frame on the
/// calling thread after the tiles are painted (not per tile): a label is never cut at a tile edge nor
/// drawn twice by two tiles, and collision avoidance sees every label of the frame. `target.pixels` is not
/// used: the pass paints with QPainter, so the same code labels PNG, PDF and SVG output.
///
/// Placement: at a point feature, to the right of its marker; at a line, the point halfway along its first
/// part; at a polygon, the centre of its box when that is inside the polygon, else its first vertex. Lines
/// and polygons smaller than a pixel get no label (level of detail). Greedy collision avoidance: layers
/// from the top, features in index order; a label whose box (with halo) overlaps a label already placed
/// is skipped. The halo is the text drawn in the halo colour at eight offsets of the halo width around it.
/// Cost: a text is shaped once a frame per value and only when a lower bound of its width leaves its box
/// clear of the labels already placed (most candidates of a dense frame are rejected before that).
/// Stops when `cancel` is set.
void paintLabels(const PaintTarget& target, const std::vector<MapLayer>& layers, const std::atomic<bool>* cancel);

} // namespace polis::detail
