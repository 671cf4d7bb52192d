#pragma once
#include "command.hpp"

#include "layers/core/crs.hpp"
#include "layers/core/feature_store.hpp"
#include "layers/io/data_source.hpp"
#include "layers/query/geoprocessing.hpp"

#include <QCommandLineOption>
#include <QJsonArray>
#include <QJsonObject>

#include <exception>
#include <functional>
#include <memory>
#include <vector>

namespace polis::cli {

/// One vector layer read for a command: its features (in `crs`) and what it is called in messages.
struct LayerInput
{
    std::shared_ptr<FeatureStore> store;
    Crs crs;
    LayerInfo info;
    QString spec; ///< as the user gave it
};

/// Opens `spec` (path or path:layer; a dataset with several layers needs the :layer) and describes the layer
/// without reading features. Throws polis::Error naming the file.
std::pair<DataSource, std::size_t> openLayer(const QString& spec);
/// Reads layer `index` of `ds` (opened from `spec`) with `options`; targetCrs unset = the layer's own CRS.
/// Throws polis::Error.
LayerInput readLayer(const DataSource& ds, std::size_t index, const QString& spec,
                     const ReadOptions& options);
/// Opens and reads `spec` (see openLayer) with `options`. Throws polis::Error.
LayerInput readLayer(const QString& spec, const ReadOptions& options = {});

/// Prints "polis COMMAND: MESSAGE" (the error in the reader's language) on stderr; returns InputError.
int inputError(const QString& command, const std::exception& error);

/// The common -o OUT option (GeoPackage, GeoJSON or CSV) and its check: UsageError when the extension is not
/// supported, -1 when fine (or not given).
QCommandLineOption outputOption();
int checkOutput(const QString& command, const QString& path);
/// Writes `features` (all when nullopt) of `layer` to `path` and says so on stdout unless `quiet`.
void writeOutput(const LayerInput& layer, const FeatureStore& store, const QString& path,
                 const std::optional<std::vector<std::size_t>>& features, bool quiet);

/// Writes a geoprocessing result (buffer, dissolve, clip...) to `path` in the CRS of `input`, reports
/// features GEOS could not process on stderr, and prints {"count", "invalid", "invalid_ids"} when `json`.
/// Throws polis::Error when writing fails.
void finishProcess(const QString& command, const LayerInput& input, const ProcessResult& result,
                   const QString& path, bool json);

/// The frame of the commands that turn one layer into a new one (buffer, dissolve, clip): SOURCE, --where,
/// -o OUT (required), --json. `addOptions` adds the command's own options to the parser; `check` validates
/// them (an empty string = fine, else the usage message); `process` runs the engine on the read layer.
struct ProcessCommand
{
    QString name;
    QString description;
    QString syntax; ///< after "polis NAME SOURCE"
    std::function<void(QCommandLineParser&)> addOptions;
    std::function<QString(const QCommandLineParser&)> check;
    std::function<ProcessResult(const LayerInput&, const QCommandLineParser&)> process;

    int run(const QStringList& arguments) const;

    Q_DECLARE_TR_FUNCTIONS(polis::cli) // the command-line context, for the member functions too
};

/// A number of fids as a JSON array.
QJsonArray fidArray(const std::vector<std::int64_t>& fids);
/// Prints `object` as indented JSON on stdout.
void printJson(const QJsonObject& object);

} // namespace polis::cli
