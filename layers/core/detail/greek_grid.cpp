#include "greek_grid.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

namespace polis::detail {
namespace {

bool near(double a, double b, double tolerance = 1e-6)
{
    return std::abs(a - b) <= tolerance;
}

std::string upper(const char* text)
{
    std::string s = text ? text : "";
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::toupper(c)); });
    return s;
}

bool greekDatum(const OGRSpatialReference& srs)
{
    const std::string datum = upper(srs.GetAttrValue("DATUM"));
    for (const char* word : {"GGRS", "HGRS", "GREEK", "HELLENIC"}) {
        if (datum.find(word) != std::string::npos)
            return true;
    }
    double shift[7] = {};
    return srs.GetTOWGS84(shift, 7) == OGRERR_NONE && near(shift[0], -199.87, 0.5) && near(shift[1], 74.79, 0.5) &&
           near(shift[2], 246.62, 0.5);
}

} // namespace

bool isGreekGrid(const OGRSpatialReference& srs)
{
    if (!srs.IsProjected())
        return false;
    const char* method = srs.GetAttrValue("PROJECTION");
    if (!method || !EQUAL(method, SRS_PT_TRANSVERSE_MERCATOR))
        return false;
    OGRErr err = OGRERR_NONE;
    const bool grs80 = near(srs.GetSemiMajor(&err), 6378137.0, 1e-3) && near(srs.GetInvFlattening(&err), 298.257222101, 1e-6);
    return err == OGRERR_NONE && grs80 && near(srs.GetLinearUnits(), 1.0) &&
           near(srs.GetNormProjParm(SRS_PP_LATITUDE_OF_ORIGIN, -1), 0.0) &&
           near(srs.GetNormProjParm(SRS_PP_CENTRAL_MERIDIAN, -1), 24.0) &&
           near(srs.GetNormProjParm(SRS_PP_SCALE_FACTOR, -1), 0.9996) &&
           near(srs.GetNormProjParm(SRS_PP_FALSE_EASTING, -1), 500000.0, 1e-3) &&
           near(srs.GetNormProjParm(SRS_PP_FALSE_NORTHING, -1), 0.0, 1e-3) && greekDatum(srs);
}

} // namespace polis::detail
