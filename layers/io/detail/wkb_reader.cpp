#include "wkb_reader.hpp"

#include <cmath>
#include <cstring>

namespace polis::detail {
namespace {

enum : std::uint32_t { kPoint = 1, kLineString = 2, kPolygon = 3, kMultiPoint = 4, kMultiLineString = 5, kMultiPolygon = 6 };

/// A bounds-checked cursor over WKB bytes; `ok` turns false on the first read past the end.
class WkbCursor
{
public:
    WkbCursor(const std::uint8_t* data, std::size_t size) : m_p(data), m_end(data + size) {}
    bool ok() const { return m_ok; }

    /// Reads a geometry header: byte order and type; returns the flat type, sets the dimensions.
    std::uint32_t header(bool& hasZ, bool& hasM)
    {
        if (!need(5))
            return 0;
        m_swap = (*m_p++ == 0) != kBigEndianHost;
        std::uint32_t type = u32();
        hasZ = (type & 0x80000000u) != 0; // extended WKB flags
        hasM = (type & 0x40000000u) != 0;
        type &= 0x0fffffffu;
        const std::uint32_t iso = type / 1000; // ISO: 1000 Z, 2000 M, 3000 ZM
        hasZ = hasZ || iso == 1 || iso == 3;
        hasM = hasM || iso == 2 || iso == 3;
        return iso <= 3 ? type % 1000 : 0;
    }
    std::uint32_t u32()
    {
        if (!need(4))
            return 0;
        std::uint32_t v;
        std::memcpy(&v, m_p, 4);
        m_p += 4;
        return m_swap ? __builtin_bswap32(v) : v;
    }
    double f64()
    {
        if (!need(8))
            return 0;
        std::uint64_t v;
        std::memcpy(&v, m_p, 8);
        m_p += 8;
        if (m_swap)
            v = __builtin_bswap64(v);
        double d;
        std::memcpy(&d, &v, 8);
        return d;
    }
    /// Whether `count` more items of `bytes` each fit (guards counts before loops and reservations).
    bool fits(std::uint32_t count, std::size_t bytes) { return need(std::size_t(count) * bytes); }

private:
    static constexpr bool kBigEndianHost = __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__;
    bool need(std::size_t n)
    {
        if (std::size_t(m_end - m_p) < n)
            m_ok = false;
        return m_ok;
    }
    const std::uint8_t* m_p;
    const std::uint8_t* m_end;
    bool m_swap = false;
    bool m_ok = true;
};

struct Dims
{
    bool z = false;
    bool m = false;
    std::size_t bytes() const { return 8 * (2 + z + m); }
};

void readPoint(WkbCursor& in, Dims d, double& x, double& y, double& z, double& m)
{
    x = in.f64();
    y = in.f64();
    z = d.z ? in.f64() : 0.0;
    m = d.m ? in.f64() : 0.0;
}

/// One ring (or line) of `count` points as a ring of the current part.
void readRing(WkbCursor& in, Dims d, FeatureStore& store)
{
    const std::uint32_t count = in.u32();
    if (!in.fits(count, d.bytes()))
        return;
    store.beginRing();
    double x, y, z, m;
    for (std::uint32_t i = 0; i < count; ++i) {
        readPoint(in, d, x, y, z, m);
        store.addPoint(x, y, z, m);
    }
}

/// One simple geometry as a part (nothing for empty points and polygons, like OGRGeometry::IsEmpty).
bool readSimple(WkbCursor& in, std::uint32_t type, Dims d, FeatureStore& store)
{
    switch (type) {
    case kPoint: {
        double x, y, z, m;
        readPoint(in, d, x, y, z, m);
        if (in.ok() && !(std::isnan(x) && std::isnan(y))) {
            store.beginPart();
            store.beginRing();
            store.addPoint(x, y, z, m);
        }
        return in.ok();
    }
    case kLineString:
        store.beginPart();
        readRing(in, d, store);
        return in.ok();
    case kPolygon: {
        const std::uint32_t rings = in.u32();
        if (!in.fits(rings, 4))
            return false;
        // OGR calls a polygon whose rings are all empty empty: peek at the point counts first.
        bool empty = true;
        WkbCursor probe = in;
        for (std::uint32_t r = 0; r < rings && empty && probe.ok(); ++r) {
            const std::uint32_t count = probe.u32();
            empty = count == 0;
        }
        if (empty) {
            for (std::uint32_t r = 0; r < rings; ++r)
                in.u32();
            return in.ok();
        }
        store.beginPart();
        for (std::uint32_t r = 0; r < rings && in.ok(); ++r)
            readRing(in, d, store);
        return in.ok();
    }
    default:
        return false;
    }
}

GeometryKind kindOf(std::uint32_t type)
{
    switch (type) {
    case kPoint:
    case kMultiPoint:
        return GeometryKind::Point;
    case kLineString:
    case kMultiLineString:
        return GeometryKind::Line;
    default:
        return GeometryKind::Polygon;
    }
}

} // namespace

bool appendWkbFeature(FeatureStore& store, std::int64_t fid, const std::uint8_t* wkb, std::size_t size,
                      GeometryKind layerKind)
{
    if (!wkb || size == 0) {
        store.beginFeature(fid, layerKind);
        return true;
    }
    WkbCursor in(wkb, size);
    Dims d;
    const std::uint32_t type = in.header(d.z, d.m);
    if (type < kPoint || type > kMultiPolygon)
        return false;
    store.beginFeature(fid, kindOf(type));
    if (type <= kPolygon)
        return readSimple(in, type, d, store);
    const std::uint32_t parts = in.u32();
    if (!in.fits(parts, 9))
        return false;
    for (std::uint32_t p = 0; p < parts; ++p) {
        Dims pd;
        const std::uint32_t partType = in.header(pd.z, pd.m);
        if (partType != type - 3 || !readSimple(in, partType, pd, store))
            return false;
    }
    return in.ok();
}

} // namespace polis::detail
