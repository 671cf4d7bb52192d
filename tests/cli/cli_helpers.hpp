#pragma once
// Helpers of the command-line end-to-end tests: run the real polis binary, find sample data, write fixtures.
#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace cli_test {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    bool crashed = false; ///< killed by a signal, or still running after two minutes
};

/// Runs the polis binary with `args` and waits for it (two minutes at most).
inline Run polis(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(POLIS_BINARY), args);
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

/// GeoJSON cut off in the middle of a feature.
inline const char* const kBrokenGeoJson = "{\"type\": \"FeatureCollection\", \"features\": [ {\"type\": \"Feat";

/// Writes `bytes` to `path`; false when it cannot.
inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace cli_test
