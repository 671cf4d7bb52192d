// The Arrow read path against the feature loop: DataSource::read with ReadOptions::fastRead on and off must
// give identical FeatureStores (every coordinate, Z/M, ring/part offset, fid, kind and attribute) on the
// sample data, a generated city and a fixture written here with Z/M, multi-parts, holes, empties and nulls.
#include "fixtures.hpp"

#include "layers/io/data_source.hpp"
#include "layers/io/detail/arrow_reader.hpp"
#include "tests/bench/city_generator.hpp"

#include <QtTest>

#include <cstring>

using namespace polis;

namespace {

/// Whether two doubles are the same value (NaN equals NaN: untransformable points stay NaN in both).
bool same(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

/// The first difference between two stores, or an empty string.
QString difference(const FeatureStore& a, const FeatureStore& b)
{
    if (a.size() != b.size() || a.pointCount() != b.pointCount() || a.fields().size() != b.fields().size())
        return QString("sizes %1/%2 features, %3/%4 points").arg(a.size()).arg(b.size()).arg(a.pointCount()).arg(b.pointCount());
    if (a.hasZ() != b.hasZ() || a.hasM() != b.hasM())
        return "Z/M flags";
    for (std::size_t f = 0; f < a.size(); ++f) {
        const QString where = QString("feature %1 (fid %2): ").arg(f).arg(a.fid(f));
        if (a.fid(f) != b.fid(f) || a.kind(f) != b.kind(f))
            return where + "fid or kind";
        if (a.firstPart(f) != b.firstPart(f) || a.endPart(f) != b.endPart(f))
            return where + "part offsets";
        for (std::uint32_t p = a.firstPart(f); p < a.endPart(f); ++p) {
            if (a.firstRing(p) != b.firstRing(p) || a.endRing(p) != b.endRing(p))
                return where + "ring offsets";
            for (std::uint32_t r = a.firstRing(p); r < a.endRing(p); ++r) {
                const RingView ra = a.ring(r), rb = b.ring(r);
                if (ra.count != rb.count || a.ringOffset(r) != b.ringOffset(r))
                    return where + "point offsets";
                for (std::uint32_t i = 0; i < ra.count; ++i) {
                    const std::uint32_t pt = a.ringOffset(r) + i;
                    if (!same(ra.xy[2 * i], rb.xy[2 * i]) || !same(ra.xy[2 * i + 1], rb.xy[2 * i + 1]) ||
                        !same(a.z(pt), b.z(pt)) || !same(a.m(pt), b.m(pt)))
                        return where + QString("point %1").arg(i);
                }
            }
        }
        if (!(a.bbox(f) == b.bbox(f)) && !(a.bbox(f).isEmpty() && b.bbox(f).isEmpty()))
            return where + "box";
        for (std::size_t c = 0; c < a.fields().size(); ++c) {
            if (a.attribute(f, c) != b.attribute(f, c))
                return where + QString("attribute %1").arg(QString::fromStdString(a.fields()[c].name));
        }
    }
    return {};
}

/// The fixture's features: WKT (empty = null geometry) and attributes (a null where the flag says so).
struct Row
{
    const char* wkt;
    bool nulls;
};

void writeLayer(GDALDataset& ds, const char* name, OGRwkbGeometryType type, const std::vector<Row>& rows)
{
    OGRLayer* layer = ds.CreateLayer(name, nullptr, type, nullptr);
    QVERIFY(layer);
    OGRFieldDefn count("count", OFTInteger64), ratio("ratio", OFTReal), label("label", OFTString),
        flag("flag", OFTInteger);
    flag.SetSubType(OFSTBoolean);
    // A boolean field sends a layer to the feature loop (see arrow_reader.cpp): only "points" has one.
    const bool withFlag = std::strcmp(name, "points") == 0;
    for (OGRFieldDefn* d : {&count, &ratio, &label, &flag}) {
        if (d != &flag || withFlag)
            QCOMPARE(layer->CreateField(d), OGRERR_NONE);
    }
    int i = 0;
    for (const Row& row : rows) {
        OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        if (*row.wkt) {
            OGRGeometry* g = nullptr;
            QCOMPARE(OGRGeometryFactory::createFromWkt(row.wkt, nullptr, &g), OGRERR_NONE);
            feature->SetGeometryDirectly(g);
        }
        if (row.nulls) {
            for (int f = 0; f < feature->GetFieldCount(); ++f)
                feature->SetFieldNull(f);
        } else {
            feature->SetField(0, GIntBig(1) << (33 + i));
            feature->SetField(1, 0.1 * ++i);
            feature->SetField(2, i % 2 ? "Ηράκλειο" : "");
            if (withFlag)
                feature->SetField(3, i % 2);
        }
        QCOMPARE(layer->CreateFeature(feature.get()), OGRERR_NONE);
    }
}

} // namespace

class TestFastRead : public QObject
{
    Q_OBJECT
    test::Scratch m_dir;


    /// Reads every layer of `path` both ways and compares.
    void compareAll(const std::string& path)
    {
        const DataSource ds = DataSource::open(path);
        for (std::size_t i : ds.selectedLayers()) {
            ReadOptions fast, loop;
            loop.fastRead = false;
            const auto a = ds.read(i, fast);
            const auto b = ds.read(i, loop);
            const QString diff = difference(*a, *b);
            QVERIFY2(diff.isEmpty(), qPrintable(QString::fromStdString(path + ":" + ds.layers()[i].name) + ": " + diff));
        }
    }

