#pragma once
#include "extent.hpp"

#include <memory>
#include <optional>
#include <string>

namespace polis {

namespace detail {
struct CrsData;
}

/// A coordinate reference system (immutable, cheap to copy, safe to share between threads).
/// Axis order is always the GIS order: x = easting or longitude, y = northing or latitude.
class Crs
{
public:
    /// An invalid (unknown) CRS.
    Crs();
    /// Parses "EPSG:2100", a WKT string, a PROJ string or anything GDAL's SetFromUserInput takes.
    /// Throws CrsError naming the input when it cannot be parsed.
    static Crs fromUserInput(const std::string& definition);
    static Crs fromEpsg(int code);

    bool isValid() const { return m_d != nullptr; }
    /// The EPSG code when the CRS is, or is recognised as, an EPSG CRS (e.g. an ESRI .prj of the Greek Grid).
    std::optional<int> epsg() const;
    /// "EPSG:2100" when an EPSG code is known, else the CRS name, else "unknown".
    std::string displayId() const;
    std::string name() const;
    /// WKT2 (2019) text; empty for an invalid CRS.
    std::string wkt() const;
    bool isGeographic() const;
    /// Metres per unit of a projected CRS's x axis (1 for metres, 0.3048 for feet); 0 for a geographic
    /// or invalid CRS, whose degrees have no fixed length.
    double metresPerUnit() const;
    /// Where the CRS may be used, from PROJ's database: WGS 84 degrees (x = longitude, y = latitude; an area
    /// across the antimeridian spans all longitudes). Empty when PROJ knows none (a custom definition).
    /// `name`, when given, receives the area's description ("Greece - onshore and offshore").
    Extent areaOfUse(std::string* name = nullptr) const;
    /// True when both denote the same CRS (ignoring axis order and metadata).
    bool isSame(const Crs& other) const;

    /// Internal: the shared GDAL object (read-only). Only the engine's .cpp files use it.
    const detail::CrsData* data() const { return m_d.get(); }
    static Crs fromData(std::shared_ptr<const detail::CrsData> data);

private:
    std::shared_ptr<const detail::CrsData> m_d;
};

} // namespace polis
