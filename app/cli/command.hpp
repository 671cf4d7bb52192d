#pragma once
#include "cli.hpp"

#include "layers/core/extent.hpp"
#include "layers/map/source_trust.hpp"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace polis::cli {

/// Translation helper for command-line text (context "polis::cli").
QString tr(const char* text);

/// stdout / stderr as UTF-8 text streams.
QTextStream& out();
QTextStream& err();

/// Parses `arguments` (the command's name first) with `parser`; prints help (`syntax` is the usage line
/// after "polis COMMAND") or a usage error. Returns -1 to continue, or the exit code to return.
int parseOrExit(QCommandLineParser& parser, const QStringList& arguments, const QString& syntax);

/// Prints "polis COMMAND: MESSAGE" and the --help hint on stderr; returns UsageError.
int usageError(const QString& command, const QString& message);

/// --allow-remote and --allow-outside, for commands that open a project's layers; trustFrom reads them.
QList<QCommandLineOption> trustOptions();
SourceTrust trustFrom(const QCommandLineParser& parser);

/// True when `path` ends in .png, .pdf or .svg (any case): the formats render and export write.
bool isOutputFormat(const QString& path);

/// Parses "xmin,ymin,xmax,ymax" (xmin < xmax, ymin < ymax, finite numbers); false when malformed.
bool parseExtent(const QString& text, Extent& extent);

int importCommand(const QStringList& arguments);
int infoCommand(const QStringList& arguments);
int renderCommand(const QStringList& arguments);
int exportCommand(const QStringList& arguments);
int queryCommand(const QStringList& arguments);
int bufferCommand(const QStringList& arguments);
int dissolveCommand(const QStringList& arguments);
int clipCommand(const QStringList& arguments);
int nearestCommand(const QStringList& arguments);
int statsCommand(const QStringList& arguments);
int scenarioCommand(const QStringList& arguments);
int projectCommand(const QStringList& arguments);

} // namespace polis::cli
