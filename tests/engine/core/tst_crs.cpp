// Crs and Transform. Expected coordinates come from textbook formulas implemented here (Snyder's
// ellipsoidal Transverse Mercator, the standard geodetic <-> geocentric conversion) with the parameters
// published in the EPSG registry, never from PROJ's own output.
#include "layers/core/crs.hpp"
#include "layers/core/crs_catalogue.hpp"
#include "layers/core/error.hpp"
#include "layers/core/transform.hpp"

#include <QtTest>

#include <cmath>

using namespace polis;

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDeg = kPi / 180.0;

struct Ellipsoid
{
    double a;
    double invF;
    double e2() const
    {
        const double f = 1.0 / invF;
        return 2 * f - f * f;
    }
};
constexpr Ellipsoid kGrs80{6378137.0, 298.257222101};
constexpr Ellipsoid kWgs84{6378137.0, 298.257223563};

struct XY
{
    double x, y;
};

/// Snyder, "Map Projections - A Working Manual" (USGS PP 1395), eqs. 3-21 and 8-9 .. 8-15:
/// ellipsoidal Transverse Mercator, forward. Greek Grid (EPSG:2100 conversion): GRS80, k0 = 0.9996,
/// lon0 = 24 E, lat0 = 0 (so M0 = 0), FE = 500000 m, FN = 0.
XY greekGridSnyder(double lonDeg, double latDeg)
{
    const double a = kGrs80.a, e2 = kGrs80.e2(), k0 = 0.9996;
    const double ep2 = e2 / (1 - e2);
    const double phi = latDeg * kDeg, dLambda = (lonDeg - 24.0) * kDeg;
    const double s = std::sin(phi), c = std::cos(phi), t = std::tan(phi);
    const double N = a / std::sqrt(1 - e2 * s * s); // 4-20
    const double T = t * t;                         // 8-13
    const double C = ep2 * c * c;                   // 8-14
    const double A = dLambda * c;                   // 8-15
    const double e4 = e2 * e2, e6 = e4 * e2;
    const double M =
        a * ((1 - e2 / 4 - 3 * e4 / 64 - 5 * e6 / 256) * phi // 3-21
             - (3 * e2 / 8 + 3 * e4 / 32 + 45 * e6 / 1024) * std::sin(2 * phi) +
             (15 * e4 / 256 + 45 * e6 / 1024) * std::sin(4 * phi) - (35 * e6 / 3072) * std::sin(6 * phi));
    const double x = k0 * N * // 8-9
                     (A + (1 - T + C) * std::pow(A, 3) / 6 +
                      (5 - 18 * T + T * T + 72 * C - 58 * ep2) * std::pow(A, 5) / 120);
    const double y = k0 * (M + N * t * // 8-10
                                   (A * A / 2 + (5 - T + 9 * C + 4 * C * C) * std::pow(A, 4) / 24 +
                                    (61 - 58 * T + T * T + 600 * C - 330 * ep2) * std::pow(A, 6) / 720));
    return {500000.0 + x, y};
}

struct Geocentric
{
    double X, Y, Z;
};

Geocentric toGeocentric(const Ellipsoid& el, double lonDeg, double latDeg)
{
    const double phi = latDeg * kDeg, lam = lonDeg * kDeg;
    const double N = el.a / std::sqrt(1 - el.e2() * std::sin(phi) * std::sin(phi));
    return {N * std::cos(phi) * std::cos(lam), N * std::cos(phi) * std::sin(lam),
            N * (1 - el.e2()) * std::sin(phi)};
}

/// Geocentric -> geodetic by fixed-point iteration on latitude (converges to 1e-14 rad in a few steps).
XY toGeodetic(const Ellipsoid& el, const Geocentric& g)
{
    const double p = std::hypot(g.X, g.Y);
    double phi = std::atan2(g.Z, p * (1 - el.e2()));
    for (int i = 0; i < 20; ++i) {
        const double N = el.a / std::sqrt(1 - el.e2() * std::sin(phi) * std::sin(phi));
        const double h = p / std::cos(phi) - N;
        phi = std::atan2(g.Z, p * (1 - el.e2() * N / (N + h)));
    }
    return {std::atan2(g.Y, g.X) / kDeg, phi / kDeg};
}

/// EPSG:1272 "GGRS87 to WGS 84 (1)", geocentric translation GGRS87 -> WGS84 (metres), as published in
/// the EPSG registry. The reverse direction subtracts it.
constexpr Geocentric kGgrs87ToWgs84{-199.87, 74.79, 246.62};

