#pragma once
#include "extent.hpp"
#include "spatial_index.hpp"

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

namespace polis {

class Transform;

enum class GeometryKind : std::uint8_t { None, Point, Line, Polygon };
enum class FieldType : std::uint8_t { Integer, Real, String, Date, DateTime, Other };

struct Field
{
    std::string name;
    FieldType type = FieldType::String;
    int width = 0; ///< declared width (0 = unknown)
};

/// One attribute value: null, integer, real or text (UTF-8; dates as ISO 8601 text).
using AttributeValue = std::variant<std::monostate, std::int64_t, double, std::string>;

/// A view of one ring (or line, or point) inside a FeatureStore: `count` points, x/y interleaved.
struct RingView
{
    const double* xy = nullptr;
    std::uint32_t count = 0;
};

/// Features of one layer held in memory, columnar: all x/y coordinates in one contiguous array
/// (in the map CRS once transform() ran), rings/parts/features as offset arrays, attributes as
/// one column per field, a bounding box per feature and an STRtree over them.
///
/// Model: a feature has parts; a part has rings; a ring has points. Points: one ring of one point per
/// part. Lines: one ring per part. Polygons: exterior ring first, then holes. Z and M values are kept
/// (when the source has them) but not used for drawing.
///
/// Built on one thread (begin/add/end, then finish()); immutable and safe to share afterwards. Copy a store
/// only after finish().
class FeatureStore
{
public:
    explicit FeatureStore(std::vector<Field> fields = {}, bool hasZ = false, bool hasM = false);

    // --- building (single thread, before finish) ---
    void beginFeature(std::int64_t fid, GeometryKind kind);
    void beginPart();
    void beginRing();
    void addPoint(double x, double y, double z = 0, double m = 0)
    {
        m_xy.push_back(x);
        m_xy.push_back(y);
        if (m_hasZ)
            m_z.push_back(z);
        if (m_hasM)
            m_m.push_back(m);
        ++m_ringPoints.back();
    }
    /// Reserves room for `features` more features (their ids, kinds, parts and attribute cells).
    void reserve(std::size_t features);
    /// Sets an attribute of the feature being built; unset attributes are null.
    void setAttribute(std::size_t field, AttributeValue value);
    void endFeature();
    /// Transforms every coordinate once (in place, batched through PROJ). Call before finish().
    /// Returns the number of points that could not be transformed (they become NaN).
    std::size_t transform(const Transform& transform);
    /// Computes per-feature boxes and builds the spatial index. Call once, after the last feature.
    void finish();

    // --- reading (any thread, after finish) ---
    std::size_t size() const { return m_fids.size(); }
    const std::vector<Field>& fields() const { return m_fields; }
    int fieldIndex(const std::string& name) const;
    bool hasZ() const { return m_hasZ; }
    bool hasM() const { return m_hasM; }
    std::int64_t fid(std::size_t feature) const { return m_fids[feature]; }
    GeometryKind kind(std::size_t feature) const { return m_kinds[feature]; }
    const Extent& bbox(std::size_t feature) const { return m_index.box(std::uint32_t(feature)); }
    const Extent& extent() const { return m_extent; }
    const SpatialIndex& index() const { return m_index; }
    std::size_t pointCount() const { return m_xy.size() / 2; }

    std::uint32_t firstPart(std::size_t feature) const { return m_featureParts[feature]; }
    std::uint32_t endPart(std::size_t feature) const { return m_featureParts[feature + 1]; }
    std::uint32_t firstRing(std::uint32_t part) const { return m_partRings[part]; }
    std::uint32_t endRing(std::uint32_t part) const { return m_partRings[part + 1]; }
    RingView ring(std::uint32_t ring) const
    {
        const std::uint32_t b = m_ringPoints[ring];
        return {m_xy.data() + 2 * std::size_t(b), m_ringPoints[ring + 1] - b};
    }
    /// Z (or M) of point `point` (global point index); 0 when the store has none.
    double z(std::uint32_t point) const { return m_hasZ ? m_z[point] : 0.0; }
    double m(std::uint32_t point) const { return m_hasM ? m_m[point] : 0.0; }
    std::uint32_t ringOffset(std::uint32_t ring) const { return m_ringPoints[ring]; }

    AttributeValue attribute(std::size_t feature, std::size_t field) const;
    bool isNull(std::size_t feature, std::size_t field) const { return m_columns[field].isNull[feature] != 0; }
    /// Typed access without copies (for sorting and statistics): the value of an Integer or Real field as
    /// a double, or of any other field as text. Undefined for null values (check isNull first).
    double number(std::size_t feature, std::size_t field) const
    {
        const Column& c = m_columns[field];
        return m_fields[field].type == FieldType::Integer ? double(c.ints[feature]) : c.reals[feature];
    }
    const std::string& text(std::size_t feature, std::size_t field) const
    {
        const Column& c = m_columns[field];
        return c.dictionary[c.codes[feature]];
    }

private:
    /// One field's values. Text is dictionary-encoded: a value repeated over many features (a use, a
    /// street name, empty) is held once, each feature holding its 4-byte code.
    struct Column
    {
        std::vector<std::int64_t> ints;
        std::vector<double> reals;
        std::vector<std::uint32_t> codes;  ///< text fields: index into dictionary
        std::deque<std::string> dictionary; ///< text fields: each distinct value once, "" first (stable addresses)
        std::unordered_map<std::string_view, std::uint32_t> lookup; ///< into dictionary, while building only
        std::vector<std::uint8_t> isNull;
    };

    std::vector<Field> m_fields;
    bool m_hasZ = false;
    bool m_hasM = false;
    std::vector<double> m_xy;
    std::vector<double> m_z;
    std::vector<double> m_m;
    std::vector<std::uint32_t> m_ringPoints{0};
    std::vector<std::uint32_t> m_partRings{0};
    std::vector<std::uint32_t> m_featureParts{0};
    std::vector<std::int64_t> m_fids;
    std::vector<GeometryKind> m_kinds;
    std::vector<Column> m_columns;
    std::vector<AttributeValue> m_pendingRow;
    Extent m_extent;
    SpatialIndex m_index;
};

} // namespace polis
