#pragma once
#include "../core/feature_store.hpp"

#include <QString>

#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <vector>

namespace polis::detail {

/// What placing needs of every labelled feature of one layer, computed once per store and label field
/// (not per frame, nor per zoom level: none of it depends on the view).
///
/// A candidate is a feature whose label text is not empty and that has an anchor (map units): at a point,
/// the point (the label goes to its right); at a line, the point halfway along its first part; at a
/// polygon, the centre of its box when that is inside the polygon, else its first vertex.
///
/// Candidates are in placing order: points first, then lines and polygons by the larger side of their box,
/// largest first (ties by feature index). A frame labels only the lines and polygons at least as large as
/// the label is tall, so the candidates a frame looks at are a prefix of this order (countAtLeast) — at
/// full extent a few thousand large features instead of a million small ones.
struct LabelCandidates
{
    static constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
    struct Candidate
    {
        double x = 0, y = 0;    ///< the anchor, map units
        double size = 0;        ///< the larger side of the feature's box (map units); infinity for points
        std::uint32_t text = 0; ///< index into texts
        bool right = false;     ///< a point: the label goes to the right of its marker
    };
    std::vector<Candidate> items;    ///< in placing order
    std::vector<QString> texts;      ///< the distinct label texts
    std::vector<std::uint32_t> rank; ///< per feature of the store: its position in items, or kNone

    /// The number of leading candidates whose size is at least `size` (map units).
    std::size_t countAtLeast(double size) const;
};

/// The candidates of `store`'s features labelled from `field` (a field index of the store).
/// Cached: the last few results are kept, keyed by the store (held weakly, so a freed store is never
/// matched) and the field, so panning and zooming reuse them. Thread-safe.
std::shared_ptr<const LabelCandidates> labelCandidates(const std::shared_ptr<const FeatureStore>& store,
                                                       std::size_t field);

} // namespace polis::detail