/// WGS84 lon/lat (ellipsoidal height 0) -> GGRS87 lon/lat by the textbook geocentric translation.
XY wgs84ToGgrs87(double lonDeg, double latDeg)
{
    const Geocentric w = toGeocentric(kWgs84, lonDeg, latDeg);
    return toGeodetic(kGrs80, {w.X - kGgrs87ToWgs84.X, w.Y - kGgrs87ToWgs84.Y, w.Z - kGgrs87ToWgs84.Z});
}

struct Place
{
    const char* name;
    double lon, lat;
};
const Place kPlaces[] = {
    {"Heraklion", 25.1343, 35.3387}, {"Athens", 23.7275, 37.9838},         {"Thessaloniki", 22.9444, 40.6401},
    {"Chania", 24.0180, 35.5138},    {"Sitia", 26.1008, 35.2076},          {"Patras", 21.7346, 38.2466},
    {"Ioannina", 20.8532, 39.6650},  {"Alexandroupoli", 25.8744, 40.8457},
};

bool withinMillimetres(const XY& got, const XY& want, double mm)
{
    return std::abs(got.x - want.x) < mm / 1000 && std::abs(got.y - want.y) < mm / 1000;
}

QString describe(const XY& got, const XY& want)
{
    return QString("PROJ %1 %2, Snyder %3 %4")
        .arg(got.x, 0, 'f', 4)
        .arg(got.y, 0, 'f', 4)
        .arg(want.x, 0, 'f', 4)
        .arg(want.y, 0, 'f', 4);
}

XY transformed(const Transform& t, double x, double y)
{
    double xy[2] = {x, y};
    const std::size_t failed = t.apply(xy, 1);
    if (failed != 0)
        return {std::nan(""), std::nan("")};
    return {xy[0], xy[1]};
}

// ESRI's .prj text for the Greek Grid (as ArcGIS writes it): no AUTHORITY node anywhere.
const char* const kEsriGreekGrid =
    R"(PROJCS["GGRS_1987_Greek_Grid",GEOGCS["GCS_GGRS_1987",DATUM["D_GGRS_1987",)"
    R"(SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],)"
    R"(UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],)"
    R"(PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],)"
    R"(PARAMETER["Central_Meridian",24.0],PARAMETER["Scale_Factor",0.9996],)"
    R"(PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]])";

} // namespace

class TestCrs : public QObject
{
    Q_OBJECT

private slots:
    void parsesEpsgCodes()
    {
        const Crs grid = Crs::fromUserInput("EPSG:2100");
        QVERIFY(grid.isValid());
        QCOMPARE(grid.epsg().value_or(0), 2100);
        QCOMPARE(grid.displayId(), std::string("EPSG:2100"));
        QVERIFY(!grid.isGeographic());
        QVERIFY(QString::fromStdString(grid.name()).contains("Greek Grid"));
        const Crs wgs = Crs::fromEpsg(4326);
        QCOMPARE(wgs.epsg().value_or(0), 4326);
        QVERIFY(wgs.isGeographic());
        QVERIFY(!wgs.isSame(grid));
        QVERIFY(Crs().isValid() == false);
        QVERIFY(!Crs().epsg());
    }

    void parsesProjStringAndWkt()
    {
        const Crs proj = Crs::fromUserInput(
            "+proj=tmerc +lat_0=0 +lon_0=24 +k=0.9996 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs");
        QVERIFY(proj.isValid());
        QVERIFY(!proj.isGeographic());
        // The PROJ string is the Greek Grid projection without datum shift: GGRS87 lon/lat -> Snyder values.
        const Transform t(Crs::fromEpsg(4121), proj);
        const XY got = transformed(t, 25.1343, 35.3387);
        const XY want = greekGridSnyder(25.1343, 35.3387);
        QVERIFY2(withinMillimetres(got, want, 5), qPrintable(describe(got, want)));

        const Crs wkt = Crs::fromUserInput(
            R"(GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],)"
            R"(AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433],)"
            R"(AUTHORITY["EPSG","4326"]])");
        QVERIFY(wkt.isGeographic());
        QCOMPARE(wkt.epsg().value_or(0), 4326);
        QVERIFY(wkt.isSame(Crs::fromEpsg(4326)));
        // wkt() round-trips through the parser.
        QVERIFY(Crs::fromUserInput(Crs::fromEpsg(2100).wkt()).isSame(Crs::fromEpsg(2100)));
    }

