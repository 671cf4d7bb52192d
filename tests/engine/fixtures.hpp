#pragma once
#include <QTemporaryDir>
// Shared test helpers: paths to sample-data, fixture writers and independent reference readers that use
// GDAL's own API directly (never the engine).
#include "layers/core/extent.hpp"

#include <gdal_priv.h>
#include <gdal_utils.h>
#include <ogrsf_frmts.h>

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>

#include <clocale>

#include <cmath>
#include <cstdint>
#include <memory>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace polis::test {

/// A test class's scratch folder (removed with it); tmp(name) is the UTF-8 path of a file inside it.
class Scratch : public QTemporaryDir
{
public:
    std::string tmp(const char* name) const { return filePath(QString::fromUtf8(name)).toStdString(); }
};

inline std::string sample(const QString& name)
{
    QString dir = qEnvironmentVariable("POLIS_SAMPLE_DATA");
    if (dir.isEmpty())
        dir = QStringLiteral(POLIS_SAMPLE_DATA);
    return (dir + '/' + name).toStdString();
}

inline QString describe(const Extent& e)
{
    return QString("(%1, %2)-(%3, %4)")
        .arg(e.xmin, 0, 'f', 9)
        .arg(e.ymin, 0, 'f', 9)
        .arg(e.xmax, 0, 'f', 9)
        .arg(e.ymax, 0, 'f', 9);
}

inline bool near(const Extent& a, const Extent& b, double tolerance)
{
    return std::abs(a.xmin - b.xmin) <= tolerance && std::abs(a.ymin - b.ymin) <= tolerance &&
           std::abs(a.xmax - b.xmax) <= tolerance && std::abs(a.ymax - b.ymax) <= tolerance;
}

/// Switches LC_NUMERIC to a locale whose decimal separator is a comma, as on the Greek machines Polis runs on
/// (QCoreApplication calls setlocale(LC_ALL, "") on Unix, so the engine inherits the user's locale). When no
/// such locale is installed, compiles el_GR with localedef into `dir` and points LOCPATH there.
/// Returns false when none can be had. LOCPATH stays set (GDAL switches to "C" and back in places, and the
/// way back needs it): afterwards call setlocale(LC_NUMERIC, "C") and unset LOCPATH.
inline bool useDecimalCommaLocale(const QString& dir)
{
    auto active = [](const char* name) {
        return std::setlocale(LC_NUMERIC, name) && std::localeconv()->decimal_point[0] == ',';
    };
    for (const char* name : {"el_GR.UTF-8", "el_GR.utf8", "de_DE.UTF-8", "fr_FR.UTF-8"}) {
        if (active(name))
            return true;
    }
    QProcess::execute("localedef", {"-i", "el_GR", "-f", "UTF-8", dir + "/el_GR.UTF-8"}); // exit 1 = warnings
    qputenv("LOCPATH", QFile::encodeName(dir));
    return active("el_GR.UTF-8");
}

/// What GDAL itself reports about a layer: the reference for the engine's LayerInfo.
struct OgrLayerFacts
{
    std::string name;
    std::int64_t count = -1;
    Extent extent;           ///< computed by GDAL (forced)
};

inline std::vector<OgrLayerFacts> ogrFacts(const std::string& path)
{
    std::vector<OgrLayerFacts> out;
    GDALDatasetH ds = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!ds)
        throw std::runtime_error("GDAL cannot open " + path);
    for (int i = 0; i < GDALDatasetGetLayerCount(ds); ++i) {
        OGRLayerH layer = GDALDatasetGetLayer(ds, i);
        OgrLayerFacts facts;
        facts.name = OGR_L_GetName(layer);
        facts.count = OGR_L_GetFeatureCount(layer, TRUE);
        OGREnvelope env;
        if (OGR_L_GetGeomType(layer) != wkbNone && OGR_L_GetExtent(layer, &env, TRUE) == OGRERR_NONE)
            facts.extent = Extent::of(env.MinX, env.MinY, env.MaxX, env.MaxY);
        out.push_back(facts);
    }
    GDALClose(ds);
    return out;
}