    /// Whether the Arrow stream reads layer `name` of `path` by itself (no fallback).
    static bool streamReads(const std::string& path, const char* name)
    {
        const DataSource ds = DataSource::open(path);
        const LayerInfo& info = ds.layers()[ds.layerIndex(name)];
        FeatureStore store(info.fields, info.hasZ, info.hasM);
        return detail::readArrowStream(*ds.gdalDataset().GetLayerByName(name), info.fields, info.geometry, store, {});
    }

private slots:
    void initTestCase()
    {
        GDALAllRegister();
        QVERIFY(m_dir.isValid());
        for (const char* driverName : {"GPKG", "GeoJSON"}) {
            GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName);
            const std::string path = m_dir.tmp(std::strcmp(driverName, "GPKG") == 0 ? "fixture.gpkg" : "fixture.geojson");
            GDALDatasetUniquePtr ds(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
            QVERIFY(ds);
            if (std::strcmp(driverName, "GeoJSON") == 0) { // one layer per file
                writeLayer(*ds, "mixed", wkbUnknown,
                           {{"MULTIPOLYGON Z (((0 0 1,10 0 2,10 10 3,0 0 1),(2 1 0,8 1 0,8 7 0,2 1 0)),((20 0 5,30 0 5,30 5 5,20 0 5)))", false},
                            {"", true}, {"LINESTRING Z (0 0 1,1 1 2,2 0 3)", false}, {"POINT EMPTY", true},
                            {"MULTIPOINT Z ((1 2 3),(4 5 6))", false}});
                continue;
            }
            writeLayer(*ds, "polygons_zm", wkbMultiPolygonZM,
                       {{"MULTIPOLYGON ZM (((0 0 1 9,10 0 2 8,10 10 3 7,0 10 4 6,0 0 1 9),(2 2 0 0,4 2 0 0,4 4 0 0,2 2 0 0)),((20 0 5 5,30 0 5 5,30 5 5 5,20 0 5 5)))", false},
                        {"", true},
                        {"POLYGON ZM ((0 0 1 1,1 0 1 1,1 1 1 1,0 0 1 1))", false},
                        {"POLYGON EMPTY", true}});
            writeLayer(*ds, "lines_m", wkbMultiLineStringM,
                       {{"MULTILINESTRING M ((0 0 1,5 5 2),(6 6 3,7 7 4,8 9 5))", false}, {"LINESTRING M (1 1 1,2 2 2)", true},
                        {"LINESTRING EMPTY", false}, {"", true}});
            writeLayer(*ds, "points", wkbPoint, {{"POINT (1.5 2.5)", false}, {"POINT EMPTY", false}, {"", true}});
            writeLayer(*ds, "multipoints_z", wkbMultiPoint25D, {{"MULTIPOINT Z ((1 2 3),(4 5 6))", true}, {"POINT Z (7 8 9)", false}});
            writeLayer(*ds, "curves", wkbCurvePolygon,
                       {{"CURVEPOLYGON (CIRCULARSTRING (0 0,1 1,2 0,1 -1,0 0))", false}, {"POLYGON ((0 0,1 0,1 1,0 0))", true}});
            writeLayer(*ds, "collections", wkbGeometryCollection,
                       {{"GEOMETRYCOLLECTION (POINT (1 1),LINESTRING (0 0,1 1))", false}});
        }
        bench::CityOptions city;
        city.buildings = 3000;
        city.output = m_dir.tmp("city.gpkg");
        city.seed = 7;
        bench::generateCity(city);
    }

    void identicalStores_data()
    {
        QTest::addColumn<QString>("path");
        for (const char* file : {"districts.shp", "boundary.shp", "coastline.geojson", "roads.geojson", "heraklion.gpkg"})
            QTest::newRow(file) << QString::fromStdString(test::sample(file));
        for (const char* file : {"fixture.gpkg", "fixture.geojson", "city.gpkg"})
            QTest::newRow(file) << QString::fromStdString(m_dir.tmp(file));
    }
    void identicalStores()
    {
        QFETCH(QString, path);
        compareAll(path.toStdString());
    }

    /// The comparison above means something only if the stream did the reading where it should.
    void streamCoversSimpleGeometries()
    {
        for (const char* layer : {"buildings", "roads", "parcels", "pois"})
            QVERIFY2(streamReads(m_dir.tmp("city.gpkg"), layer), layer);
        for (const char* layer : {"polygons_zm", "lines_m", "multipoints_z"})
            QVERIFY2(streamReads(m_dir.tmp("fixture.gpkg"), layer), layer);
        QVERIFY(!streamReads(m_dir.tmp("fixture.gpkg"), "points")); // its boolean field
        QVERIFY(!streamReads(m_dir.tmp("fixture.gpkg"), "curves"));
        QVERIFY(!streamReads(m_dir.tmp("fixture.gpkg"), "collections"));
    }
};

QTEST_GUILESS_MAIN(TestFastRead)
#include "tst_fast_read.moc"
