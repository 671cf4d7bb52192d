// End-to-end tests of `polis import`: the real binary, the sample data and a broken file, exit codes,
// the JSON report, and the resulting project drawn by `polis render`.
#include <QColor>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "cli_helpers.hpp"

using namespace cli_test;

namespace {

/// Pixels of `image` within a small distance of `colour`.
int pixelsNear(const QImage& image, QColor colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
                     std::abs(c.blue() - colour.blue()) <= 30;
        }
    }
    return n;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void goodInputsImportedBrokenOneReported()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath("broken.geojson");
        QVERIFY(writeFile(broken, kBrokenGeoJson));
        const QString project = dir.filePath("new.polis");
        const Run r = polis({"import", sample("districts.shp"), broken, sample("roads.geojson"), "--into", project, "--json"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("broken.geojson"), r.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc["project"].toString(), project);
        const QJsonArray inputs = doc["inputs"].toArray();
        QCOMPARE(inputs.size(), 3);
        QStringList statuses;
        for (const QJsonValue& input : inputs)
            statuses << input["status"].toString();
        QCOMPARE(statuses, (QStringList{"imported", "failed", "imported"}));
        QVERIFY(inputs[1]["error"].toString().contains("broken.geojson"));
        const QJsonObject districts = inputs[0]["layers"].toArray()[0].toObject();
        for (const char* key : {"name", "table", "driver", "geometry_type", "feature_count", "crs", "crs_suggestion",
                                "encoding", "encoding_origin", "sample", "invalid", "empty", "null", "bad_coordinates",
                                "repaired", "removed", "duplicate_ids", "mixed_types", "truncated_fields", "notes"})
            QVERIFY2(districts.contains(key), key);
        QCOMPARE(districts["feature_count"].toInt(), 5); // sample-data/README.md
        QCOMPARE(districts["crs"]["epsg"].toInt(), 2100);
        QCOMPARE(districts["encoding"].toString(), QStringLiteral("UTF-8"));
        QCOMPARE(districts["encoding_origin"].toString(), QStringLiteral("cpg"));
        QCOMPARE(inputs[2]["layers"][0]["feature_count"].toInt(), 13);

        // The project (map CRS = the first layer's) draws both layers in their default colours:
        // districts filled #e41a1c at 50 % over white, roads stroked #377eb8.
        const QString png = dir.filePath("map.png");
        const Run render = polis({"render", project, "-o", png, "--size", "300x300"});
        QCOMPARE(render.code, 0);
        const QImage image(png);
        QVERIFY(pixelsNear(image, QColor(0xf1, 0x8c, 0x8d)) > 1000);
        QVERIFY(pixelsNear(image, QColor(0x37, 0x7e, 0xb8)) > 50);
        const Run info = polis({"info", project, "--json"});
        QCOMPARE(QJsonDocument::fromJson(info.out).object()["project"].toObject()["layers"].toArray().size() >= 2, true);
    }

    void infoShowsCrsSuggestionAndDetectedEncoding()
    {
        QTemporaryDir dir;
        for (const char* ext : {".shp", ".shx", ".dbf"}) // no .prj, no .cpg
            QVERIFY(QFile::copy(sample("districts") + ext, dir.filePath(QStringLiteral("d") + ext)));
        const Run r = polis({"info", dir.filePath("d.shp"), "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject layer = QJsonDocument::fromJson(r.out).object()["layers"][0].toObject();
        QCOMPARE(layer["crs_suggestion"].toString(), QStringLiteral("EPSG:2100"));
        QCOMPARE(layer["encoding_origin"].toString(), QStringLiteral("detected"));
        QCOMPARE(layer["encoding"].toString(), QStringLiteral("UTF-8"));
        const Run text = polis({"info", dir.filePath("d.shp")});
        QVERIFY(text.out.contains("EPSG:2100"));
        // Without a CRS the import refuses, naming the suggestion, until one is given.
        const Run refused = polis({"import", dir.filePath("d.shp"), "--into", dir.filePath("p.polis")});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("EPSG:2100"), refused.err.constData());
        QVERIFY(!QFile::exists(dir.filePath("p.polis")));
        // A CRS the coordinates cannot be in is refused the same way, naming the layer, the CRS and the
        // suggestion; --force imports anyway.
        const Run wrong = polis({"import", dir.filePath("d.shp"), "--into", dir.filePath("p.polis"), "--crs", "EPSG:4326"});
        QCOMPARE(wrong.code, 1);
        QVERIFY2(wrong.err.contains("layer d") && wrong.err.contains("EPSG:4326") && wrong.err.contains("EPSG:2100"),
                 wrong.err.constData());
        QVERIFY(!QFile::exists(dir.filePath("p.polis")));
        QCOMPARE(polis({"import", dir.filePath("d.shp"), "--into", dir.filePath("forced.polis"), "--crs", "EPSG:4326",
                        "--force"}).code, 0);
        QCOMPARE(polis({"import", dir.filePath("d.shp"), "--into", dir.filePath("p.polis"), "--crs", "EPSG:2100"}).code, 0);
    }

    void allGoodExitsZeroAndUsageErrorsTwo()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath("p.polis");
        const Run ok = polis({"import", sample("coastline.geojson"), "--into", project, "--crs", "EPSG:2100"});
        QCOMPARE(ok.code, 0);
        QVERIFY(ok.out.contains("coastline"));
        QCOMPARE(polis({"import", sample("coastline.geojson")}).code, 2);
        QCOMPARE(polis({"import", "--into", project}).code, 2);
        QCOMPARE(polis({"import", sample("coastline.geojson"), "--into", project, "--crs", "EPSG:999999"}).code, 2);
        const Run help = polis({"import", "--help"});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("--repair"));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
