// FeatureWriter: GeoPackage, GeoJSON and CSV written by the engine and read back with GDAL's own API.
#include "layers/core/crs.hpp"
#include "layers/core/error.hpp"
#include "layers/io/feature_writer.hpp"
#include "query_fixtures.hpp"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace polis;

namespace {

/// Three features: a polygon with a hole, a two-part multipolygon, one without geometry; fields of each type.
std::shared_ptr<FeatureStore> fixture()
{
    const auto shapes =
        test::geosFromWkt({"POLYGON((0 0,10 0,10 10,0 10,0 0),(2 2,4 2,4 4,2 4,2 2))",
                           "MULTIPOLYGON(((20 0,21 0,21 1,20 1,20 0)),((30 0,31 0,31 1,30 1,30 0)))",
                           "GEOMETRYCOLLECTION EMPTY"});
    auto store = std::make_shared<FeatureStore>(std::vector<Field>{
        {"name", FieldType::String, 0}, {"floors", FieldType::Integer, 0}, {"height", FieldType::Real, 0}});
    detail::GeosStoreBuilder builder(*store);
    const char* names[] = {"Σχολείο", "b", "c"};
    for (std::size_t i = 0; i < shapes.size(); ++i) {
        builder.begin(std::int64_t(10 + i), shapes[i].second.get());
        store->setAttribute(0, std::string(names[i]));
        if (i != 1)
            store->setAttribute(1, std::int64_t(i + 2));
        store->setAttribute(2, 3.25 * double(i));
        builder.endFeature();
    }
    store->finish();
    return store;
}

struct ReadBack
{
    std::vector<std::string> wkt, names;
    std::vector<bool> floorsNull;
    std::vector<GIntBig> fids;
    int epsg = 0;
};

ReadBack readBack(const std::string& path)
{
    ReadBack r;
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
    if (!ds)
        return r;
    OGRLayer* layer = ds->GetLayer(0);
    if (const OGRSpatialReference* srs = layer->GetSpatialRef()) {
        OGRSpatialReference copy(*srs);
        copy.AutoIdentifyEPSG();
        const char* code = copy.GetAuthorityCode(nullptr);
        r.epsg = code ? std::atoi(code) : 0;
    }
    for (auto& f : *layer) {
        const OGRGeometry* g = f->GetGeometryRef();
        r.wkt.push_back(g && !g->IsEmpty() ? g->exportToWkt() : std::string());
        r.names.push_back(f->GetFieldAsString("name"));
        r.floorsNull.push_back(!f->IsFieldSetAndNotNull(f->GetFieldIndex("floors")));
        r.fids.push_back(f->GetFID());
    }
    return r;
}

} // namespace

class TestFeatureWriter : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { GDALAllRegister(); }

    void formats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("gpkg") << "out.gpkg";
        QTest::newRow("geojson") << "out.geojson";
        QTest::newRow("csv") << "out.csv";
    }

    void formats()
    {
        QFETCH(QString, file);
        const std::string path = m_dir.filePath(file).toStdString();
        const auto store = fixture();
        FeatureWriter::write(*store, Crs::fromEpsg(2100), path);
        const ReadBack r = readBack(path);
        QCOMPARE(r.wkt.size(), std::size_t(3));
        // Single polygons are promoted to multi so one layer type holds every feature.
        QCOMPARE(r.wkt[0], std::string("MULTIPOLYGON (((0 0,10 0,10 10,0 10,0 0),(2 2,4 2,4 4,2 4,2 2)))"));
        QCOMPARE(r.wkt[1],
                 std::string("MULTIPOLYGON (((20 0,21 0,21 1,20 1,20 0)),((30 0,31 0,31 1,30 1,30 0)))"));
        QCOMPARE(r.wkt[2], std::string());
        QCOMPARE(r.names[0], std::string("Σχολείο"));
        QCOMPARE(r.floorsNull, (std::vector<bool>{false, true, false}));
        if (file.endsWith(".gpkg"))
            QCOMPARE(r.fids, (std::vector<GIntBig>{10, 11, 12}));
        if (file.endsWith(".csv")) { // CSV keeps its CRS in the .prj written next to it
            QFile prj(m_dir.filePath("out.prj"));
            QVERIFY(prj.open(QIODevice::ReadOnly));
            OGRSpatialReference srs;
            QCOMPARE(srs.importFromWkt(prj.readAll().trimmed().constData()), OGRERR_NONE);
            srs.AutoIdentifyEPSG();
            QCOMPARE(QString(srs.GetAuthorityCode(nullptr)), QString("2100"));
        } else {
            QCOMPARE(r.epsg, 2100);
        }
        // Nothing but the result (and the .prj) is left in the folder: the temporary file was renamed.
        const QStringList hidden = QDir(m_dir.path()).entryList({".*tmp*"}, QDir::Files | QDir::Hidden);
        QVERIFY2(hidden.isEmpty(), qPrintable(hidden.join(',')));
    }

    void subsetAndOverwrite()
    {
        const std::string path = m_dir.filePath("subset.gpkg").toStdString();
        const auto store = fixture();
        FeatureWriter::write(*store, Crs::fromEpsg(2100), path);
        FeatureWriter::Options o;
        o.features = std::vector<std::size_t>{1};
        FeatureWriter::write(*store, Crs::fromEpsg(2100), path, o);
        const ReadBack r = readBack(path);
        QCOMPARE(r.fids, (std::vector<GIntBig>{11}));
    }

    void errorsNameTheFile()
    {
        const auto store = fixture();
        const std::string bad = m_dir.filePath("out.shp").toStdString();
        QVERIFY_THROWS_EXCEPTION(IoError, FeatureWriter::write(*store, Crs(), bad));
        const std::string missing = m_dir.filePath("no/such/dir/out.gpkg").toStdString();
        try {
            FeatureWriter::write(*store, Crs(), missing);
            QFAIL("writing into a missing folder must fail");
        } catch (const IoError& e) {
            QVERIFY2(QString(e.what()).contains("no/such/dir/out.gpkg"), e.what());
        }
        QVERIFY(FeatureWriter::supports("a.GPKG") && !FeatureWriter::supports("a.shp"));
    }
};

QTEST_GUILESS_MAIN(TestFeatureWriter)
#include "tst_feature_writer.moc"
