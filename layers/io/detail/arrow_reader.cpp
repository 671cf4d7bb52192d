#include "arrow_reader.hpp"

#include "../data_source.hpp"
#include "wkb_reader.hpp"

#include <ogr_recordbatch.h>
#include <ogrsf_frmts.h>

#include <cstring>
#include <string>

namespace polis::detail {
namespace {

/// Owns one Arrow C data interface struct and calls its release callback once.
template <class T> class ArrowOwned
{
public:
    ArrowOwned() = default;
    ~ArrowOwned()
    {
        if (m_value.release)
            m_value.release(&m_value);
    }
    ArrowOwned(const ArrowOwned&) = delete;
    ArrowOwned& operator=(const ArrowOwned&) = delete;
    T* get() { return &m_value; }
    T* operator->() { return &m_value; }

private:
    T m_value{};
};

/// The stream column kinds this reader understands. Not booleans: GDAL 3.6's GeoPackage stream packs their
/// bits out of place when a column has nulls (the equality test meets it), so they take the feature loop.
enum class ColumnKind { Int8, Int16, Int32, Int64, Double, Utf8, Binary, Unknown };

ColumnKind columnKind(const char* format)
{
    static const std::pair<const char*, ColumnKind> known[] = {
        {"c", ColumnKind::Int8},   {"s", ColumnKind::Int16},  {"i", ColumnKind::Int32}, {"l", ColumnKind::Int64},
        {"g", ColumnKind::Double}, {"u", ColumnKind::Utf8},  {"z", ColumnKind::Binary}};
    for (const auto& [name, kind] : known) {
        if (std::strcmp(format, name) == 0)
            return kind;
    }
    return ColumnKind::Unknown;
}

/// One column of a batch: where its values are and of which kind.
struct Column
{
    const ArrowArray* array = nullptr;
    ColumnKind kind = ColumnKind::Unknown;

    bool isNull(std::int64_t row) const
    {
        const auto* valid = static_cast<const std::uint8_t*>(array->buffers[0]);
        const std::int64_t i = row + array->offset;
        return array->null_count != 0 && valid && !(valid[i >> 3] & (1u << (i & 7)));
    }
    template <class T> T value(std::int64_t row) const
    {
        return static_cast<const T*>(array->buffers[1])[row + array->offset];
    }
    std::int64_t integer(std::int64_t row) const
    {
        switch (kind) {
        case ColumnKind::Int8:
            return value<std::int8_t>(row);
        case ColumnKind::Int16:
            return value<std::int16_t>(row);
        case ColumnKind::Int32:
            return value<std::int32_t>(row);
        default:
            return value<std::int64_t>(row);
        }
    }
    /// The bytes of a utf8 or binary value (32-bit offsets).
    std::pair<const std::uint8_t*, std::size_t> bytes(std::int64_t row) const
    {
        const auto* offsets = static_cast<const std::int32_t*>(array->buffers[1]) + array->offset;
        const auto* data = static_cast<const std::uint8_t*>(array->buffers[2]);
        return {data + offsets[row], std::size_t(offsets[row + 1] - offsets[row])};
    }
};

bool fits(FieldType type, ColumnKind kind)
{
    switch (type) {
    case FieldType::Integer:
        return kind == ColumnKind::Int8 || kind == ColumnKind::Int16 || kind == ColumnKind::Int32 ||
               kind == ColumnKind::Int64;
    case FieldType::Real:
        return kind == ColumnKind::Double;
    case FieldType::String:
        return kind == ColumnKind::Utf8;
    default: // dates and others: OGR's text form is what the feature loop stores
        return false;
    }
}

/// Which stream column feeds the fid, each field and the geometry (-1: none).
struct ColumnMap
{
    int fid = -1;
    int geometry = -1;
    std::vector<int> fields;
};

bool mapColumns(const ArrowSchema& schema, OGRLayer& layer, const std::vector<Field>& fields, ColumnMap& map)
{
    const char* fidName = layer.GetFIDColumn();
    const std::string fid = fidName && *fidName ? fidName : "OGC_FID";
    map.fields.assign(fields.size(), -1);
    for (int c = 0; c < int(schema.n_children); ++c) {
        const ArrowSchema& child = *schema.children[c];
        const ColumnKind kind = columnKind(child.format);
        if (map.fid < 0 && child.name == fid && kind == ColumnKind::Int64) {
            map.fid = c;
            continue;
        }
        bool isField = false;
        for (std::size_t f = 0; f < fields.size(); ++f) {
            if (map.fields[f] < 0 && fields[f].name == child.name) {
                if (!polis::detail::fits(fields[f].type, kind))
                    return false;
                map.fields[f] = c;
                isField = true;
                break;
            }
        }
        if (!isField && kind == ColumnKind::Binary && map.geometry < 0)
            map.geometry = c;
    }
    for (int c : map.fields) {
        if (c < 0)
            return false;
    }
    return map.fid >= 0 && (map.geometry >= 0 || layer.GetGeomType() == wkbNone);
}

} // namespace

bool readArrowStream(OGRLayer& layer, const std::vector<Field>& fields, GeometryKind layerKind, FeatureStore& store,
                     const std::function<bool(std::int64_t)>& progress)
{
    ArrowOwned<ArrowArrayStream> stream;
    layer.ResetReading();
    if (!layer.GetArrowStream(stream.get(), nullptr))
        return false;
    ArrowOwned<ArrowSchema> schema;
    if (stream->get_schema(stream.get(), schema.get()) != 0)
        return false;
    ColumnMap map;
    if (!mapColumns(*schema.get(), layer, fields, map))
        return false;

    std::vector<Column> columns(std::size_t(schema->n_children));
    std::int64_t done = 0;
    for (;;) {
        ArrowOwned<ArrowArray> batch;
        if (stream->get_next(stream.get(), batch.get()) != 0)
            return false;
        if (!batch->release)
            break; // end of stream
        for (std::size_t c = 0; c < columns.size(); ++c)
            columns[c] = {batch->children[c], columnKind(schema->children[c]->format)};
        const Column& fidColumn = columns[std::size_t(map.fid)];
        const Column* geometry = map.geometry >= 0 ? &columns[std::size_t(map.geometry)] : nullptr;
        for (std::int64_t i = 0; i < batch->length; ++i) {
            const std::int64_t row = i + batch->offset;
            const auto [wkb, size] = geometry && !geometry->isNull(row) ? geometry->bytes(row)
                                                                        : std::pair<const std::uint8_t*, std::size_t>{};
            if (!appendWkbFeature(store, fidColumn.value<std::int64_t>(row), wkb, size, layerKind))
                return false;
            for (std::size_t f = 0; f < fields.size(); ++f) {
                const Column& column = columns[std::size_t(map.fields[f])];
                if (column.isNull(row))
                    continue;
                if (fields[f].type == FieldType::Integer) {
                    store.setAttribute(f, column.integer(row));
                } else if (fields[f].type == FieldType::Real) {
                    store.setAttribute(f, column.value<double>(row));
                } else {
                    const auto [text, length] = column.bytes(row);
                    store.setAttribute(f, std::string(reinterpret_cast<const char*>(text), length));
                }
            }
            store.endFeature();
        }
        done += batch->length;
        if (progress && !progress(done))
            throw Cancelled();
    }
    return true;
}

} // namespace polis::detail
