#pragma once
#include "layer_painter.hpp"

#include <QGlyphRun>
#include <QList>

namespace polis::detail {

/// The labels of one frame, placed and shaped (placeLabels), ready to paint over the finished layers.
/// The glyph runs belong to the thread that placed them: paint them on that thread.
struct FrameLabels
{
    struct Label
    {
        QPointF origin;        ///< where the runs are drawn (device pixels)
        QList<QGlyphRun> runs; ///< the text, shaped
    };
    struct Layer
    {
        double opacity = 1;
        QColor color;
        QColor halo;
        std::vector<QPointF> haloOffsets; ///< empty without a halo
        std::vector<Label> labels;
    };
    std::vector<Layer> layers; ///< in placing order, top layer first
};

/// Places the labels of every visible vector layer of a frame `size` device pixels large.
///
/// Labels are placed once per frame, in frame coordinates (not per tile): a label is never cut at a tile
/// edge nor drawn twice by two tiles, and collision avoidance sees every label of the frame. Placing reads
/// only the layers, so MapRenderer does it on the calling thread while the tiles are painted.
///
/// Placement: at a point feature, to the right of its marker; at a line, the point halfway along its first
/// part; at a polygon, the centre of its box when that is inside the polygon, else its first vertex. Lines
/// and polygons smaller than a pixel get no label (level of detail). Greedy collision avoidance: layers
/// from the top, features in index order; a label whose box (with halo) overlaps a label already placed
/// is skipped. Cost: a text is shaped once a frame per value and only when a lower bound of its width
/// leaves its box clear of the labels already placed (most candidates of a dense frame are rejected before
/// that). Stops when `cancel` is set.
FrameLabels placeLabels(const ViewTransform& view, QSize size, double pixelRatio, const std::vector<MapLayer>& layers,
                        const std::atomic<bool>* cancel);

/// Paints placed labels with QPainter (the same code labels PNG, PDF and SVG output). The halo is the text
/// drawn in the halo colour at eight offsets of the halo width around it.
void paintLabels(QPainter& painter, const FrameLabels& labels);

} // namespace polis::detail
