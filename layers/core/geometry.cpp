#include "geometry.hpp"

#include "error.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace polis {
namespace {

enum WkbType : std::uint32_t { Point = 1, LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon, Collection };

void putU32(std::vector<std::uint8_t>& out, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        out.push_back(std::uint8_t(v >> (8 * i)));
}

void putDouble(std::vector<std::uint8_t>& out, double d)
{
    std::uint64_t bits = 0;
    std::memcpy(&bits, &d, sizeof bits);
    for (int i = 0; i < 8; ++i)
        out.push_back(std::uint8_t(bits >> (8 * i)));
}

void putPoints(std::vector<std::uint8_t>& out, const std::vector<double>& xy, bool counted)
{
    if (counted)
        putU32(out, std::uint32_t(xy.size() / 2));
    for (double v : xy)
        putDouble(out, v);
}

/// Writes one part (with its own header) of geometry kind `kind`.
void putPart(std::vector<std::uint8_t>& out, GeometryKind kind, const std::vector<std::vector<double>>& rings)
{
    out.push_back(1);
    if (kind == GeometryKind::Point) {
        putU32(out, Point);
        putPoints(out, rings.empty() ? std::vector<double>{} : rings.front(), false);
    } else if (kind == GeometryKind::Line) {
        putU32(out, LineString);
        putPoints(out, rings.empty() ? std::vector<double>{} : rings.front(), true);
    } else {
        putU32(out, Polygon);
        putU32(out, std::uint32_t(rings.size()));
        for (const auto& ring : rings)
            putPoints(out, ring, true);
    }
}

/// A bounds-checked WKB reader.
class Reader
{
public:
    Reader(const std::uint8_t* data, std::size_t size) : m_data(data), m_size(size) {}

    std::uint8_t byte() { return need(1), m_data[m_pos++]; }
    std::uint32_t u32(bool little)
    {
        need(4);
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i)
            v |= std::uint32_t(m_data[m_pos + (little ? i : 3 - i)]) << (8 * i);
        m_pos += 4;
        return v;
    }
    double real(bool little)
    {
        need(8);
        std::uint64_t bits = 0;
        for (int i = 0; i < 8; ++i)
            bits |= std::uint64_t(m_data[m_pos + (little ? i : 7 - i)]) << (8 * i);
        m_pos += 8;
        double d = 0;
        std::memcpy(&d, &bits, sizeof d);
        return d;
    }
    std::vector<double> points(bool little, std::uint32_t count, int dims)
    {
        need(std::size_t(count) * dims * 8); // also rejects absurd counts before allocating
        std::vector<double> xy;
        xy.reserve(2 * std::size_t(count));
        for (std::uint32_t i = 0; i < count; ++i) {
            xy.push_back(real(little));
            xy.push_back(real(little));
            for (int d = 2; d < dims; ++d)
                real(little);
        }
        return xy;
    }

private:
    void need(std::size_t n) const
    {
        if (n > m_size - m_pos)
            throw GeometryError(QT_TRANSLATE_NOOP("polis::Error", "WKB geometry is truncated"));
    }
    const std::uint8_t* m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
};

/// Reads one geometry (with header) and appends its parts to `g`.
void readGeometry(Reader& r, Geometry& g, int depth)
{
    if (depth > 2)
        throw GeometryError(QT_TRANSLATE_NOOP("polis::Error", "WKB geometry is nested too deeply"));
    const bool little = r.byte() == 1;
    const std::uint32_t code = r.u32(little);
    const std::uint32_t base = code % 1000;
    const int dims = code >= 3000 ? 4 : code >= 1000 ? 3 : 2;
    auto setKind = [&](GeometryKind kind) {
        if (g.kind != GeometryKind::None && g.kind != kind)
            throw GeometryError(
                QT_TRANSLATE_NOOP("polis::Error", "WKB collections of mixed geometry types are not supported"));
        g.kind = kind;
    };
    switch (base) {
    case Point: {
        setKind(GeometryKind::Point);
        g.parts.push_back({r.points(little, 1, dims)});
        return;
    }
    case LineString:
        setKind(GeometryKind::Line);
        g.parts.push_back({r.points(little, r.u32(little), dims)});
        return;
    case Polygon: {
        setKind(GeometryKind::Polygon);
        const std::uint32_t rings = r.u32(little);
        std::vector<std::vector<double>> part;
        for (std::uint32_t i = 0; i < rings; ++i)
            part.push_back(r.points(little, r.u32(little), dims));
        g.parts.push_back(std::move(part));
        return;
    }
    case MultiPoint:
    case MultiLineString:
    case MultiPolygon:
    case Collection: {
        const std::uint32_t count = r.u32(little);
        for (std::uint32_t i = 0; i < count; ++i)
            readGeometry(r, g, depth + 1);
        return;
    }
    default:
        throw GeometryError(QT_TRANSLATE_NOOP("polis::Error", "WKB geometry type %1 is not supported"), {std::to_string(code)});
    }
}

} // namespace

