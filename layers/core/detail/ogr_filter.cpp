#include "ogr_filter.hpp"

#include "../error.hpp"
#include "gdal_error.hpp"

#include <ogr_feature.h>

#include <algorithm>
#include <cctype>

namespace polis::detail {

bool isBlankFilter(const std::string& where)
{
    return std::all_of(where.begin(), where.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

std::unique_ptr<OGRFeatureQuery> compileFilter(OGRFeatureDefn& defn, const std::string& where,
                                               const std::string& layer)
{
    ensureGdalRegistered();
    GdalErrorCapture errors;
    auto query = std::make_unique<OGRFeatureQuery>();
    if (query->Compile(&defn, where.c_str()) != OGRERR_NONE) {
        const Error::Arg message =
            errors.lastError().empty()
                ? Error::Arg(Error::part(QT_TRANSLATE_NOOP("polis::Error", "not a valid expression")))
                : Error::Arg(errors.lastError());
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "The filter \"%1\" on layer %2 is refused: %3"),
                    {where, layer, message});
    }
    return query;
}

} // namespace polis::detail