inline void writeBytes(const std::string& path, const QByteArray& bytes)
{
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write " + path);
}

inline void writeText(const std::string& path, const std::string& text)
{
    writeBytes(path, QByteArray::fromStdString(text));
}

inline void writeRandom(const std::string& path, int size, unsigned seed)
{
    std::mt19937 rng(seed);
    QByteArray bytes(size, '\0');
    for (char& c : bytes)
        c = char(rng() & 0xff);
    writeBytes(path, bytes);
}

/// A point shapefile (EPSG:2100) with one text field "name", written with layer option ENCODING=`encoding`
/// (the driver writes the .cpg and recodes the UTF-8 `names`).
inline void writeShapefile(const std::string& path, const char* encoding,
                           const std::vector<std::string>& names)
{
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile");
    GDALDatasetUniquePtr ds(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    OGRSpatialReference srs;
    srs.importFromEPSG(2100);
    const std::string option = std::string("ENCODING=") + encoding;
    const char* options[] = {option.c_str(), nullptr};
    OGRLayer* layer = ds->CreateLayer("places", &srs, wkbPoint, const_cast<char**>(options));
    OGRFieldDefn field("name", OFTString);
    field.SetWidth(40);
    layer->CreateField(&field);
    for (std::size_t i = 0; i < names.size(); ++i) {
        OGRFeature f(layer->GetLayerDefn());
        f.SetField(0, names[i].c_str());
        OGRPoint p(600000.0 + 100.0 * double(i), 3910000.0);
        f.SetGeometry(&p);
        if (layer->CreateFeature(&f) != OGRERR_NONE)
            throw std::runtime_error("cannot write " + path);
    }
}

/// `count` points (EPSG:2100) in one GeoPackage layer "points", written in one transaction.
inline void writeManyPoints(const std::string& path, int count)
{
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDatasetUniquePtr ds(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    OGRSpatialReference srs;
    srs.importFromEPSG(2100);
    OGRLayer* layer = ds->CreateLayer("points", &srs, wkbPoint, nullptr);
    OGRFieldDefn field("n", OFTInteger);
    layer->CreateField(&field);
    ds->StartTransaction();
    for (int i = 0; i < count; ++i) {
        OGRFeature f(layer->GetLayerDefn());
        f.SetField(0, i);
        OGRPoint p(600000.0 + i % 200, 3900000.0 + i / 200);
        f.SetGeometry(&p);
        if (layer->CreateFeature(&f) != OGRERR_NONE)
            throw std::runtime_error("cannot write " + path);
    }
    ds->CommitTransaction();
}

/// GDALVectorTranslate (ogr2ogr) from `src` to `dst` with the given arguments.
inline void translate(const std::string& src, const std::string& dst, std::vector<std::string> args)
{
    std::vector<char*> argv;
    for (std::string& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(argv.data(), nullptr);
    GDALDatasetH in = GDALOpenEx(src.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    int usageError = 0;
    GDALDatasetH out = in ? GDALVectorTranslate(dst.c_str(), nullptr, 1, &in, options, &usageError) : nullptr;
    GDALVectorTranslateOptionsFree(options);
    if (out)
        GDALClose(out);
    if (in)
        GDALClose(in);
    if (!out)
        throw std::runtime_error("cannot translate " + src + " to " + dst);
}

/// Band 1 of a raster read with GDAL directly, and GDAL's own approximate min/max.
struct RasterBand
{
    int width = 0, height = 0;
    std::vector<double> values;
    double min = 0, max = 0;
    double value(int col, int row) const
    {
        return values[std::size_t(row) * std::size_t(width) + std::size_t(col)];
    }
};

inline RasterBand readBand(const std::string& path)
{
    RasterBand out;
    GDALDatasetH ds = GDALOpen(path.c_str(), GA_ReadOnly);
    if (!ds)
        throw std::runtime_error("GDAL cannot open " + path);
    GDALRasterBandH band = GDALGetRasterBand(ds, 1);
    out.width = GDALGetRasterXSize(ds);
    out.height = GDALGetRasterYSize(ds);
    out.values.resize(std::size_t(out.width) * std::size_t(out.height));
    CPLErr err = GDALRasterIO(band, GF_Read, 0, 0, out.width, out.height, out.values.data(), out.width,
                              out.height, GDT_Float64, 0, 0);
    double minmax[2] = {0, 0};
    GDALComputeRasterMinMax(band, TRUE, minmax);
    out.min = minmax[0];
    out.max = minmax[1];
    GDALClose(ds);
    if (err != CE_None)
        throw std::runtime_error("GDAL cannot read " + path);
    return out;
}

/// A GeoJSON grid of 31 x 21 points, 25.00..25.30 E by 35.20..35.40 N every 0.01 degree, row by row;
/// feature i has name "p<i>" and n = i.
inline std::string pointGrid()
{
    std::string json = R"({"type":"FeatureCollection","features":[)";
    char buf[200];
    for (int i = 0; i < 31 * 21; ++i) {
        std::snprintf(
            buf, sizeof buf,
            R"(%s{"type":"Feature","properties":{"name":"p%d","n":%d},"geometry":{"type":"Point","coordinates":[%.2f,%.2f]}})",
            i ? "," : "", i, i, 25.0 + 0.01 * (i % 31), 35.2 + 0.01 * (i / 31));
        json += buf;
    }
    return json + "]}";
}

inline const char* const kSquaresGeoJson = R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"a"},"geometry":{"type":"Polygon","coordinates":[[[25.10,35.30],[25.11,35.30],[25.11,35.31],[25.10,35.31],[25.10,35.30]]]}},
{"type":"Feature","properties":{"name":"b"},"geometry":{"type":"Polygon","coordinates":[[[25.12,35.30],[25.13,35.30],[25.13,35.31],[25.12,35.31],[25.12,35.30]]]}},
{"type":"Feature","properties":{"name":"c"},"geometry":{"type":"Polygon","coordinates":[[[25.14,35.30],[25.15,35.30],[25.15,35.31],[25.14,35.31],[25.14,35.30]]]}}
]})";

