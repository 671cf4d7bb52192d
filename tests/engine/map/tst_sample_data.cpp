// The bundled sample sits on the real Heraklion. References that are not the sample itself: the official
// area of the municipality (244.6 km², Kallikratis), the shared real data in ../shared/real-data (when the
// machine has it: POLIS_REAL_DATA or /work/shared/real-data) and GDAL's own geometry predicates (GEOS).
#include "fixtures.hpp"

#include "layers/map/project.hpp"

#include <QtTest>

#include <ogr_geometry.h>

using namespace polis;
using namespace polis::test;

namespace {

GDALDatasetUniquePtr openVector(const std::string& path)
{
    return GDALDatasetUniquePtr(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
}

/// The union of a layer's geometries (optionally of the features matching an OGR SQL filter), in the
/// layer's CRS, or reprojected to EPSG:2100 when `toGreekGrid`.
std::unique_ptr<OGRGeometry> unionOf(OGRLayer& layer, const char* filter = nullptr, bool toGreekGrid = false)
{
    layer.SetAttributeFilter(filter);
    std::unique_ptr<OGRGeometry> all;
    OGRSpatialReference greek;
    greek.importFromEPSG(2100);
    greek.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    for (auto& f : layer) {
        std::unique_ptr<OGRGeometry> g(f->GetGeometryRef()->clone());
        if (toGreekGrid)
            g->transformTo(&greek);
        all = all ? std::unique_ptr<OGRGeometry>(all->Union(g.get())) : std::move(g);
    }
    layer.SetAttributeFilter(nullptr);
    return all;
}

std::string realData(const char* file)
{
    QString dir = qEnvironmentVariable("POLIS_REAL_DATA");
    if (dir.isEmpty())
        dir = QStringLiteral("/work/shared/real-data");
    return (dir + '/' + file).toStdString();
}

} // namespace

class TestSampleData : public QObject
{
    Q_OBJECT

    GDALDatasetUniquePtr m_gpkg;
    std::unique_ptr<OGRGeometry> m_boundary, m_land;

private slots:
    void initTestCase()
    {
        GDALAllRegister();
        m_gpkg = openVector(sample("heraklion.gpkg"));
        QVERIFY(m_gpkg);
        const auto boundary = openVector(sample("boundary.shp"));
        QVERIFY(boundary);
        m_boundary = unionOf(*boundary->GetLayer(0));
        m_land = unionOf(*m_gpkg->GetLayerByName("land"));
        QVERIFY(m_boundary && m_land);
    }

    void boundaryIsKallikratis()
    {
        const double area = OGR_G_Area(OGRGeometry::ToHandle(m_boundary.get()));
        QVERIFY2(std::abs(area / 244.6e6 - 1) < 0.005, qPrintable(QString::number(area / 1e6) + " km²"));
        const auto shared = openVector(realData("kallikratis_municipalities.gpkg"));
        if (!shared)
            QSKIP("no shared real data on this machine: checked against the official area only");
        const auto real = unionOf(*shared->GetLayerByName("heraklion_municipality"), nullptr, true);
        const double realArea = OGR_G_Area(OGRGeometry::ToHandle(real.get()));
        QVERIFY2(std::abs(area / realArea - 1) < 0.005, qPrintable(QString::number(realArea / 1e6)));
        // The same polygon, not just the same area: what they do not share is under 0.5 % of it.
        const std::unique_ptr<OGRGeometry> difference(real->SymDifference(m_boundary.get()));
        QVERIFY(OGR_G_Area(OGRGeometry::ToHandle(difference.get())) < 0.005 * realArea);
    }

