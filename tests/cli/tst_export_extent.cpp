// `polis export --json` and the map pages' extents on the Heraklion sample: each scenario page shows every
// feature its scenario adds, removes or modifies. The expected boxes are read from the project with GDAL alone:
// the change geometries (WKB in polis_changes, map CRS) and the baseline features a change modifies or removes
// (from the layer's source, transformed into the project's map CRS by OGR), never from Polis's own answers.
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <map>
#include <memory>

#include "cli_helpers.hpp"

using namespace cli_test;

namespace {

struct Box
{
    double xmin = 0, ymin = 0, xmax = 0, ymax = 0;
};

QString projectValue(GDALDataset& ds, const char* key)
{
    OGRLayer* table = ds.GetLayerByName("polis_project");
    for (auto& f : *table) {
        if (QByteArray(f->GetFieldAsString("key")) == key)
            return QString::fromUtf8(f->GetFieldAsString("value"));
    }
    return {};
}

/// The envelope of the baseline feature `fid` of project layer `layer`, in the map CRS `map`.
std::optional<Box> baselineBox(GDALDataset& project, const QString& folder, const QByteArray& layer, GIntBig fid,
                               OGRSpatialReference& map)
{
    OGRLayer* layers = project.GetLayerByName("polis_layers");
    for (auto& f : *layers) {
        if (QByteArray(f->GetFieldAsString("name")) != layer)
            continue;
        const QString source = QString::fromUtf8(f->GetFieldAsString("source"));
        const QByteArray path = (source.isEmpty() ? QString::fromUtf8(project.GetDescription())
                                                  : QDir(folder).filePath(source)).toUtf8();
        GDALDatasetUniquePtr ds(GDALDataset::Open(path.constData(), GDAL_OF_VECTOR));
        if (!ds)
            return std::nullopt;
        const QByteArray sourceLayer = f->GetFieldAsString("layer");
        OGRLayer* l = sourceLayer.isEmpty() ? ds->GetLayer(0) : ds->GetLayerByName(sourceLayer.constData());
        OGRFeatureUniquePtr feature(l ? l->GetFeature(fid) : nullptr);
        if (!feature || !feature->GetGeometryRef())
            return std::nullopt;
        std::unique_ptr<OGRGeometry> g(feature->GetGeometryRef()->clone());
        if (g->transformTo(&map) != OGRERR_NONE)
            return std::nullopt;
        OGREnvelope e;
        g->getEnvelope(&e);
        return Box{e.MinX, e.MinY, e.MaxX, e.MaxY};
    }
    return std::nullopt;
}

/// Per scenario name, the boxes of every feature the scenario changes (before and after), map CRS.
std::map<QString, std::vector<Box>> changedBoxes(const QString& projectPath)
{
    std::map<QString, std::vector<Box>> boxes;
    GDALDatasetUniquePtr ds(GDALDataset::Open(projectPath.toUtf8().constData(), GDAL_OF_VECTOR));
    if (!ds)
        return boxes;
    OGRSpatialReference map;
    map.SetFromUserInput(projectValue(*ds, "map_crs").toUtf8().constData());
    map.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::map<GIntBig, QString> names;
    for (auto& f : *ds->GetLayerByName("polis_scenarios"))
        names[f->GetFieldAsInteger64("id")] = QString::fromUtf8(f->GetFieldAsString("name"));
    const QString folder = QFileInfo(projectPath).absolutePath();
    for (auto& f : *ds->GetLayerByName("polis_changes")) {
        std::vector<Box>& list = boxes[names[f->GetFieldAsInteger64("scenario_id")]];
        const QByteArray op = f->GetFieldAsString("op");
        int size = 0;
        const GByte* wkb = f->GetFieldAsBinary(f->GetFieldIndex("geometry"), &size);
        if (size > 0) {
            OGRGeometry* g = nullptr;
            if (OGRGeometryFactory::createFromWkb(wkb, nullptr, &g, size) == OGRERR_NONE && g) {
                OGREnvelope e;
                g->getEnvelope(&e);
                list.push_back({e.MinX, e.MinY, e.MaxX, e.MaxY});
                OGRGeometryFactory::destroyGeometry(g);
            }
        }
        if (op != "add") {
            if (const auto b = baselineBox(*ds, folder, f->GetFieldAsString("layer"), f->GetFieldAsInteger64("feature_fid"), map))
                list.push_back(*b);
            else
                list.push_back({1e300, 1e300, -1e300, -1e300}); // cannot be contained: the test fails visibly
        }
    }
    return boxes;
}

/// True when `extent` holds `b` (to a millimetre: a frame fitted to a box may round its edges).
bool contains(const QJsonArray& extent, const Box& b)
{
    constexpr double mm = 1e-3;
    return extent.size() == 4 && extent[0].toDouble() <= b.xmin + mm && extent[1].toDouble() <= b.ymin + mm &&
           extent[2].toDouble() >= b.xmax - mm && extent[3].toDouble() >= b.ymax - mm;
}

QString text(const QJsonArray& a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

} // namespace

class TestExportExtent : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QJsonObject exportJson(const QStringList& extra, const QString& file = QStringLiteral("pack.pdf"))
    {
        const Run r = polis(QStringList{"export", sample("heraklion.polis"), "-o", m_dir.filePath(file), "--json"} + extra);
        if (r.code != 0)
            qWarning("%s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }

private slots:
    void initTestCase()
    {
        GDALAllRegister();
        CPLSetErrorHandler(CPLQuietErrorHandler);
        QVERIFY(m_dir.isValid());
    }

    void eachScenarioPageShowsItsChanges()
    {
        const auto changed = changedBoxes(sample("heraklion.polis"));
        QVERIFY(changed.size() >= 2); // the airport scenario and the fibre scenario (sample-data/README.md)
        const QJsonObject pack = exportJson({"--all-scenarios"});
        const QJsonArray pages = pack["pages"].toArray();
        QCOMPARE(pack["crs"].toString(), QStringLiteral("EPSG:2100"));
        QCOMPARE(pages.size(), int(changed.size()) + 2); // baseline, the scenarios, the summary
        QVERIFY(pages.last().toObject()["summary"].toBool());
        QCOMPARE(pages[0].toObject()["scenario"].toString(), QStringLiteral("baseline"));
        int checked = 0;
        for (const QJsonValue& value : pages) {
            const QJsonObject page = value.toObject();
            const auto it = changed.find(page["scenario"].toString());
            if (it == changed.end())
                continue;
            const QJsonArray extent = page["extent"].toArray();
            for (const Box& b : it->second) {
                QVERIFY2(contains(extent, b), qPrintable(it->first + ": " + text(extent) + QString(" misses %1,%2,%3,%4")
                                                             .arg(b.xmin).arg(b.ymin).arg(b.xmax).arg(b.ymax)));
                ++checked;
            }
            QVERIFY(page["layers"].toArray().contains(QStringLiteral("Σχεδιασμός (προτάσεις)")));
        }
        QVERIFY(checked >= 5); // the airport scenario alone changes five features
        // The airport scenario's page frames its own changes, not the baseline's view.
        QVERIFY(text(pages[1].toObject()["extent"].toArray()) != text(pages[0].toObject()["extent"].toArray()));
    }

    void fixedExtentAndLayerExtent()
    {
        const QJsonArray fixed =
            exportJson({"--extent", "600000,3905000,602000,3906000"}, "fixed.pdf")["pages"].toArray()[0].toObject()["extent"].toArray();
        QVERIFY2(contains(fixed, {600000, 3905000, 602000, 3906000}), qPrintable(text(fixed)));
        // Widened to the frame's aspect ratio about the same centre, no more.
        QCOMPARE((fixed[0].toDouble() + fixed[2].toDouble()) / 2, 601000.0);
        QVERIFY(fixed[2].toDouble() - fixed[0].toDouble() < 2001 || fixed[3].toDouble() - fixed[1].toDouble() < 1001);

        const QJsonArray view = exportJson({"--extent-mode", "view"}, "view.pdf")["pages"].toArray()[0].toObject()["extent"].toArray();
        const QJsonArray layer =
            exportJson({"--extent-layer", "fibre_ring"}, "layer.pdf")["pages"].toArray()[0].toObject()["extent"].toArray();
        QVERIFY(layer.size() == 4 && view.size() == 4);
        QVERIFY2(text(layer) != text(view), qPrintable(text(layer)));
        // The fibre ring's extent, as GDAL reads it from the sample, is inside its page.
        GDALDatasetUniquePtr ds(GDALDataset::Open(sample("heraklion.gpkg").toUtf8().constData(), GDAL_OF_VECTOR));
        QVERIFY(ds);
        OGREnvelope e;
        QCOMPARE(ds->GetLayerByName("fibre_ring")->GetExtent(&e), OGRERR_NONE);
        const char* crs = ds->GetLayerByName("fibre_ring")->GetSpatialRef()->GetAuthorityCode(nullptr);
        QCOMPARE(QByteArray(crs), QByteArray("2100")); // same CRS as the map: no transformation needed
        QVERIFY2(contains(layer, {e.MinX, e.MinY, e.MaxX, e.MaxY}), qPrintable(text(layer)));
    }

    void badExtentOptions()
    {
        const QString p = sample("heraklion.polis"), out = m_dir.filePath("x.pdf");
        for (const QStringList& args : {QStringList{"--extent", "1,2,3"}, QStringList{"--extent-mode", "city"},
                                        QStringList{"--extent-mode", "layer"},
                                        QStringList{"--extent", "0,0,1,1", "--extent-layer", "fibre_ring"}}) {
            const Run r = polis(QStringList{"export", p, "-o", out} + args);
            QVERIFY2(isUsageError(r), qPrintable(args.join(' ') + ": " + QString::fromUtf8(r.err)));
        }
        const Run unknown = polis({"export", p, "-o", out, "--extent-layer", "Κνωσός"});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(QString::fromUtf8(unknown.err).contains("Κνωσός"), unknown.err.constData());
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_MAIN(TestExportExtent)
#include "tst_export_extent.moc"