Geometry Geometry::point(double x, double y)
{
    return {GeometryKind::Point, {{{x, y}}}};
}

Geometry Geometry::line(std::vector<double> xy)
{
    return {GeometryKind::Line, {{std::move(xy)}}};
}

Geometry Geometry::polygon(std::vector<double> exteriorRing)
{
    return {GeometryKind::Polygon, {{std::move(exteriorRing)}}};
}

Geometry Geometry::rectangle(double x0, double y0, double x1, double y1)
{
    const double xmin = std::min(x0, x1), xmax = std::max(x0, x1);
    const double ymin = std::min(y0, y1), ymax = std::max(y0, y1);
    return polygon({xmin, ymin, xmax, ymin, xmax, ymax, xmin, ymax, xmin, ymin});
}

Geometry Geometry::circle(double cx, double cy, double radius, double maxChordError)
{
    if (!(radius > 0) || !std::isfinite(radius) || !(maxChordError > 0) || !std::isfinite(maxChordError))
        throw GeometryError(
            QT_TRANSLATE_NOOP("polis::Error", "a circle needs a positive radius and chord error (radius %1, error %2)"),
            {std::to_string(radius), std::to_string(maxChordError)});
    constexpr int kMin = 8, kMax = 1024;
    // The sagitta of a chord spanning 2π/n is r·(1 − cos(π/n)); it stays within the error for n ≥ π / acos(1 − e/r).
    const double ratio = std::min(maxChordError / radius, 1.0);
    const double needed = std::ceil(M_PI / std::acos(1.0 - ratio) - 1e-9);
    const int n = int(std::clamp(needed, double(kMin), double(kMax)));
    std::vector<double> ring;
    ring.reserve(2 * std::size_t(n) + 2);
    for (int i = 0; i < n; ++i) {
        const double a = 2 * M_PI * i / n;
        ring.push_back(cx + radius * std::cos(a));
        ring.push_back(cy + radius * std::sin(a));
    }
    ring.push_back(ring[0]);
    ring.push_back(ring[1]);
    return polygon(std::move(ring));
}

Geometry Geometry::fromStore(const FeatureStore& store, std::size_t feature)
{
    Geometry g;
    g.kind = store.kind(feature);
    for (std::uint32_t p = store.firstPart(feature); p < store.endPart(feature); ++p) {
        std::vector<std::vector<double>> part;
        for (std::uint32_t r = store.firstRing(p); r < store.endRing(p); ++r) {
            const RingView ring = store.ring(r);
            part.emplace_back(ring.xy, ring.xy + 2 * std::size_t(ring.count));
        }
        g.parts.push_back(std::move(part));
    }
    return g;
}

void Geometry::beginIn(FeatureStore& store, std::int64_t fid) const
{
    store.beginFeature(fid, kind);
    for (const auto& part : parts) {
        store.beginPart();
        for (const auto& ring : part) {
            store.beginRing();
            for (std::size_t i = 0; i + 1 < ring.size(); i += 2)
                store.addPoint(ring[i], ring[i + 1]);
        }
    }
}

std::vector<std::uint8_t> Geometry::toWkb() const
{
    std::vector<std::uint8_t> out;
    if (kind == GeometryKind::None || parts.empty()) {
        out.push_back(1);
        putU32(out, Collection);
        putU32(out, 0);
    } else if (parts.size() == 1) {
        putPart(out, kind, parts.front());
    } else {
        out.push_back(1);
        putU32(out, kind == GeometryKind::Point ? MultiPoint : kind == GeometryKind::Line ? MultiLineString : MultiPolygon);
        putU32(out, std::uint32_t(parts.size()));
        for (const auto& part : parts)
            putPart(out, kind, part);
    }
    return out;
}

Geometry Geometry::fromWkb(const std::uint8_t* data, std::size_t size)
{
    Reader reader(data, size);
    Geometry g;
    readGeometry(reader, g, 0);
    return g;
}

} // namespace polis
