#include "panels/import_controller.hpp"

#include "jobs/background_job.hpp"
#include "layers/core/error.hpp"
#include "layers/map/project_import.hpp"
#include "document/map_document.hpp"

#include <QPointer>
#include <QFileInfo>

namespace polis {
namespace {

/// What a worker found: reports of the layers read and messages for the datasets that failed.
struct Findings
{
    std::vector<LayerReport> reports;
    QStringList errors;
    bool cancelled = false;
};

QStringList toStrings(const std::vector<std::string>& values)
{
    QStringList list;
    for (const std::string& v : values)
        list << QString::fromStdString(v);
    return list;
}

QStringList problemTexts(const LayerReport& r)
{
    const GeometryProblems& p = r.problems;
    QStringList texts;
    if (p.invalid > 0)
        texts << ImportController::tr("%n invalid geometry(s) (%1)", "", int(p.invalid))
                     .arg(QString::fromStdString(p.firstInvalidReason));
    if (p.empty > 0)
        texts << ImportController::tr("%n empty geometry(s)", "", int(p.empty));
    if (p.null > 0)
        texts << ImportController::tr("%n feature(s) without geometry", "", int(p.null));
    if (p.badCoordinates > 0)
        texts << ImportController::tr("%n geometry(s) with unusable coordinates", "", int(p.badCoordinates));
    if (p.duplicateIds > 0)
        texts << ImportController::tr("%n duplicate id(s) in %1", "", int(p.duplicateIds))
                     .arg(p.idField.empty() ? ImportController::tr("the feature id")
                                            : QString::fromStdString(p.idField));
    if (p.mixedTypes)
        texts << ImportController::tr("mixed geometry types: %1")
                     .arg(toStrings(p.geometryTypes).join(QStringLiteral(", ")));
    if (!r.truncatedFields.empty())
        texts << ImportController::tr("field names probably cut short: %1")
                     .arg(toStrings(r.truncatedFields).join(QStringLiteral(", ")));
    return texts + toStrings(r.notes);
}

QVariantMap toVariant(const LayerReport& r)
{
    const QString dataset = QString::fromStdString(r.source);
    const QString layer = QString::fromStdString(r.info.name);
    return {{"dataset", dataset},
            {"fileName", QFileInfo(dataset).fileName()},
            {"layer", layer},
            {"previewSource", dataset + QLatin1Char(':') + layer},
            {"format", QString::fromStdString(r.driver)},
            {"crs", r.info.crs.isValid() ? QString::fromStdString(r.info.crs.displayId()) : QString()},
            {"suggestedEpsg", r.suggestedEpsg.value_or(0)},
            {"encoding", QString::fromStdString(r.info.encoding)},
            {"encodingOrigin", QString::fromLatin1(encodingOriginName(r.encodingOrigin))},
            {"sample", toStrings(r.sample)},
            {"featureCount", qlonglong(r.info.featureCount)},
            {"geometryType", QString::fromStdString(r.info.geometryType)},
            {"problems", problemTexts(r)}};
}

/// Runs `step` on each dataset with its own progress share; a failing dataset is reported by name, a cancel
/// stops the rest. Worker thread.
template <class Step>
Findings forEachDataset(const std::vector<std::string>& datasets, ImportOptions options,
                        BackgroundJob::State& state, Step step)
{
    Findings found;
    for (std::size_t i = 0; i < datasets.size(); ++i) {
        options.progress = [&state, i, n = double(datasets.size())](std::int64_t done, std::int64_t total) {
            return state.report((double(i) + (total > 0 ? double(done) / double(total) : 0)) / n);
        };
        try {
            std::vector<LayerReport> reports = step(Importer(options), datasets[i]);
            std::move(reports.begin(), reports.end(), std::back_inserter(found.reports));
        } catch (const Cancelled&) {
            found.cancelled = true;
            break;
        } catch (const std::exception& e) {
            found.errors << QString::fromStdString(e.what());
        }
    }
    return found;
}

} // namespace

ImportController::ImportController(QObject* parent) : DocumentController(parent) {}

void ImportController::setEncoding(const QString& encoding)
{
    if (encoding == m_encoding)
        return;
    m_encoding = encoding;
    emit optionsChanged();
    inspect();
}

void ImportController::setAssignEpsg(int epsg)
{
    if (epsg == m_assignEpsg)
        return;
    m_assignEpsg = epsg;
    emit optionsChanged();
    inspect();
}

void ImportController::add(const QStringList& pathsOrUrls)
{
    for (const QString& p : pathsOrUrls) {
        for (const std::string& dataset : Importer::datasets(localPath(p).toStdString())) {
            const QString path = QString::fromStdString(dataset);
            if (!m_datasets.contains(path))
                m_datasets << path;
        }
    }
    inspect();
}

void ImportController::clear()
{
    job()->cancel();
    m_datasets.clear();
    m_layers.clear();
    m_errors.clear();
    m_status.clear();
    emit reportsChanged();
}

std::vector<std::string> ImportController::datasetPaths() const
{
    std::vector<std::string> paths;
    for (const QString& d : m_datasets)
        paths.push_back(d.toStdString());
    return paths;
}

std::optional<ImportOptions> ImportController::baseOptions()
{
    ImportOptions options;
    options.encoding = m_encoding.toStdString();
    try {
        if (m_assignEpsg > 0)
            options.assignCrs = Crs::fromEpsg(m_assignEpsg);
    } catch (const Error& e) {
        fail(QString::fromStdString(e.what()));
        return std::nullopt;
    }
    return options;
}

void ImportController::fail(const QString& message)
{
    m_errors = QStringList{message};
    emit reportsChanged();
}

void ImportController::inspect()
{
    const auto options = baseOptions();
    if (m_datasets.isEmpty() || !options)
        return;
    job()->start(
        [datasets = datasetPaths(), options = *options](BackgroundJob::State& state) {
            return forEachDataset(
                datasets, options, state,
                [](const Importer& importer, const std::string& d) { return importer.inspect(d); });
        },
        [this](Findings found) {
            m_layers.clear();
            for (const LayerReport& r : found.reports)
                m_layers << toVariant(r);
            m_errors = found.errors;
            m_status = found.cancelled ? tr("Cancelled.") : QString();
            emit reportsChanged();
        });
}

void ImportController::embedInto(const QString& project, const QRectF& view)
{
    auto options = baseOptions();
    if (!document() || m_datasets.isEmpty() || !options)
        return;
    QString path = localPath(project);
    if (!path.endsWith(QLatin1String(".polis")))
        path += QStringLiteral(".polis");
    options->repair = m_repair;
    options->mapCrs = document()->content()->crs;
    // Unsaved changes (styles, order) go into the project first: it is reopened after the import.
    QPointer<ImportController> self(this);
    const QString error = document()->save(path, view, [self, path, options = *options](const QString& failed) {
        if (!self)
            return;
        if (failed.isEmpty())
            self->importInto(path, options);
        else
            self->fail(failed);
    });
    if (!error.isEmpty())
        fail(error);
}

void ImportController::importInto(const QString& path, const ImportOptions& options)
{
    const std::string file = path.toStdString();
    job()->start(
        [datasets = datasetPaths(), options, file](BackgroundJob::State& state) {
            return forEachDataset(datasets, options, state,
                                  [&file](const Importer& importer, const std::string& d) {
                                      return importIntoProject(importer, file, d);
                                  });
        },
        [this, path](Findings found) {
            m_errors = found.errors;
            m_status = found.cancelled
                           ? tr("Cancelled: %n layer(s) imported before.", "", int(found.reports.size()))
                           : tr("%n layer(s) imported.", "", int(found.reports.size()));
            emit reportsChanged();
            if (!document() || found.reports.empty())
                return;
            if (document()->source() == path)
                document()->reload();
            else
                document()->setSource(path);
            emit imported();
        });
}

bool ImportController::addReferences()
{
    if (!document() || m_datasets.isEmpty())
        return false;
    if (!m_encoding.isEmpty() || m_assignEpsg > 0) {
        fail(tr("An assigned CRS or text encoding is kept only when the layers are embedded."));
        return false;
    }
    document()->addSources(m_datasets);
    m_status = tr("%n dataset(s) added as references.", "", int(m_datasets.size()));
    emit reportsChanged();
    emit imported();
    return true;
}

} // namespace polis
