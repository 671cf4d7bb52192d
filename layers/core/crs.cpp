#include "crs.hpp"

#include "detail/crs_data.hpp"
#include "detail/gdal_error.hpp"
#include "detail/greek_grid.hpp"
#include "error.hpp"

#include <cpl_conv.h>

namespace polis {
namespace {

int identifyEpsg(OGRSpatialReference& srs)
{
    const char* authority = srs.GetAuthorityName(nullptr);
    if (authority && EQUAL(authority, "EPSG")) {
        if (const char* code = srs.GetAuthorityCode(nullptr))
            return std::atoi(code);
    }
    // Not labelled: ask PROJ's database for an equivalent EPSG CRS (ESRI .prj files, renamed Greek Grids).
    int count = 0;
    int* confidence = nullptr;
    OGRSpatialReferenceH* matches = srs.FindMatches(nullptr, &count, &confidence);
    int best = 0;
    for (int i = 0; i < count && best == 0; ++i) {
        if (confidence[i] < 90)
            continue;
        auto* match = OGRSpatialReference::FromHandle(matches[i]);
        const char* name = match->GetAuthorityName(nullptr);
        const char* code = match->GetAuthorityCode(nullptr);
        if (name && code && EQUAL(name, "EPSG"))
            best = std::atoi(code);
    }
    OSRFreeSRSArray(matches);
    CPLFree(confidence);
    if (best == 0 && detail::isGreekGrid(srs))
        best = 2100; // renamed Greek Grids that PROJ rates below 90 % (detail/greek_grid.hpp)
    return best;
}

} // namespace

Crs detail::makeCrs(const OGRSpatialReference& srs)
{
    auto data = std::make_shared<detail::CrsData>();
    data->srs = srs;
    data->srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    data->epsg = identifyEpsg(data->srs);
    return Crs::fromData(std::move(data));
}

Crs::Crs() = default;

Crs Crs::fromData(std::shared_ptr<const detail::CrsData> data)
{
    Crs crs;
    crs.m_d = std::move(data);
    return crs;
}

Crs Crs::fromUserInput(const std::string& definition)
{
    detail::GdalErrorCapture errors;
    auto data = std::make_shared<detail::CrsData>();
    data->srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (definition.empty() || data->srs.SetFromUserInput(definition.c_str()) != OGRERR_NONE) {
        if (errors.lastError().empty())
            throw CrsError(QT_TRANSLATE_NOOP("polis::Error", "Cannot understand the coordinate reference system \"%1\""),
                           {definition});
        throw CrsError(QT_TRANSLATE_NOOP("polis::Error", "Cannot understand the coordinate reference system \"%1\": %2"),
                       {definition, errors.lastError()});
    }
    data->epsg = identifyEpsg(data->srs);
    return fromData(std::move(data));
}

Crs Crs::fromEpsg(int code)
{
    return fromUserInput("EPSG:" + std::to_string(code));
}

std::optional<int> Crs::epsg() const
{
    if (!m_d || m_d->epsg == 0)
        return std::nullopt;
    return m_d->epsg;
}

std::string Crs::name() const
{
    if (!m_d)
        return {};
    const char* n = m_d->srs.GetName();
    return n ? n : "";
}

std::string Crs::displayId() const
{
    if (auto code = epsg())
        return "EPSG:" + std::to_string(*code);
    std::string n = name();
    return n.empty() ? std::string("unknown") : n;
}

std::string Crs::wkt() const
{
    if (!m_d)
        return {};
    char* text = nullptr;
    const char* options[] = {"FORMAT=WKT2_2019", nullptr};
    m_d->srs.exportToWkt(&text, options);
    std::string out = text ? text : "";
    CPLFree(text);
    return out;
}

bool Crs::isGeographic() const
{
    return m_d && m_d->srs.IsGeographic();
}

double Crs::metresPerUnit() const
{
    if (!m_d || !m_d->srs.IsProjected())
        return 0.0;
    return m_d->srs.GetLinearUnits();
}

Extent Crs::areaOfUse(std::string* name) const
{
    if (!m_d)
        return {};
    double west = 0, south = 0, east = 0, north = 0;
    const char* area = nullptr;
    if (!m_d->srs.GetAreaOfUse(&west, &south, &east, &north, &area) || west == -1000) {
        // An unlabelled CRS recognised as an EPSG one (an ESRI .prj) has the area of its EPSG twin.
        const Crs twin = m_d->epsg > 0 && !m_d->srs.GetAuthorityName(nullptr) ? fromEpsg(m_d->epsg) : Crs();
        return twin.isValid() ? twin.areaOfUse(name) : Extent();
    }
    if (name) {
        *name = area ? area : "";
        if (!name->empty() && name->back() == '.')
            name->pop_back(); // "Greece - onshore and offshore." reads inside a sentence
    }
    return Extent::of(west > east ? -180.0 : west, south, west > east ? 180.0 : east, north);
}

bool Crs::isSame(const Crs& other) const
{
    if (!m_d || !other.m_d)
        return m_d == other.m_d;
    if (m_d == other.m_d)
        return true;
    const char* options[] = {"IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES", "CRITERION=EQUIVALENT", nullptr};
    return m_d->srs.IsSame(&other.m_d->srs, options);
}

} // namespace polis
