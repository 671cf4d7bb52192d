// QuickTest runner: imports the static Polis QML module and tells the QML tests where the sample data is.
#include <QFile>
#include <QQmlContext>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(PolisPlugin)

class Setup : public QObject
{
    Q_OBJECT
    QTemporaryDir m_temp;

public slots:
    void applicationAvailable()
    {
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        QCoreApplication::setOrganizationName(QStringLiteral("PolisTests")); // keep the user's recent list
    }
    void qmlEngineAvailable(QQmlEngine* engine)
    {
        engine->rootContext()->setContextProperty("sampleData", QStringLiteral(POLIS_SAMPLE_DATA));
        engine->rootContext()->setContextProperty("tempDir", m_temp.path());
        QFile broken(m_temp.filePath(QStringLiteral("broken.geojson"))); // a download cut short
        if (broken.open(QIODevice::WriteOnly))
            broken.write("{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"geom");
        engine->rootContext()->setContextProperty(
            "screenshotPath", QStringLiteral(POLIS_SCREENSHOT_DIR "/map") + qEnvironmentVariable("POLIS_SCREENSHOT_SUFFIX") +
                                  QStringLiteral(".png"));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(polis_gui, Setup)
#include "tst_gui.moc"
