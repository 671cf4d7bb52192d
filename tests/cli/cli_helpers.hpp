#pragma once
// Helpers of the command-line end-to-end tests: run the real polis binary (or a checking tool), find sample
// data, write fixtures, compare colours.
#include <QByteArray>
#include <QColor>
#include <QFile>
#include <QImage>
#include <QRect>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <cstdlib>

namespace cli_test {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    bool crashed = false; ///< killed by a signal, or still running after two minutes
};

/// Runs `program` (by default the polis binary) with `args` and waits for it (two minutes at most).
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

/// Runs the polis binary with `args`.
inline Run polis(const QStringList& args)
{
    return run(args);
}

/// A usage error: exit code 2 with a message, no crash.
inline bool isUsageError(const Run& r)
{
    return !r.crashed && r.code == 2 && !r.err.isEmpty();
}

/// True when the two colours differ by at most `tolerance` in each channel.
inline bool near(const QColor& a, const QColor& b, int tolerance = 24)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

/// How many pixels of `image` inside `area` are within `tolerance` of `colour`.
inline int countColour(const QImage& image, const QRect& area, const QColor& colour, int tolerance = 30)
{
    int n = 0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            n += near(image.pixelColor(x, y), colour, tolerance) ? 1 : 0;
    }
    return n;
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
