#pragma once
#include "label_texts.hpp"
#include "layer_painter.hpp"

#include <QFont>
#include <QString>

namespace polis::detail {

/// The labels of one frame, placed (placeLabels), ready to paint over the finished layers.
struct FrameLabels
{
    struct Label
    {
        QPointF origin;        ///< the top-left of the text's line as shaped (device pixels)
        QString text;
        std::shared_ptr<const LabelSprite> sprite; ///< set when placed for an image (stamped, not drawn)
        QRectF box;            ///< what it covers for collisions: the text's line with its halo
    };
    struct Layer
    {
        double opacity = 1;
        QFont font;
        QColor color;
        QColor halo;
        std::vector<QPointF> haloOffsets; ///< empty without a halo
        std::vector<Label> labels;
    };
    std::vector<Layer> layers; ///< in placing order, top layer first

    std::size_t count() const
    {
        std::size_t n = 0;
        for (const Layer& l : layers)
            n += l.labels.size();
        return n;
    }
};

/// Places the labels of every visible vector layer of a frame `size` device pixels large.
///
/// Labels are placed once per frame, in frame coordinates (not per tile): a label is never cut at a tile
/// edge nor drawn twice by two tiles, and collision avoidance sees every label of the frame. Placing reads
/// only the layers, so MapRenderer does it on the calling thread while the tiles are painted.
///
/// Placement: at the anchors of the layer's label candidates (label_candidates.hpp: at a point feature, to
/// the right of its marker; at a line, the point halfway along its first part; at a polygon, the centre of
/// its box when that is inside the polygon, else its first vertex), when the anchor is in the frame. Lines
/// and polygons whose box is smaller than the label is tall (both sides) get no label, so a full-extent
/// frame looks only at its large features. Greedy collision avoidance: layers from the top, in the
/// candidates' order (points, then the largest features first); a label whose box (with halo) overlaps a
/// label already placed is skipped. The result depends on the frame only, never on frames drawn before.
/// Cost: the candidates are computed once per layer and kept (panning and zooming reuse them); a text is
/// shaped once a frame per value and only when a lower bound of its width leaves its box clear of the
/// labels already placed (most candidates of a dense frame are rejected before that). Stops when `cancel`
/// is set. With `sprites` (for an image: stampsLabels), each label gets its sprite here, so that making the
/// new ones overlaps the tiles' painting.
FrameLabels placeLabels(const ViewTransform& view, QSize size, double pixelRatio, const std::vector<MapLayer>& layers,
                        const std::atomic<bool>* cancel, bool sprites);

/// Whether labels painted with `painter` are stamped from sprites: on an image, unscaled.
bool stampsLabels(const QPainter& painter);

/// Paints placed labels with QPainter. The halo is the text drawn in the halo colour at eight offsets of the
/// halo width around it. A label placed with its sprite is stamped from it (label_texts.hpp: drawn once per
/// text and style, at the label's origin rounded to whole pixels); otherwise (PDF, SVG) it gets the text as
/// glyph runs, so that it stays text.
void paintLabels(QPainter& painter, const FrameLabels& labels);

} // namespace polis::detail
