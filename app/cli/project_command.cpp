#include "command.hpp"

#include "layers/core/error.hpp"
#include "layers/map/map_content.hpp"
#include "layers/map/project_transfer.hpp"
#include "layers/map/project_watch.hpp"

#include <QElapsedTimer>

#include <algorithm>

namespace polis::cli {

namespace {

/// polis project watch URI: prints each scenario other planners' saves change, as the window says it.
int watch(const QString& location, int count, int timeoutSeconds)
{
    ProjectWatch watcher(location.toStdString());
    out() << tr("Watching %1 for saves").arg(location) << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    int seen = 0;
    while (seen < count && timer.elapsed() < qint64(timeoutSeconds) * 1000) {
        for (const ProjectNotice& n : watcher.wait(int(std::min<qint64>(1000, qint64(timeoutSeconds) * 1000 - timer.elapsed())))) {
            ++seen;
            for (const std::string& s : n.scenarios)
                out() << tr("Scenario «%1» was changed by %2 (revision %3)")
                             .arg(QString::fromStdString(s), QString::fromStdString(n.savedBy))
                             .arg(n.revision)
                      << Qt::endl;
            if (n.scenarios.empty())
                out() << tr("The project was changed by %1 (revision %2)").arg(QString::fromStdString(n.savedBy)).arg(n.revision)
                      << Qt::endl;
        }
    }
    return seen >= count ? Success : InputError;
}

} // namespace

int projectCommand(const QStringList& arguments)
{
    const QString name = "project";
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copy a project between a file and a PostgreSQL database: push FILE.polis URI puts it into the "
           "schema of URI (postgresql://[user@]host[:port]/dbname?schema=NAME; passwords from ~/.pgpass), "
           "pull URI FILE.polis takes it back offline. Embedded layers become tables of the target."));
    const QCommandLineOption embed("embed", tr("push: copy the referenced vector datasets into the database too"));
    parser.addOption(embed);
    const QCommandLineOption count("count", tr("watch: stop after N saves (default 1)"), "N", "1");
    const QCommandLineOption timeout("timeout", tr("watch: give up after S seconds (default 60; exit 1)"), "S", "60");
    parser.addOptions({count, timeout});
    parser.addPositionalArgument("ACTION", tr("push, pull or watch"));
    parser.addPositionalArgument("FROM", tr("The project to copy (.polis file or postgresql:// URI)"));
    parser.addPositionalArgument("TO", tr("Where to copy it"));
    if (int code = parseOrExit(parser, arguments,
                               "push FILE.polis URI [--embed] | pull URI FILE.polis | watch URI [--count N] [--timeout S]");
        code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == "watch" && args.size() == 2) {
        try {
            return watch(args[1], std::max(1, parser.value(count).toInt()), std::max(1, parser.value(timeout).toInt()));
        } catch (const Error& e) {
            err() << "polis project: " << QString::fromStdString(e.what()) << Qt::endl;
            return InputError;
        }
    }
    if (action != "push" && action != "pull")
        return usageError(name, tr("give the action: push, pull or watch URI"));
    if (args.size() != 3)
        return usageError(name, tr("%1 needs FROM and TO").arg(action));
    const bool push = action == "push";
    const QString database = push ? args[2] : args[1];
    const QString file = push ? args[1] : args[2];
    if (!database.startsWith("postgresql://") && !database.startsWith("postgres://"))
        return usageError(name, tr("\"%1\" is not a database location (postgresql://...)").arg(database));
    if (!file.endsWith(".polis"))
        return usageError(name, tr("\"%1\" is not a project file (.polis)").arg(file));
    if (!push && parser.isSet(embed))
        return usageError(name, tr("--embed is for push"));
    QElapsedTimer timer;
    timer.start();
    try {
        const ProjectCopy copied = copyProject(args[1].toStdString(), args[2].toStdString(), parser.isSet(embed));
        out() << tr("Copied %1 to %2: %3 layer table(s), %4 feature(s), in %5 s")
                     .arg(args[1], args[2])
                     .arg(copied.tables)
                     .arg(copied.features)
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2)
              << '\n';
        if (!copied.referenced.empty())
            out() << tr("Layers left as references: %1").arg(int(copied.referenced.size())) << '\n';
    } catch (const Error& e) {
        err() << "polis project: " << QString::fromStdString(e.what()) << Qt::endl;
        return InputError;
    }
    return Success;
}

} // namespace polis::cli
