#pragma once
#include "feature_store.hpp"

#include <cstdint>
#include <vector>

namespace polis {

/// One feature's geometry as a value (2D): what a scenario's change set holds for added and reshaped
/// features. Same model as FeatureStore: parts, each a list of rings, each x/y interleaved (a point is one
/// ring of one point; a polygon's exterior ring comes first). Coordinates are in the project's map CRS.
struct Geometry
{
    GeometryKind kind = GeometryKind::None;
    std::vector<std::vector<std::vector<double>>> parts;

    bool operator==(const Geometry& o) const { return kind == o.kind && parts == o.parts; }
    bool operator!=(const Geometry& o) const { return !(*this == o); }

    /// A point, a line or a one-ring polygon from x/y pairs (x0, y0, x1, y1, ...).
    static Geometry point(double x, double y);
    static Geometry line(std::vector<double> xy);
    static Geometry polygon(std::vector<double> exteriorRing);
    /// The axis-aligned rectangle with opposite corners (x0, y0) and (x1, y1) in any order: a closed
    /// polygon ring of five points, counter-clockwise (positive shoelace area, as OGC/GeoJSON exteriors),
    /// starting at the minimum corner.
    static Geometry rectangle(double x0, double y0, double x1, double y1);
    /// A circle of `radius` (map units) about (cx, cy) as a closed counter-clockwise polygon ring with its
    /// vertices on the circle, starting east of the centre. The segment count is the smallest that keeps
    /// every chord within `maxChordError` map units of the arc (sagitta r·(1 − cos(π/n)) ≤ error), at least
    /// 8 and at most 1024. Throws GeometryError for a radius or error that is not positive and finite.
    static Geometry circle(double cx, double cy, double radius, double maxChordError);

    /// The geometry of `feature` of a finished store (Z and M dropped).
    static Geometry fromStore(const FeatureStore& store, std::size_t feature);
    /// Adds this geometry as feature `fid` to a store being built: beginFeature, parts, rings and points.
    /// The caller sets attributes and calls endFeature().
    void beginIn(FeatureStore& store, std::int64_t fid) const;

    /// ISO WKB, little endian, 2D: Point/LineString/Polygon for one part, the Multi* type for several, an
    /// empty GeometryCollection for None.
    std::vector<std::uint8_t> toWkb() const;
    /// Parses WKB as toWkb() writes it (either byte order; Z/M ordinates are dropped). Throws GeometryError
    /// for truncated or unsupported input; never reads past `size`.
    static Geometry fromWkb(const std::uint8_t* data, std::size_t size);
};

} // namespace polis
