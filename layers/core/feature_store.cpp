#include "feature_store.hpp"

#include "error.hpp"
#include "transform.hpp"

#include <cmath>
#include <limits>

namespace polis {

FeatureStore::FeatureStore(std::vector<Field> fields, bool hasZ, bool hasM)
    : m_fields(std::move(fields)), m_hasZ(hasZ), m_hasM(hasM), m_columns(m_fields.size()),
      m_pendingRow(m_fields.size())
{
    for (std::size_t f = 0; f < m_fields.size(); ++f) {
        if (m_fields[f].type != FieldType::Integer && m_fields[f].type != FieldType::Real) {
            m_columns[f].dictionary.emplace_back();
            m_columns[f].lookup.emplace(m_columns[f].dictionary.back(), 0);
        }
    }
}

int FeatureStore::fieldIndex(const std::string& name) const
{
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        if (m_fields[i].name == name)
            return int(i);
    }
    return -1;
}

void FeatureStore::beginFeature(std::int64_t fid, GeometryKind kind)
{
    m_fids.push_back(fid);
    m_kinds.push_back(kind);
}

void FeatureStore::beginPart()
{
    m_partRings.push_back(m_partRings.back());
}

void FeatureStore::beginRing()
{
    if (m_xy.size() / 2 >= std::numeric_limits<std::uint32_t>::max())
        throw IoError(
            QT_TRANSLATE_NOOP("polis::Error", "A layer has more than 4 billion vertices; Polis cannot hold it in memory"));
    m_ringPoints.push_back(m_ringPoints.back());
    ++m_partRings.back();
}

void FeatureStore::reserve(std::size_t features)
{
    const std::size_t n = size() + features;
    m_fids.reserve(n);
    m_kinds.reserve(n);
    m_featureParts.reserve(n + 1);
    m_partRings.reserve(n + 1);
    m_ringPoints.reserve(n + 1);
    for (std::size_t f = 0; f < m_columns.size(); ++f) {
        Column& col = m_columns[f];
        col.isNull.reserve(n);
        if (m_fields[f].type == FieldType::Integer)
            col.ints.reserve(n);
        else if (m_fields[f].type == FieldType::Real)
            col.reals.reserve(n);
        else
            col.codes.reserve(n);
    }
}

void FeatureStore::setAttribute(std::size_t field, AttributeValue value)
{
    m_pendingRow.at(field) = std::move(value);
}

void FeatureStore::endFeature()
{
    m_featureParts.push_back(std::uint32_t(m_partRings.size() - 1));
    for (std::size_t f = 0; f < m_columns.size(); ++f) {
        Column& col = m_columns[f];
        AttributeValue& v = m_pendingRow[f];
        const bool null = std::holds_alternative<std::monostate>(v);
        col.isNull.push_back(null);
        switch (m_fields[f].type) {
        case FieldType::Integer:
            col.ints.push_back(std::holds_alternative<std::int64_t>(v) ? std::get<std::int64_t>(v) : 0);
            break;
        case FieldType::Real:
            col.reals.push_back(std::holds_alternative<double>(v) ? std::get<double>(v) : 0.0);
            break;
        default: {
            std::uint32_t code = 0;
            if (const std::string* text = std::get_if<std::string>(&v)) {
                const auto it = col.lookup.find(*text);
                if (it != col.lookup.end()) {
                    code = it->second;
                } else {
                    code = std::uint32_t(col.dictionary.size());
                    col.dictionary.push_back(std::move(std::get<std::string>(v)));
                    col.lookup.emplace(col.dictionary.back(), code);
                }
            }
            col.codes.push_back(code);
            break;
        }
        }
        v = std::monostate{};
    }
}

std::size_t FeatureStore::transform(const Transform& transform)
{
    return transform.apply(m_xy.data(), m_xy.size() / 2);
}

void FeatureStore::finish()
{
    std::vector<Extent> boxes(size()); // kept by the index only
    m_extent = Extent{};
    for (std::size_t f = 0; f < size(); ++f) {
        Extent& box = boxes[f];
        const std::uint32_t p0 = m_ringPoints[m_partRings[m_featureParts[f]]];
        const std::uint32_t p1 = m_ringPoints[m_partRings[m_featureParts[f + 1]]];
        for (std::uint32_t p = p0; p < p1; ++p) {
            const double x = m_xy[2 * std::size_t(p)];
            const double y = m_xy[2 * std::size_t(p) + 1];
            if (std::isfinite(x) && std::isfinite(y))
                box.expand(x, y);
        }
        m_extent.expand(box);
    }
    m_index = SpatialIndex(boxes);
    for (Column& col : m_columns)
        col.lookup = {};
    m_pendingRow.clear();
    m_pendingRow.shrink_to_fit();
}

AttributeValue FeatureStore::attribute(std::size_t feature, std::size_t field) const
{
    const Column& col = m_columns.at(field);
    if (col.isNull[feature])
        return std::monostate{};
    switch (m_fields[field].type) {
    case FieldType::Integer:
        return col.ints[feature];
    case FieldType::Real:
        return col.reals[feature];
    default:
        return col.dictionary[col.codes[feature]];
    }
}

} // namespace polis
