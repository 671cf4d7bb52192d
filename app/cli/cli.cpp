#include "cli.hpp"

#include "command.hpp"
#include "layers/core/error.hpp"

#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>
#include <exception>

namespace polis::cli {
namespace {

struct Command
{
    const char* name;
    const char* summary;
    int (*run)(const QStringList&);
};

const Command kCommands[] = {
    {"import", QT_TRANSLATE_NOOP("polis::cli", "Import datasets into a project, checking CRS, encoding and geometries"),
     &importCommand},
    {"info", QT_TRANSLATE_NOOP("polis::cli", "Describe the layers of a dataset or project"), &infoCommand},
    {"render", QT_TRANSLATE_NOOP("polis::cli", "Draw datasets or a project to PNG, PDF or SVG"), &renderCommand},
    {"export", QT_TRANSLATE_NOOP("polis::cli", "Print a project's map layout (or the council pack) to PDF, PNG or SVG"),
     &exportCommand},
    {"query", QT_TRANSLATE_NOOP("polis::cli", "Select features by location (intersects, within, dwithin...)"),
     &queryCommand},
    {"buffer", QT_TRANSLATE_NOOP("polis::cli", "Buffer features into a new polygon layer"), &bufferCommand},
    {"dissolve", QT_TRANSLATE_NOOP("polis::cli", "Union features, per value of a field"), &dissolveCommand},
    {"clip", QT_TRANSLATE_NOOP("polis::cli", "Clip, difference or intersection with another layer"), &clipCommand},
    {"nearest", QT_TRANSLATE_NOOP("polis::cli", "The k nearest features with their distances"), &nearestCommand},
    {"stats", QT_TRANSLATE_NOOP("polis::cli", "Count, sum, mean, area and length, grouped by a field"),
     &statsCommand},
    {"scenario", QT_TRANSLATE_NOOP("polis::cli", "List, compare and measure a project's planning scenarios"),
     &scenarioCommand},
    {"project", QT_TRANSLATE_NOOP("polis::cli", "Copy a project into a PostgreSQL database (push) or back to a file (pull)"),
     &projectCommand},
};

void printHelp()
{
    out() << tr("Usage: polis [PROJECT]            open the map window") << '\n'
          << tr("       polis COMMAND [OPTIONS]    run a command (polis COMMAND --help)") << "\n\n"
          << tr("Commands:") << '\n';
    for (const Command& c : kCommands)
        out() << "  " << QString::fromLatin1(c.name).leftJustified(10) << tr(c.summary) << '\n';
    out() << '\n'
          << tr("Options:") << '\n'
          << "  --help      " << tr("Show this help") << '\n'
          << "  --version   " << tr("Show the version") << '\n'
          << '\n'
          << tr("Exit codes: 0 success, 1 an input problem (the message names the file), 2 a usage error.") << '\n';
}

} // namespace

QString tr(const char* text)
{
    return QCoreApplication::translate("polis::cli", text);
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int parseOrExit(QCommandLineParser& parser, const QStringList& arguments, const QString& syntax)
{
    const QCommandLineOption help(QStringList{"h", "help"}, tr("Show this help"));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        err() << "polis " << arguments.value(0) << ": " << parser.errorText() << '\n';
        err() << tr("Try: polis %1 --help").arg(arguments.value(0)) << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(help)) {
        out() << tr("Usage: polis %1 %2").arg(arguments.value(0), syntax) << '\n'
              << parser.helpText().section('\n', 1) << Qt::flush;
        return Success;
    }
    return -1;
}

int usageError(const QString& command, const QString& message)
{
    err() << "polis " << command << ": " << message << '\n' << tr("Try: polis %1 --help").arg(command) << Qt::endl;
    return UsageError;
}

QList<QCommandLineOption> trustOptions()
{
    return {QCommandLineOption("allow-remote", tr("Open the project's layers that reach the network or another "
                                                  "host's database (only for projects you trust)")),
            QCommandLineOption("allow-outside", tr("Open the project's layers stored outside its folder (only for "
                                                   "projects you trust)"))};
}

SourceTrust trustFrom(const QCommandLineParser& parser)
{
    return {parser.isSet("allow-remote"), parser.isSet("allow-outside")};
}

bool isOutputFormat(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == "png" || suffix == "pdf" || suffix == "svg";
}

bool parseExtent(const QString& text, Extent& extent)
{
    const QStringList parts = text.split(',');
    if (parts.size() != 4)
        return false;
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v[i]))
            return false;
    }
    if (v[0] >= v[2] || v[1] >= v[3])
        return false;
    extent = Extent::of(v[0], v[1], v[2], v[3]);
    return true;
}

void quietQtNoise()
{
    static QtMessageHandler previous = nullptr;
    previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
        if (type <= QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths:")))
            return;
        if (previous)
            previous(type, context, message);
    });
}

bool isCommandLine(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    if (first == "--version" || first == "-v" || first == "--help" || first == "-h")
        return true;
    for (const Command& c : kCommands) {
        if (first == QLatin1String(c.name))
            return true;
    }
    // A word that names no file is a mistyped command, not a project to open in the window.
    return !first.startsWith('-') && !first.contains('.') && !first.contains('/') && !QFileInfo::exists(first);
}

int run(const QStringList& arguments)
{
    const QString first = arguments.value(1);
    if (first == "--version" || first == "-v") {
        out() << "polis " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    if (first == "--help" || first == "-h") {
        printHelp();
        out().flush();
        return Success;
    }
    for (const Command& c : kCommands) {
        if (first == QLatin1String(c.name)) {
            int code = InputError;
            try {
                code = c.run(arguments.mid(1));
            } catch (const std::exception& e) { // a message, never an abort (exit 134)
                err() << "polis " << first << ": " << tr("failed: %1").arg(QString::fromStdString(polis::userMessage(e))) << '\n';
            }
            out().flush();
            err().flush();
            return code;
        }
    }
    err() << tr("polis: unknown command \"%1\"").arg(first) << "\n\n";
    err().flush();
    printHelp();
    out().flush();
    return UsageError;
}

} // namespace polis::cli
