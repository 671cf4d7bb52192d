#pragma once
// Helpers of the command-line tests: run the real polis binary, find sample data, compare colours.
#include <QByteArray>
#include <QColor>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <cstdlib>

namespace clitest {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    bool crashed = false;
};

/// Runs `program` (default: the polis binary) and waits up to two minutes.
inline Run run(const QStringList& args, const QString& program = QStringLiteral(POLIS_BINARY))
{
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.crashed = true;
        return r;
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline QString sample(const char* name)
{
    return QStringLiteral(POLIS_SAMPLE_DATA "/") + QLatin1String(name);
}

inline Run polis(const QStringList& args)
{
    return run(args);
}

/// A usage error: exit code 2 with a message, no crash.
inline bool isUsageError(const Run& r)
{
    return !r.crashed && r.code == 2 && !r.err.isEmpty();
}

inline bool near(QColor a, QColor b, int tolerance = 24)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace clitest
