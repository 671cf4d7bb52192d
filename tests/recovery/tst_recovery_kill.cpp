// Autosave survives a kill: a real process opens a copy of the sample project, makes an unsaved style edit,
// waits for an autosave and is killed with SIGKILL; the project is then opened as the app opens it, which
// offers the recovery copy, and recovering restores the edit while the project file keeps the saved state.
//
// The same executable is the killed process: `tst_recovery_kill --child PROJECT` (the test hook) runs the
// document with autosave every 200 ms and prints "AUTOSAVED" once a recovery copy is written.
#include "gui/document/autosave_controller.hpp"
#include "gui/document/map_document.hpp"
#include "layers/map/project.hpp"
#include "layers/map/recovery.hpp"

#include <QDir>
#include <QGuiApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>

using namespace polis;

namespace {

const QString kLayer = QStringLiteral("Δημόσια κτίρια"); ///< public buildings, fill #D7301F (sample README)
const Color kSavedFill{0xd7, 0x30, 0x1f};
const Color kEditedFill{0x12, 0x34, 0x56};
constexpr std::size_t kSampleLayers = 18; // sample-data/src/polis_layers.csv (17 rows) and the planning layer

/// The layer called `name` in the map `doc` shows (valid until the document changes), or null.
const MapLayer* layerNamed(const MapDocument& doc, const QString& name)
{
    for (const MapLayer& layer : doc.content()->layers) {
        if (QString::fromStdString(layer.name) == name)
            return &layer;
    }
    return nullptr;
}

std::optional<Color> savedFill(const QString& project)
{
    for (const ProjectLayer& layer : Project::load(project.toStdString()).layers) {
        if (QString::fromStdString(layer.name) == kLayer)
            return layer.style.fill;
    }
    return std::nullopt;
}

/// The killed process: open, edit, autosave, report, then wait to be killed.
int runChild(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    MapDocument doc;
    AutosaveController autosave;
    autosave.setDocument(&doc);
    autosave.setInterval(200);
    QObject::connect(&doc, &MapDocument::loadingChanged, [&doc] {
        const MapLayer* layer = layerNamed(doc, kLayer);
        if (doc.loading() || !layer)
            return;
        Style style = layer->style;
        style.fill = kEditedFill;
        doc.setLayerStyle(layer->id, style);
    });
    QObject::connect(&autosave, &AutosaveController::autosaved, [] {
        std::puts("AUTOSAVED");
        std::fflush(stdout);
    });
    doc.setSource(QString::fromLocal8Bit(argv[2]));
    return QGuiApplication::exec();
}

} // namespace

class TestRecoveryKill : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void killedAfterAutosaveRecovers()
    {
        // A copy of the sample (the project references the data files beside it).
        for (const QFileInfo& f : QDir(QStringLiteral(POLIS_SAMPLE_DATA)).entryInfoList(QDir::Files))
            QVERIFY(QFile::copy(f.absoluteFilePath(), m_dir.filePath(f.fileName())));
        const QString project = m_dir.filePath(QStringLiteral("heraklion.polis"));
        QCOMPARE(savedFill(project), std::optional<Color>(kSavedFill));
        QVERIFY(!hasRecovery(project.toStdString()));

        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), project});
        QVERIFY(child.waitForStarted());
        QByteArray output;
        QElapsedTimer clock;
        clock.start();
        while (!output.contains("AUTOSAVED") && clock.elapsed() < 60000 && child.state() == QProcess::Running) {
            child.waitForReadyRead(500);
            output += child.readAllStandardOutput();
        }
        QVERIFY2(output.contains("AUTOSAVED"), output.constData());
        child.kill(); // SIGKILL: no chance to clean up
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // The project file still holds the saved state; the recovery copy holds the edit.
        QCOMPARE(savedFill(project), std::optional<Color>(kSavedFill));
        QVERIFY(hasRecovery(project.toStdString()));

        // Opened as the window opens it: recovery is offered, and recovering shows the edit, unsaved.
        MapDocument doc;
        AutosaveController autosave;
        autosave.setDocument(&doc);
        doc.setSource(project);
        QTRY_VERIFY_WITH_TIMEOUT(!doc.loading() && doc.content()->layers.size() == kSampleLayers, 20000);
        QVERIFY(autosave.recoveryAvailable());
        QVERIFY(autosave.recoveryTime().isValid());
        QCOMPARE(layerNamed(doc, kLayer)->style.fill, std::optional<Color>(kSavedFill));
        QSignalSpy recovered(&autosave, &AutosaveController::recovered);
        autosave.recover();
        QVERIFY(recovered.wait(20000));
        QCOMPARE(autosave.error(), QString());
        QCOMPARE(doc.content()->layers.size(), kSampleLayers);
        QCOMPARE(layerNamed(doc, kLayer)->style.fill, std::optional<Color>(kEditedFill));
        QVERIFY(doc.modified());
        QCOMPARE(doc.source(), project);
        QVERIFY(!autosave.recoveryAvailable());

        // Saving goes to the project file and deletes the recovery copy.
        QCOMPARE(doc.save(project, {}), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!doc.saving(), 20000); // saved on a worker
        QVERIFY(!doc.modified());
        QVERIFY(!hasRecovery(project.toStdString()));
        QCOMPARE(savedFill(project), std::optional<Color>(kEditedFill));
    }

    void discardDeletesTheCopy()
    {
        const QString project = m_dir.filePath(QStringLiteral("heraklion.polis"));
        MapDocument doc;
        doc.setSource(project);
        QTRY_VERIFY_WITH_TIMEOUT(!doc.loading(), 20000);
        doc.setLayerStyle(layerNamed(doc, kLayer)->id, Style{});
        QVERIFY(doc.modified());
        AutosaveController autosave;
        autosave.setDocument(&doc);
        QSignalSpy autosaved(&autosave, &AutosaveController::autosaved);
        autosave.autosave();
        QVERIFY(autosaved.wait(20000));
        QVERIFY(hasRecovery(project.toStdString()));
        QVERIFY(autosave.lastAutosave().isValid());

        MapDocument reopened;
        AutosaveController offer;
        offer.setDocument(&reopened);
        reopened.setSource(project);
        QTRY_VERIFY_WITH_TIMEOUT(!reopened.loading() && offer.recoveryAvailable(), 20000);
        offer.discardRecovery();
        QVERIFY(!offer.recoveryAvailable());
        QVERIFY(!hasRecovery(project.toStdString()));
    }
};

int main(int argc, char** argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--child") == 0)
        return runChild(argc, argv);
    QGuiApplication app(argc, argv);
    TestRecoveryKill test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery_kill.moc"
