#include "gui.hpp"

#include "cli/cli.hpp"
#include "cli/language.hpp"
#include "language_settings.hpp"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QTextStream>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(PolisPlugin)

namespace polis::gui {
namespace {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

/// No screen to show a window on: draw the map into a PNG with the same engine and say where it is.
int renderInstead(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    cli::quietQtNoise();
    int fakeArgc = 1;
    QGuiApplication app(fakeArgc, argv);
    cli::installLanguage({});
    QTextStream err(stderr);
    if (argc < 2) {
        err << QCoreApplication::translate("polis::gui", "No display found (DISPLAY is not set) and no project "
                                                         "given: nothing to show.")
            << Qt::endl;
        return cli::InputError;
    }
    const QString source = QString::fromLocal8Bit(argv[1]);
    const QString png = QDir::temp().filePath(QFileInfo(source).completeBaseName() + QStringLiteral("-map.png"));
    err << QCoreApplication::translate("polis::gui", "No display found (DISPLAY is not set): rendering %1 to an "
                                                     "image instead.")
               .arg(source)
        << Qt::endl;
    return cli::run({QString::fromLocal8Bit(argv[0]), "render", source, "-o", png});
}

/// The bundled Heraklion sample: installed beside the binary, or in the source tree of a build.
QString sampleProject()
{
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/polis/sample-data/heraklion.polis");
    if (QFileInfo::exists(installed))
        return QFileInfo(installed).canonicalFilePath();
    const QString source = QStringLiteral(POLIS_SOURCE_DIR "/sample-data/heraklion.polis");
    return QFileInfo::exists(source) ? source : QString();
}

} // namespace

int run(int argc, char** argv)
{
    if (!hasDisplay())
        return renderInstead(argc, argv);
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    LanguageSettings::installStored();
    QQmlApplicationEngine engine;
    const QStringList args = QCoreApplication::arguments();
    QString source = args.size() > 1 ? QFileInfo(args.at(1)).absoluteFilePath() : QString();
    engine.setInitialProperties({{QStringLiteral("source"), source}, {QStringLiteral("sampleProject"), sampleProject()}});
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                     [] { QCoreApplication::exit(cli::InputError); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/Polis/Main.qml")));
    return QGuiApplication::exec();
}

} // namespace polis::gui
