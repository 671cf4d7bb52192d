#include "attribute_filter.hpp"

#include "../core/detail/ogr_filter.hpp"
#include "../core/detail/ogr_field_type.hpp"

#include <ogr_feature.h>

#include <memory>
#include <numeric>

namespace polis {
namespace {

struct DefnRelease
{
    void operator()(OGRFeatureDefn* defn) const { defn->Release(); }
};

} // namespace

std::vector<std::uint32_t> filterFeatures(const FeatureStore& store, const std::string& where,
                                          const std::string& layerName, const std::function<bool()>& cancelled)
{
    std::vector<std::uint32_t> matching;
    if (detail::isBlankFilter(where)) {
        matching.resize(store.size());
        std::iota(matching.begin(), matching.end(), 0u);
        return matching;
    }
    // An attribute-only schema mirroring the store's columns, for GDAL's expression compiler.
    std::unique_ptr<OGRFeatureDefn, DefnRelease> defn(new OGRFeatureDefn("features"));
    defn->Reference();
    defn->SetGeomType(wkbNone);
    for (const Field& field : store.fields()) {
        OGRFieldDefn definition(field.name.c_str(), detail::ogrFieldType(field.type));
        defn->AddFieldDefn(&definition);
    }
    const std::unique_ptr<OGRFeatureQuery> compiled = detail::compileFilter(*defn, where, layerName);
    OGRFeatureQuery& query = *compiled;

    // Only the fields the expression reads are copied into the reusable feature.
    std::vector<std::size_t> used;
    char** names = query.GetUsedFields();
    for (char** name = names; name && *name; ++name) {
        const int index = defn->GetFieldIndex(*name); // OGR SQL field names are case-insensitive
        if (index >= 0)
            used.push_back(std::size_t(index));
    }
    CSLDestroy(names);

    OGRFeature feature(defn.get());
    for (std::size_t f = 0; f < store.size(); ++f) {
        if (cancelled && f % 4096 == 0 && cancelled())
            return {};
        feature.SetFID(store.fid(f));
        for (std::size_t field : used) {
            const int i = int(field);
            if (store.isNull(f, field))
                feature.SetFieldNull(i);
            else if (store.fields()[field].type == FieldType::Integer)
                feature.SetField(i, GIntBig(store.number(f, field)));
            else if (store.fields()[field].type == FieldType::Real)
                feature.SetField(i, store.number(f, field));
            else
                feature.SetField(i, store.text(f, field).c_str());
        }
        if (query.Evaluate(&feature))
            matching.push_back(std::uint32_t(f));
    }
    return matching;
}

} // namespace polis
