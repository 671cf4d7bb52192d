// Polis: one binary for the map window and the command line; both call the same engine (layers/).
#include "cli/cli.hpp"
#include "cli/language.hpp"
#include "gui/gui.hpp"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStringList>

int main(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("Polis"));
    QCoreApplication::setOrganizationName(QStringLiteral("Polis"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POLIS_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (polis::cli::isCommandLine(arguments)) {
        // Commands never need a screen; keep our own options away from Qt's (Qt eats e.g. --style).
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        polis::cli::quietQtNoise();
        int qtArgc = 1;
        QGuiApplication app(qtArgc, argv);
        polis::cli::installLanguage({});
        return polis::cli::run(arguments);
    }
    return polis::gui::run(argc, argv);
}
