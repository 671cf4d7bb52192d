// QuickTest runner: imports the static Polis QML module and tells the QML tests where the sample data is.
#include "layers/core/transform.hpp"
#include "layers/io/data_source.hpp"
#include "layers/map/project.hpp"
#include "layers/map/recovery.hpp"
#include "layers/query/select_by_location.hpp"

#include <QDir>
#include <QFile>
#include <QQmlContext>
#include <QQmlEngine>
#include <QSettings>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(PolisPlugin)

/// The schools within 200 m of the fibre ring in the sample, found with the engine directly (the attribute
/// filter applied while reading, as `polis query --where` does): what the query panel must find.
static int schoolsNearFibreRing()
{
    using namespace polis;
    const std::string gpkg = POLIS_SAMPLE_DATA "/heraklion.gpkg";
    const DataSource buildings = DataSource::open(gpkg);
    ReadOptions schools;
    schools.where = "kind = 'school'";
    const auto searched = buildings.read(buildings.layerIndex("public_buildings"), schools);
    const auto ring = buildings.read(buildings.layerIndex("fibre_ring"));
    LocationOptions options;
    options.distance = 200;
    return int(selectByLocation(*searched, *ring, Predicate::DWithin, options).indices.size());
}

/// WGS84 (lon, lat) in the sample's map CRS (EPSG:2100), with the engine's transform.
static QPointF greekGrid(double lon, double lat)
{
    double xy[2] = {lon, lat};
    polis::Transform(polis::Crs::fromEpsg(4326), polis::Crs::fromEpsg(2100)).apply(xy, 1);
    return {xy[0], xy[1]};
}

/// A copy of the sample project in `folder` whose recovery copy (as autosave leaves it after a crash) draws
/// the public buildings in #123456 instead of the project's #D7301F. Returns the project's path.
static QString sampleWithRecovery(const QString& folder)
{
    QDir().mkpath(folder);
    for (const QFileInfo& f : QDir(QStringLiteral(POLIS_SAMPLE_DATA)).entryInfoList(QDir::Files))
        QFile::copy(f.absoluteFilePath(), folder + QLatin1Char('/') + f.fileName());
    const std::string path = (folder + QStringLiteral("/heraklion.polis")).toStdString();
    polis::Project edited = polis::Project::load(path);
    for (polis::ProjectLayer& layer : edited.layers) {
        if (layer.layer == "public_buildings")
            layer.style.fill = polis::Color{0x12, 0x34, 0x56};
    }
    edited.activeScenario = edited.scenarios.at(1).name; // the planner was editing the fibre scenario
    polis::writeRecovery(edited, path);
    return QString::fromStdString(path);
}

/// A GeoJSON file of 200,000 points around Heraklion: big enough that inspecting it can be cancelled.
static void writeManyPoints(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write("{\"type\": \"FeatureCollection\", \"features\": [\n");
    constexpr int kCount = 200000;
    for (int i = 0; i < kCount; ++i) {
        file.write(QStringLiteral("{\"type\": \"Feature\", \"properties\": {\"id\": %1}, \"geometry\": "
                                  "{\"type\": \"Point\", \"coordinates\": [%2, %3]}}%4\n")
                       .arg(i)
                       .arg(25.1 + (i % 1000) * 1e-4)
                       .arg(35.3 + (i / 1000) * 1e-4)
                       .arg(i + 1 < kCount ? QStringLiteral(",") : QString())
                       .toUtf8());
    }
    file.write("]}\n");
}

/// The city of Heraklion of the sample's settlements layer (GeoNames spells it "Irákleion"), in the map CRS:
/// where the locator must take the map for «ηρακλειο».
static QPointF heraklionCity()
{
    using namespace polis;
    const DataSource data = DataSource::open(POLIS_SAMPLE_DATA "/heraklion.gpkg");
    ReadOptions city;
    city.where = "name = 'Irákleion'";
    const auto store = data.read(data.layerIndex("settlements"), city);
    return store->size() == 1 ? QPointF(store->bbox(0).xmin, store->bbox(0).ymin) : QPointF();
}

/// Types text of any script as key presses with that text, to the focused window (QuickTest's keyClick
/// sends Latin-1 only): how a Greek keyboard types «ηρακλειο».
class Keyboard : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    Q_INVOKABLE void type(const QString& text)
    {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, nullptr, Qt::Key(c.toUpper().unicode()), QString(c), Qt::NoModifier);
    }
};

class Setup : public QObject
{
    Q_OBJECT
    QTemporaryDir m_temp;

public slots:
    void applicationAvailable()
    {
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        // The tests read exported files back.
        qputenv("QML_XHR_ALLOW_FILE_READ", "1");
        QCoreApplication::setOrganizationName(QStringLiteral("PolisTests")); // keep the user's recent list
        // Settings (the language, recent projects) in this run's own folder: never the user's, and never those of
        // another test run at the same time (a language chosen there would change this run's texts).
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_temp.filePath(QStringLiteral("settings")));
    }
    void qmlEngineAvailable(QQmlEngine* engine)
    {
        engine->rootContext()->setContextProperty("sampleData", QStringLiteral(POLIS_SAMPLE_DATA));
        engine->rootContext()->setContextProperty("tempDir", m_temp.path());
        engine->rootContext()->setContextProperty("schoolsNearFibreRing", schoolsNearFibreRing());
        // The middle of the metropolitan park "Airport to Kasteli + Pankritio marina" adds on the old airport
        // (sample-data/src/scenario_changes.csv: 25.1620-25.1705 E, 35.3330-35.3355 N).
        engine->rootContext()->setContextProperty("parkCentre", greekGrid(25.1662, 35.3343));
        // City Hall at the Loggia, a public building (sample-data/README.md).
        engine->rootContext()->setContextProperty("cityHall", greekGrid(25.1335, 35.3395));
        engine->rootContext()->setContextProperty("heraklionCity", heraklionCity());
        engine->rootContext()->setContextProperty("keyboard", new Keyboard(engine));
        engine->rootContext()->setContextProperty("recoverableProject",
                                                  sampleWithRecovery(m_temp.filePath(QStringLiteral("recoverable"))));
        QFile broken(m_temp.filePath(QStringLiteral("broken.geojson"))); // a download cut short
        if (broken.open(QIODevice::WriteOnly))
            broken.write("{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"geom");
        QFile bowtie(m_temp.filePath(QStringLiteral("bowtie.geojson"))); // a self-intersecting polygon
        if (bowtie.open(QIODevice::WriteOnly))
            bowtie.write("{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", "
                         "\"properties\": {\"name\": \"bow tie\"}, \"geometry\": {\"type\": \"Polygon\", "
                         "\"coordinates\": [[[25.1, 35.3], [25.2, 35.4], [25.2, 35.3], [25.1, 35.4], [25.1, 35.3]]]}}]}");
        writeManyPoints(m_temp.filePath(QStringLiteral("many points.geojson")));
        QDir(m_temp.path()).mkdir(QStringLiteral("noprj")); // the districts without their .prj
        for (const char* ext : {".shp", ".shx", ".dbf", ".cpg"})
            QFile::copy(QStringLiteral(POLIS_SAMPLE_DATA "/districts") + ext,
                        m_temp.filePath(QStringLiteral("noprj/districts") + ext));
        engine->rootContext()->setContextProperty(
            "screenshotPath", QStringLiteral(POLIS_SCREENSHOT_DIR "/map") + qEnvironmentVariable("POLIS_SCREENSHOT_SUFFIX") +
                                  QStringLiteral(".png"));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(polis_gui, Setup)
#include "tst_gui.moc"
