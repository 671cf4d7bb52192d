// Hostile projects through the real polis binary (issue 18): planted SQL, sources reaching the network or
// outside the project's folder, mistyped commands. References: the file's bytes (nothing changed) and
// GDAL's own reading of the planted file.
#include "cli_helpers.hpp"
#include "hostile_fixtures.hpp"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

using namespace cli_test;

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// A project in `dir` with one layer, written by `polis import` (so by Polis itself), its source then
/// pointed at `source` with plain SQL.
QString projectWithSource(const QTemporaryDir& dir, const QString& source)
{
    const QString path = dir.filePath("city.polis");
    QFile::remove(path);
    QFile::copy(sample("roads.geojson"), dir.filePath("roads.geojson"));
    if (cli_test::polis({"import", dir.filePath("roads.geojson"), "--into", path}).code != 0)
        return {};
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    if (!ds)
        return {};
    ds->ExecuteSQL(("UPDATE polis_layers SET source = '" + source.toStdString() + "'").c_str(), nullptr, nullptr);
    return path;
}

} // namespace

class TestCliHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { GDALAllRegister(); }

    void unknownCommandIsAUsageError()
    {
        const Run r = cli_test::polis({"frobnicate"});
        QVERIFY2(isUsageError(r), r.err.constData());
        QVERIFY(r.err.contains("frobnicate"));
        QVERIFY(r.out.contains("import") && r.out.contains("render")); // the list of commands
    }

    void importIntoPlantedProjectChangesNothing()
    {
        ::polis::test::Scratch dir;
        const std::string planted = ::polis::test::plantedProject(dir, "planted.polis", {::polis::test::kSourceRewriteTrigger});
        QVERIFY(!planted.empty());
        const QString path = QString::fromStdString(planted);
        const QByteArray before = bytesOf(path);
        const Run r = cli_test::polis({"import", sample("roads.geojson"), "--into", path});
        QVERIFY(!r.crashed);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("evil") && r.err.contains("planted.polis"), r.err.constData());
        QCOMPARE(bytesOf(path), before);
        QVERIFY(!QFile::exists(path + ".importing"));
    }

    void networkSourceNeedsAllowRemote()
    {
        QTemporaryDir dir;
        const QString path = projectWithSource(dir, "/vsicurl/http://attacker.invalid/roads.geojson");
        QVERIFY(!path.isEmpty());
        const Run r = cli_test::polis({"render", path, "-o", dir.filePath("map.png")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("reaches the network") && r.err.contains("attacker.invalid"), r.err.constData());
        QVERIFY(cli_test::polis({"render", "--help"}).out.contains("--allow-remote"));
    }

    void outsideSourceNeedsAllowOutside()
    {
        QTemporaryDir dir;
        const QString path = projectWithSource(dir, "../" + QFileInfo(dir.path()).fileName() + "-x/roads.geojson");
        QVERIFY(!path.isEmpty());
        const QString outside = dir.path() + "-x";
        QVERIFY(QDir().mkpath(outside));
        QVERIFY(QFile::copy(sample("roads.geojson"), outside + "/roads.geojson"));
        const Run refused = cli_test::polis({"export", path, "-o", dir.filePath("map.pdf")});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("outside the project's folder"), refused.err.constData());
        const Run allowed = cli_test::polis({"render", path, "--allow-outside", "-o", dir.filePath("map.png")});
        QVERIFY2(allowed.code == 0, allowed.err.constData());
        QDir(outside).removeRecursively();
    }

    void filtersAreOgrsNeverSql()
    {
        // Issue 18: --where reached SQLite as a WHERE clause (`1=1; DROP TABLE x` returned every row).
        QTemporaryDir dir;
        const QString gpkg = dir.filePath("heraklion.gpkg");
        QVERIFY(QFile::copy(sample("heraklion.gpkg"), gpkg));
        const QString layer = gpkg + ":public_buildings";
        const QStringList query = {"query", "--layer", layer, "--op", "intersects", "--with", layer, "--count", "--where"};
        for (const QString& where : {QString("1=1; DROP TABLE street_lights"),
                                     QString("fid IN (SELECT fid FROM street_lights)")}) {
            const Run r = cli_test::polis(query + QStringList{where});
            QVERIFY(!r.crashed);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("refused") && r.err.contains("public_buildings") && r.err.contains(where.toUtf8()),
                     r.err.constData());
        }
        const Run buffer = cli_test::polis({"buffer", layer, "--distance", "5", "--where", "1=1; SELECT 1",
                                            "-o", dir.filePath("out.gpkg")});
        QCOMPARE(buffer.code, 1);
        QVERIFY2(buffer.err.contains("refused"), buffer.err.constData());
        QVERIFY(!QFile::exists(dir.filePath("out.gpkg")));
        GDALDatasetUniquePtr ds(GDALDataset::Open(gpkg.toUtf8().constData(), GDAL_OF_VECTOR));
        QVERIFY(ds && ds->GetLayerByName("street_lights"));
        // An ordinary filter, Greek values included, still works (sample-data/README.md: 7 schools).
        const Run schools = cli_test::polis(query + QStringList{"kind = 'school' AND name <> 'Ηράκλειο'"});
        QVERIFY2(schools.code == 0, schools.err.constData());
        QVERIFY2(schools.out.startsWith("7 "), schools.out.constData());
    }

    void layerWithoutCrsIsDrawnAsSuggestedAndSaidSo()
    {
        // Issue 18: a shapefile without .prj was drawn as if in the map CRS (Greek Grid metres as degrees).
        QTemporaryDir dir;
        for (const char* ext : {"shp", "shx", "dbf", "cpg"})
            QVERIFY(QFile::copy(sample((std::string("districts.") + ext).c_str()), dir.filePath(QString("noprj.") + ext)));
        const QString bare = dir.filePath("bare.png"), declared = dir.filePath("declared.png");
        const Run r = cli_test::polis({"render", dir.filePath("noprj.shp"), "--crs", "EPSG:4326", "--size", "400x300", "-o", bare});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("warning") && r.err.contains("noprj") && r.err.contains("EPSG:2100"), r.err.constData());
        // Where the same data with its .prj is drawn, pixel for pixel.
        const Run d = cli_test::polis({"render", sample("districts.shp"), "--crs", "EPSG:4326", "--size", "400x300", "-o", declared});
        QVERIFY2(d.code == 0 && !d.err.contains("warning"), d.err.constData());
        const QImage a(bare), b(declared);
        QCOMPARE(a.size(), b.size());
        int differing = 0, drawn = 0;
        for (int y = 0; y < a.height(); ++y) {
            for (int x = 0; x < a.width(); ++x) {
                differing += !near(a.pixelColor(x, y), b.pixelColor(x, y));
                drawn += a.pixelColor(x, y) != a.pixelColor(0, 0);
            }
        }
        QVERIFY2(differing < a.width() * a.height() / 200, qPrintable(QString("%1 pixels differ").arg(differing)));
        QVERIFY(drawn > a.width() * a.height() / 10);
    }

    void leftoverOfAKilledImportIsNoObstacle()
    {
        // What a killed import leaves: its work copy and SQLite's hot journal beside it.
        QTemporaryDir dir;
        const QString project = dir.filePath("city.polis");
        QVERIFY(cli_test::polis({"import", sample("roads.geojson"), "--into", project}).code == 0);
        QVERIFY(QFile::copy(project, project + ".importing"));
        QVERIFY(writeFile(project + ".importing-journal", QByteArray(4096, 'x')));
        const Run r = cli_test::polis({"import", sample("coastline.geojson"), "--into", project});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(!QFile::exists(project + ".importing") && !QFile::exists(project + ".importing-journal"));
    }

    void outputIsNeverSeenHalfWritten()
    {
        // While a large PNG is drawn and encoded, the output path holds the previous file or the complete
        // new one, never a part (what a kill or a full disk would leave behind).
        QTemporaryDir dir;
        const QString png = dir.filePath("map.png");
        const QByteArray previous = "the previous good map";
        QVERIFY(writeFile(png, previous));
        QProcess p;
        p.start(POLIS_BINARY, {"render", sample("heraklion.polis"), "-o", png, "--size", "3000x3000"});
        QVERIFY(p.waitForStarted());
        int changes = 0;
        qint64 seen = previous.size();
        while (!p.waitForFinished(1)) { // also lets QProcess see the end
            const qint64 size = QFileInfo(png).size();
            if (size != seen) {
                seen = size;
                ++changes;
                const QImage image(png);
                if (p.state() == QProcess::Running)
                    QVERIFY2(image.width() == 3000, qPrintable(QString("a part of %1 bytes").arg(size)));
            }
        }
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(changes <= 1);
        QCOMPARE(QImage(png).width(), 3000);
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_cli_hostile.moc"