    void pointsOnLandInTheMunicipality_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::addColumn<bool>("inHeraklion"); // every point inside the municipality (else only on land)
        QTest::newRow("public buildings") << "public_buildings" << true;
        QTest::newRow("bike docks") << "bike_docks" << true;
        QTest::newRow("street lights") << "street_lights" << true;
        QTest::newRow("settlements") << "settlements" << false;
        QTest::newRow("airfields") << "airfields" << false;
    }
    void pointsOnLandInTheMunicipality()
    {
        QFETCH(QString, layer);
        QFETCH(bool, inHeraklion);
        OGRLayer* points = m_gpkg->GetLayerByName(layer.toUtf8().constData());
        QVERIFY(points);
        int count = 0;
        for (auto& f : *points) {
            const OGRGeometry* p = f->GetGeometryRef();
            const QString name = QString::fromUtf8(f->GetFieldIndex("name") >= 0 ? f->GetFieldAsString("name") : "");
            // GeoNames places are points of real villages; a few on the shore (Elounda) fall just off the
            // GSHHG coast, whose vertices are 100-150 m apart: they may lie up to 250 m off it.
            const double offshore = layer == "settlements" ? 250 : 0;
            QVERIFY2(offshore > 0 ? p->Distance(m_land.get()) <= offshore : p->Within(m_land.get()),
                     qPrintable(layer + ": " + name + " lies in the sea"));
            if (inHeraklion)
                QVERIFY2(p->Within(m_boundary.get()), qPrintable(layer + ": " + name + " is outside Heraklion"));
            ++count;
        }
        QVERIFY(count > 0);
    }

    void settlementsAndAirportInHeraklion()
    {
        // The shared data's README: 6 GeoNames places and the airport LGIR lie in the municipality.
        int settlements = 0;
        for (auto& f : *m_gpkg->GetLayerByName("settlements"))
            settlements += f->GetGeometryRef()->Within(m_boundary.get());
        QCOMPARE(settlements, 6);
        OGRLayer* airfields = m_gpkg->GetLayerByName("airfields");
        airfields->SetAttributeFilter("icao = 'LGIR'");
        auto lgir = OGRFeatureUniquePtr(airfields->GetNextFeature());
        QVERIFY(lgir && lgir->GetGeometryRef()->Within(m_boundary.get()));
        airfields->SetAttributeFilter(nullptr);
    }

    void proposalsAtTheirPlaces()
    {
        OGRLayer* municipalities = m_gpkg->GetLayerByName("municipalities");
        const auto minoa = unionOf(*municipalities, "ypes_code = 9307");      // Minoa Pediada
        const auto malevizi = unionOf(*municipalities, "ypes_code = 9306");   // Malevizi
        QVERIFY(minoa && malevizi);
        const Project project = Project::load(sample("heraklion.polis"));
        bool runway = false;
        for (const Scenario& s : project.scenarios) {
            for (const auto& [layer, changes] : s.changes.layers()) {
                for (const auto& [fid, change] : changes) {
                    if (!change.geometry)
                        continue;
                    // The saved view reaches every change of every scenario.
                    for (const auto& part : change.geometry->parts)
                        for (const auto& ring : part)
                            for (std::size_t i = 0; i + 1 < ring.size(); i += 2)
                                QVERIFY2(project.extent.contains(ring[i], ring[i + 1]),
                                         qPrintable(QString::fromStdString(s.name + ", " + layer)));
                    const auto kind = change.attributes.find("kind");
                    if (kind == change.attributes.end() || kind->second != AttributeValue(std::string("runway")))
                        continue;
                    const auto& xy = change.geometry->parts.at(0).at(0);
                    OGRLineString line;
                    for (std::size_t i = 0; i + 1 < xy.size(); i += 2)
                        line.addPoint(xy[i], xy[i + 1]);
                    QVERIFY2(line.Within(minoa.get()), "the Kasteli runway is not in Minoa Pediada");
                    QVERIFY2(line.get_Length() > 2500 && line.get_Length() < 4000, qPrintable(QString::number(line.get_Length())));
                    runway = true;
                }
            }
        }
        QVERIFY(runway);
        OGRLayer* sites = m_gpkg->GetLayerByName("sites");
        sites->SetAttributeFilter("kind = 'power_station'");
        auto station = OGRFeatureUniquePtr(sites->GetNextFeature());
        QVERIFY(station && station->GetGeometryRef()->Within(malevizi.get())); // Linoperamata, west of the city
        sites->SetAttributeFilter("kind = 'marina_proposal'");
        auto marina = OGRFeatureUniquePtr(sites->GetNextFeature());
        QVERIFY(marina && marina->GetGeometryRef()->Intersects(m_land.get())); // on the real coast
        sites->SetAttributeFilter(nullptr);
    }
};

QTEST_GUILESS_MAIN(TestSampleData)
#include "tst_sample_data.moc"
