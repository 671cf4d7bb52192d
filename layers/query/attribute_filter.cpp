#include "attribute_filter.hpp"

#include "../core/detail/gdal_error.hpp"
#include "../core/detail/ogr_field_type.hpp"
#include "../core/error.hpp"

#include <ogr_feature.h>

#include <algorithm>
#include <cctype>
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
                                          const std::function<bool()>& cancelled)
{
    std::vector<std::uint32_t> matching;
    if (std::all_of(where.begin(), where.end(), [](unsigned char c) { return std::isspace(c) != 0; })) {
        matching.resize(store.size());
        std::iota(matching.begin(), matching.end(), 0u);
        return matching;
    }
    detail::ensureGdalRegistered();
    detail::GdalErrorCapture errors;

    // An attribute-only schema mirroring the store's columns, for GDAL's expression compiler.
    std::unique_ptr<OGRFeatureDefn, DefnRelease> defn(new OGRFeatureDefn("features"));
    defn->Reference();
    defn->SetGeomType(wkbNone);
    for (const Field& field : store.fields()) {
        OGRFieldDefn definition(field.name.c_str(), detail::ogrFieldType(field.type));
        defn->AddFieldDefn(&definition);
    }
    OGRFeatureQuery query;
    if (query.Compile(defn.get(), where.c_str()) != OGRERR_NONE) {
        const Error::Arg message = errors.lastError().empty()
                                       ? Error::Arg(Error::part(QT_TRANSLATE_NOOP("polis::Error", "not a valid expression")))
                                       : Error::Arg(errors.lastError());
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "Invalid filter \"%1\": %2"), {where, message});
    }

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
