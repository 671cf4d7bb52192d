#pragma once
// Text fixtures of tst_importer.cpp (raw string literals live here: moc cannot parse them in a .cpp).

namespace polis::test {

/// GeoJSON polygons: a bow-tie (invalid, fid 1), an empty one, a null geometry (its id repeats fid 2's), a valid square and a point (mixed types).
inline const char* const kInvalidJson = R"({"type":"FeatureCollection","features":[
{"type":"Feature","id":1,"properties":{"id":1},"geometry":{"type":"Polygon","coordinates":[[[0,0],[2,2],[2,0],[0,2],[0,0]]]}},
{"type":"Feature","id":2,"properties":{"id":2},"geometry":{"type":"MultiPolygon","coordinates":[]}},
{"type":"Feature","id":3,"properties":{"id":2},"geometry":null},
{"type":"Feature","id":4,"properties":{"id":4},"geometry":{"type":"Polygon","coordinates":[[[3,3],[4,3],[4,4],[3,4],[3,3]]]}},
{"type":"Feature","id":5,"properties":{"id":5},"geometry":{"type":"Point","coordinates":[1,1]}}]})";

/// Three points: one beyond the double range (parsed as infinity), one at 1e300, one in Heraklion.
inline const char* const kHugeJson = R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1e400,5]}},
{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1e300,5]}},
{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[25.1,35.3]}}]})";

/// One point whose property name is longer than the 10 characters a DBF field name holds.
inline const char* const kLongNameJson = R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"population_total":1},"geometry":{"type":"Point","coordinates":[600000,3900000]}}]})";

/// The ESRI .prj of the Greek Grid (ArcGIS writes it).
inline const char* const kEsriGreekGrid = R"(PROJCS["GGRS_1987_Greek_Grid",GEOGCS["GCS_GGRS_1987",DATUM["D_GGRS_1987",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",24.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]])";

/// "Greek Grid" with a TOWGS84 clause (PROJ rates it 70 %).
inline const char* const kGreekGridTowgs84 = R"(PROJCS["Greek Grid",GEOGCS["GGRS87",DATUM["Greek_Geodetic_Reference_System_1987",SPHEROID["GRS 1980",6378137,298.257222101],TOWGS84[-199.87,74.79,246.62,0,0,0,0]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",24],PARAMETER["scale_factor",0.9996],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1]])";

/// "HGRS87 / Greek Grid" (PROJ matches it to another CRS at 60 %).
inline const char* const kHgrs87GreekGrid = R"(PROJCS["HGRS87 / Greek Grid",GEOGCS["HGRS87",DATUM["Hellenic_Geodetic_Reference_System_1987",SPHEROID["GRS 1980",6378137,298.257222101]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",24],PARAMETER["scale_factor",0.9996],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1]])";

} // namespace polis::test