/// An L (box 0..10 x 0..10, the quadrant 5..10 x 5..10 cut away) and a square 6..7 x 6..7 in that quadrant.
inline const char* const kShapesGeoJson = R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"L"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[10,0],[10,5],[5,5],[5,10],[0,10],[0,0]]]}},
{"type":"Feature","properties":{"name":"square"},"geometry":{"type":"Polygon","coordinates":[[[6,6],[7,6],[7,7],[6,7],[6,6]]]}}
]})";

inline const char* const kKml = R"(<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>places</name>
<Placemark><name>Λιμάνι</name><Point><coordinates>25.1343,35.3387,0</coordinates></Point></Placemark>
<Placemark><name>Road</name><LineString><coordinates>25.10,35.30 25.12,35.31 25.14,35.33</coordinates></LineString></Placemark>
<Placemark><name>Park</name><Polygon><outerBoundaryIs><LinearRing><coordinates>25.10,35.30 25.11,35.30 25.11,35.31 25.10,35.30</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
</Document></kml>
)";

inline const char* const kGpx = R"(<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="polis-tests" xmlns="http://www.topografix.com/GPX/1/1">
<wpt lat="35.3387" lon="25.1343"><name>Κνωσός</name></wpt>
<wpt lat="35.2980" lon="25.1630"><name>Knossos</name></wpt>
<trk><name>walk</name><trkseg>
<trkpt lat="35.3300" lon="25.1300"/><trkpt lat="35.3310" lon="25.1320"/><trkpt lat="35.3320" lon="25.1340"/>
</trkseg></trk>
</gpx>
)";

} // namespace polis::test