    void invalidInputThrowsNamingIt_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("unknown code") << "EPSG:999999";
        QTest::newRow("garbage") << "not a crs at all";
        QTest::newRow("broken wkt") << "PROJCS[\"half";
        QTest::newRow("empty") << "";
    }
    void invalidInputThrowsNamingIt()
    {
        QFETCH(QString, input);
        try {
            Crs::fromUserInput(input.toStdString());
            QFAIL("no CrsError thrown");
        } catch (const CrsError& e) {
            QVERIFY2(std::string(e.what()).find('"' + input.toStdString() + '"') != std::string::npos,
                     e.what());
        }
    }

    void axisOrderIsLonLat()
    {
        const Transform t(Crs::fromEpsg(4326), Crs::fromEpsg(2100));
        const XY p = transformed(t, 25.1343, 35.3387); // x = lon, y = lat
        // Heraklion lies east of the central meridian (24 E): easting > 500 km; northing ~ 3.9e6 m.
        QVERIFY2(p.x > 590000 && p.x < 620000, qPrintable(QString::number(p.x)));
        QVERIFY2(p.y > 3.89e6 && p.y < 3.93e6, qPrintable(QString::number(p.y)));
        // sample-data/README.md: gdaltransform gives E 602931, N 3910906 for Lions Square (rounded to 1 m).
        QVERIFY2(std::abs(p.x - 602931) <= 0.5 && std::abs(p.y - 3910906) <= 0.5,
                 qPrintable(QString("%1 %2").arg(p.x, 0, 'f', 2).arg(p.y, 0, 'f', 2)));
        // And back: x = longitude.
        const Transform back(Crs::fromEpsg(2100), Crs::fromEpsg(4326));
        const XY q = transformed(back, p.x, p.y);
        QVERIFY(std::abs(q.x - 25.1343) < 1e-6 && std::abs(q.y - 35.3387) < 1e-6);
    }

    void greekGridMatchesSnyder_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        for (const Place& p : kPlaces)
            QTest::newRow(p.name) << p.lon << p.lat;
    }
    void greekGridMatchesSnyder()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        // GGRS87 geographic -> Greek Grid is a pure projection (same datum): Snyder's series is good to
        // well under a millimetre within 5 degrees of the central meridian.
        const Transform t(Crs::fromEpsg(4121), Crs::fromEpsg(2100));
        QVERIFY(!t.isIdentity());
        const XY got = transformed(t, lon, lat);
        const XY want = greekGridSnyder(lon, lat);
        QVERIFY2(withinMillimetres(got, want, 5), qPrintable(describe(got, want)));
    }

    void wgs84ToGreekGridAppliesDatumShift_data() { greekGridMatchesSnyder_data(); }
    void wgs84ToGreekGridAppliesDatumShift()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        const Transform t(Crs::fromEpsg(4326), Crs::fromEpsg(2100));
        const XY got = transformed(t, lon, lat);
        // Bound 1: the datum shift is a translation of |t| = 326.2 m between the geocentres; it moves a
        // point on the surface by at most |t| horizontally, and the projection scales lengths by
        // 0.9996..1.0004 here, so the result lies within 327 m of the same lon/lat projected without shift.
        // It must also be *different* (> 100 m): a missing datum shift is a classic Greek Grid bug.
        const XY pure = greekGridSnyder(lon, lat);
        const double shift = std::hypot(got.x - pure.x, got.y - pure.y);
        QVERIFY2(shift < 327.0 && shift > 100.0, qPrintable(QString::number(shift)));
        // Bound 2: EPSG:2100's default operation from WGS84 is the inverse of EPSG:1272 (3-parameter
        // translation, published values) followed by the projection. Rebuilt here from textbook formulas,
        // it must agree to the centimetre (the only approximation is Snyder's series, < 5 mm).
        const XY ggrs = wgs84ToGgrs87(lon, lat);
        const XY want = greekGridSnyder(ggrs.x, ggrs.y);
        QVERIFY2(std::abs(got.x - want.x) < 0.01 && std::abs(got.y - want.y) < 0.01,
                 qPrintable(QString("PROJ %1 %2, textbook %3 %4")
                                .arg(got.x, 0, 'f', 4)
                                .arg(got.y, 0, 'f', 4)
                                .arg(want.x, 0, 'f', 4)
                                .arg(want.y, 0, 'f', 4)));
    }

    void roundTrips()
    {
        const Transform toGrid(Crs::fromEpsg(4326), Crs::fromEpsg(2100));
        const Transform toWgs(Crs::fromEpsg(2100), Crs::fromEpsg(4326));
        const Transform toGridPure(Crs::fromEpsg(4121), Crs::fromEpsg(2100));
        const Transform toGgrsPure(Crs::fromEpsg(2100), Crs::fromEpsg(4121));
        for (const Place& p : kPlaces) {
            // Pure projection: forward and inverse TM are exact inverses: 1e-8 degrees (~1 mm).
            XY g = transformed(toGridPure, p.lon, p.lat);
            XY back = transformed(toGgrsPure, g.x, g.y);
            QVERIFY2(std::abs(back.x - p.lon) < 1e-8 && std::abs(back.y - p.lat) < 1e-8, p.name);
            // With the datum shift, a 2D pipeline drops the ellipsoidal height h' (|h'| <= |t| = 326 m)
            // gained on the GGRS87 side, so the way back starts from a point moved by h' along a normal
            // that is tilted by at most |t|/R against WGS84's: error <= 326 * 326 / 6.36e6 m = 1.7 cm,
            // i.e. 1.5e-7 degrees. (PROJ's cs2cs shows the same 1e-8-degree-scale round-trip error.)
            g = transformed(toGrid, p.lon, p.lat);
            back = transformed(toWgs, g.x, g.y);
            QVERIFY2(std::abs(back.x - p.lon) < 1.5e-7 && std::abs(back.y - p.lat) < 1.5e-7,
                     qPrintable(QString("%1: %2 %3").arg(p.name).arg(back.x - p.lon).arg(back.y - p.lat)));
        }
    }

    void batchedApplyWithStride()
    {
        // x, y, payload triples: the payload must be untouched, each point transformed like a single one.
        const Transform t(Crs::fromEpsg(4121), Crs::fromEpsg(2100));
        double data[3 * 3] = {25.1343, 35.3387, -1, 23.7275, 37.9838, -2, 22.9444, 40.6401, -3};
        QCOMPARE(t.apply(data, 3, 3), std::size_t(0));
        for (int i = 0; i < 3; ++i) {
            const XY want = greekGridSnyder(kPlaces[i].lon, kPlaces[i].lat);
            QVERIFY(std::abs(data[3 * i] - want.x) < 0.005 && std::abs(data[3 * i + 1] - want.y) < 0.005);
            QCOMPARE(data[3 * i + 2], double(-(i + 1)));
        }
    }

    void extentContainsTransformedCorners()
    {
        const Transform t(Crs::fromEpsg(4326), Crs::fromEpsg(2100));
        const Extent geo = Extent::of(19.5, 34.8, 28.3, 41.8); // all of Greece
        const Extent grid = t.apply(geo);
        QVERIFY(!grid.isEmpty());
        for (double lon : {geo.xmin, geo.centerX(), geo.xmax}) {
            for (double lat : {geo.ymin, geo.centerY(), geo.ymax}) {
                const XY p = transformed(t, lon, lat);
                QVERIFY2(grid.contains(p.x, p.y), qPrintable(QString("%1 %2").arg(lon).arg(lat)));
            }
        }
        // The bottom edge bulges south in TM (parallels curve): the extent's ymin lies below both corners.
        const XY sw = transformed(t, geo.xmin, geo.ymin), se = transformed(t, geo.xmax, geo.ymin);
        QVERIFY(grid.ymin <= std::min(sw.y, se.y));
        QVERIFY(t.apply(Extent{}).isEmpty());
    }

    void identityForSameCrs()
    {
        const Crs a = Crs::fromEpsg(2100);
        const Crs b = Crs::fromUserInput(a.wkt());
        const Transform same(a, b);
        QVERIFY(same.isIdentity());
        double xy[2] = {602931.42, 3910905.77};
        same.apply(xy, 1);
        QCOMPARE(xy[0], 602931.42);
        QCOMPARE(xy[1], 3910905.77);
        QVERIFY(!Transform(a, Crs::fromEpsg(4326)).isIdentity());
        QVERIFY_THROWS_EXCEPTION(CrsError, Transform(Crs(), a));
    }

    void esriPrjIsGreekGrid()
    {
        const Crs esri = Crs::fromUserInput(kEsriGreekGrid);
        QCOMPARE(esri.epsg().value_or(0), 2100);
        QCOMPARE(esri.displayId(), std::string("EPSG:2100"));
        QVERIFY(esri.isSame(Crs::fromEpsg(2100)));
        // Same projection as EPSG:2100, so the same numbers from the same GGRS87 coordinates.
        const XY got = transformed(Transform(Crs::fromEpsg(4121), esri), 25.1343, 35.3387);
        const XY want = greekGridSnyder(25.1343, 35.3387);
        QVERIFY(std::abs(got.x - want.x) < 0.005 && std::abs(got.y - want.y) < 0.005);
        // A UTM zone on the same ellipsoid is not mistaken for it.
        const Crs utm = Crs::fromUserInput("+proj=utm +zone=35 +ellps=GRS80 +units=m +no_defs");
        QVERIFY(utm.epsg().value_or(0) != 2100);
    }

    // Areas of use as the EPSG registry gives them (epsg.org): Greece for EPSG:2100 (about 19.6-30.2 E,
    // 34.9-41.8 N), the world for WGS 84; an ESRI .prj of the Greek Grid gets its EPSG twin's area.
    void areaOfUseComesFromTheRegistry()
    {
        std::string name;
        const Extent greece = Crs::fromEpsg(2100).areaOfUse(&name);
        QVERIFY2(QString::fromStdString(name).contains("Greece"), name.c_str());
        QVERIFY(greece.contains(25.1343, 35.3387)); // Heraklion
        QVERIFY(!greece.contains(23.7, 30.0) && !greece.contains(12.5, 41.9)); // Libya, Rome
        QVERIFY(Crs::fromUserInput(kEsriGreekGrid).areaOfUse() == greece);
        const Extent world = Crs::fromEpsg(4326).areaOfUse();
        QVERIFY(world.xmin <= -180 && world.xmax >= 180 && world.ymin <= -90 && world.ymax >= 90);
        QVERIFY(Crs::fromUserInput("+proj=tmerc +lon_0=24 +k=0.9996 +x_0=500000 +ellps=GRS80").areaOfUse().isEmpty());
    }

    // The EPSG catalogue: codes and names from the EPSG registry (epsg.org), which PROJ's database mirrors.
    void catalogueListsEpsgCrss()
    {
        const std::vector<CrsInfo>& all = crsCatalogue();
        QVERIFY2(all.size() > 1000, QByteArray::number(qulonglong(all.size())));
        QCOMPARE(&crsCatalogue(), &all); // cached
        QVERIFY(std::is_sorted(all.begin(), all.end(), [](const CrsInfo& a, const CrsInfo& b) { return a.code < b.code; }));
        const auto entry = [&](int code) {
            return std::find_if(all.begin(), all.end(), [code](const CrsInfo& c) { return c.code == code; });
        };
        QVERIFY(entry(2100) != all.end());
        QCOMPARE(QString::fromStdString(entry(2100)->name), QString("GGRS87 / Greek Grid"));
        QVERIFY(QString::fromStdString(entry(2100)->area).contains("Greece"));
        QVERIFY(!entry(2100)->geographic);
        QVERIFY(entry(4326)->geographic);
        QCOMPARE(QString::fromStdString(entry(32635)->name), QString("WGS 84 / UTM zone 35N"));
        QCOMPARE(QString::fromStdString(entry(3857)->name), QString("WGS 84 / Pseudo-Mercator"));
        QVERIFY(entry(4978) == all.end()); // geocentric: not a map CRS
        QVERIFY(entry(2036) == all.end()); // deprecated
    }

    void catalogueSearch()
    {
        const std::vector<CrsInfo>& all = crsCatalogue();
        const auto codes = [&](const std::string& text) {
            std::vector<int> found;
            for (std::size_t i : searchCrs(text))
                found.push_back(all[i].code);
            return found;
        };
        QCOMPARE(codes("Greek Grid"), std::vector<int>{2100});
        QCOMPARE(codes("greek GRID"), std::vector<int>{2100});
        QCOMPARE(codes("2100").front(), 2100);
        for (int code : codes("2100"))
            QVERIFY(std::to_string(code).rfind("2100", 0) == 0);
        QCOMPARE(codes("4326").front(), 4326);
        QCOMPARE(codes("EPSG:3857"), std::vector<int>{3857});
        const std::vector<int> utm = codes("WGS 84 / UTM zone 35N");
        QVERIFY(std::find(utm.begin(), utm.end(), 32635) != utm.end());
        QVERIFY(codes("no such crs anywhere").empty());
        QCOMPARE(searchCrs("", 10).size(), std::size_t(10));
    }
};

QTEST_GUILESS_MAIN(TestCrs)
#include "tst_crs.moc"
