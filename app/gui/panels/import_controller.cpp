#include "panels/import_controller.hpp"

#include "jobs/background_job.hpp"
#include "layers/core/error.hpp"
#include "layers/map/project_import.hpp"
#include "document/map_document.hpp"

#include <QPointer>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <QFileInfo>

namespace polis {
namespace {

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

QString number(double v)
{
    return QString::number(v, 'f', std::abs(v) < 1000 ? 4 : 0);
}

/// The card's sentence for coordinates that cannot be in the layer's CRS; "" when they can.
QString crsProblem(const LayerReport& r)
{
    if (!r.outsideCrsArea)
        return {};
    const Extent& e = r.dataExtent;
    QString text = ImportController::tr("The coordinates (x %1 to %2, y %3 to %4) cannot be in %5")
                       .arg(number(e.xmin), number(e.xmax), number(e.ymin), number(e.ymax),
                            QString::fromStdString(r.info.crs.displayId()));
    if (!r.crsAreaName.empty())
        text += ImportController::tr(" (its area of use: %1)").arg(QString::fromStdString(r.crsAreaName));
    return text + (r.suggestedEpsg ? ImportController::tr("; they suggest EPSG:%1.").arg(*r.suggestedEpsg)
                                   : QStringLiteral("."));
}

QString sourceKey(const QString& dataset, const std::string& layer)
{
    return dataset + QLatin1Char(':') + QString::fromStdString(layer);
}

QVariantMap toVariant(const LayerReport& r, const QString& dataset, const ImportController::Choice& choice)
{
    const QString layer = QString::fromStdString(r.info.name);
    const QString problem = crsProblem(r);
    return {{"dataset", dataset},
            {"fileName", QFileInfo(dataset).fileName()},
            {"layer", layer},
            {"previewSource", sourceKey(dataset, r.info.name)},
            {"format", QString::fromStdString(r.driver)},
            {"crs", r.info.crs.isValid() ? QString::fromStdString(r.info.crs.displayId()) : QString()},
            {"crsDeclared", r.info.crs.isValid() && !r.crsAssigned},
            {"assignedEpsg", choice.epsg},
            {"suggestedEpsg", r.suggestedEpsg.value_or(0)},
            {"crsProblem", problem},
            {"importAnyway", choice.anyway},
            {"ready", r.info.crs.isValid() && (problem.isEmpty() || choice.anyway)},
            {"encoding", QString::fromStdString(r.info.encoding)},
            {"encodingOrigin", QString::fromLatin1(encodingOriginName(r.encodingOrigin))},
            {"sample", toStrings(r.sample)},
            {"featureCount", qlonglong(r.info.featureCount)},
            {"geometryType", QString::fromStdString(r.info.geometryType)},
            {"problems", problemTexts(r)}};
}

/// What a worker found: per layer its report and the dataset it came from; messages for the failures.
struct Findings
{
    std::vector<std::pair<QString, LayerReport>> reports;
    QStringList errors;
    bool cancelled = false;
};

/// Runs `step` on each unit with its own progress share; a failing unit is reported by name, a cancel
/// stops the rest. Worker thread.
template <class Step>
Findings forEachUnit(const std::vector<ImportController::Unit>& units, BackgroundJob::State& state, Step step)
{
    Findings found;
    for (std::size_t i = 0; i < units.size(); ++i) {
        ImportOptions options = units[i].options;
        options.progress = [&state, i, n = double(units.size())](std::int64_t done, std::int64_t total) {
            return state.report((double(i) + (total > 0 ? double(done) / double(total) : 0)) / n);
        };
        try {
            for (LayerReport& r : step(Importer(options), units[i].spec))
                found.reports.emplace_back(units[i].dataset, std::move(r));
        } catch (const Cancelled&) {
            found.cancelled = true;
            break;
        } catch (const std::exception& e) {
            found.errors << QString::fromStdString(polis::userMessage(e));
        }
    }
    return found;
}

/// One line of the summary: the layer, where it came from, its features, CRS and problems.
QString summaryLine(const LayerReport& r, const QString& dataset)
{
    QStringList problems = problemTexts(r);
    if (r.repaired > 0)
        problems << ImportController::tr("%n geometry(s) repaired", "", int(r.repaired));
    if (r.removed > 0)
        problems << ImportController::tr("%n unusable geometry(s) set to null", "", int(r.removed));
    if (r.outsideCrsArea)
        problems << ImportController::tr("imported although its coordinates cannot be in %1")
                        .arg(QString::fromStdString(r.info.crs.displayId()));
    return ImportController::tr("%1 (%2): %n feature(s), %3 — %4", "", int(r.info.featureCount))
        .arg(QString::fromStdString(r.info.name), QFileInfo(dataset).fileName(),
             QString::fromStdString(r.info.crs.displayId()),
             problems.isEmpty() ? ImportController::tr("no problems") : problems.join(QStringLiteral("; ")));
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

int ImportController::readyCount() const
{
    return int(std::count_if(m_layers.begin(), m_layers.end(),
                             [](const QVariant& l) { return l.toMap().value("ready").toBool(); }));
}

void ImportController::setLayerCrs(int row, int epsg)
{
    if (row < 0 || row >= m_layers.size())
        return;
    const QString key = m_layers[row].toMap().value("previewSource").toString();
    if (m_choices.value(key).epsg == epsg)
        return;
    m_choices[key].epsg = epsg;
    inspect();
}

void ImportController::setImportAnyway(int row, bool anyway)
{
    if (row < 0 || row >= m_layers.size())
        return;
    QVariantMap layer = m_layers[row].toMap();
    m_choices[layer["previewSource"].toString()].anyway = anyway;
    layer["importAnyway"] = anyway;
    layer["ready"] = !layer["crs"].toString().isEmpty() && (layer["crsProblem"].toString().isEmpty() || anyway);
    m_layers[row] = layer;
    emit reportsChanged();
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
    m_summary.clear();
    inspect();
}

void ImportController::clear()
{
    job()->cancel();
    m_datasets.clear();
    m_layers.clear();
    m_errors.clear();
    m_summary.clear();
    m_choices.clear();
    m_status.clear();
    emit reportsChanged();
}

ImportOptions ImportController::baseOptions() const
{
    ImportOptions options;
    options.encoding = m_encoding.toStdString();
    options.repair = m_repair;
    return options;
}

std::vector<ImportController::Unit> ImportController::units(bool readyOnly) const
{
    QHash<QString, int> known; // layers already found per dataset
    for (const QVariant& l : m_layers)
        ++known[l.toMap().value("dataset").toString()];
    std::vector<Unit> out;
    for (const QString& dataset : m_datasets) {
        if (!known.contains(dataset) && !readyOnly)
            out.push_back({dataset, dataset.toStdString(), baseOptions()});
    }
    for (const QVariant& value : m_layers) {
        const QVariantMap l = value.toMap();
        if (readyOnly && !l["ready"].toBool())
            continue;
        const QString dataset = l["dataset"].toString();
        const Choice choice = m_choices.value(l["previewSource"].toString());
        Unit unit{dataset, known[dataset] == 1 ? dataset.toStdString() : l["previewSource"].toString().toStdString(),
                  baseOptions()};
        if (choice.epsg > 0)
            unit.options.assignCrs = Crs::fromEpsg(choice.epsg);
        unit.options.force = choice.anyway;
        out.push_back(std::move(unit));
    }
    return out;
}

void ImportController::fail(const QString& message)
{
    m_errors = QStringList{message};
    emit reportsChanged();
}

void ImportController::inspect()
{
    std::vector<Unit> work;
    try {
        work = units(false);
    } catch (const Error& e) { // an EPSG code PROJ does not know
        fail(QString::fromStdString(polis::userMessage(e)));
        return;
    }
    if (work.empty())
        return;
    job()->start(
        [work](BackgroundJob::State& state) {
            return forEachUnit(work, state,
                               [](const Importer& importer, const std::string& d) { return importer.inspect(d); });
        },
        [this](Findings found) {
            m_layers.clear();
            for (const auto& [dataset, r] : found.reports)
                m_layers << toVariant(r, dataset, m_choices.value(sourceKey(dataset, r.info.name)));
            m_errors = found.errors;
            m_status = found.cancelled ? tr("Cancelled.") : QString();
            emit reportsChanged();
        });
}

void ImportController::embedInto(const QString& project, const QRectF& view)
{
    if (!document() || readyCount() == 0)
        return;
    std::vector<Unit> work;
    try {
        work = units(true);
    } catch (const Error& e) {
        fail(QString::fromStdString(polis::userMessage(e)));
        return;
    }
    QString path = localPath(project);
    if (!path.endsWith(QLatin1String(".polis")))
        path += QStringLiteral(".polis");
    for (Unit& unit : work)
        unit.options.mapCrs = document()->content()->crs;
    // Unsaved changes (styles, order) go into the project first: it is reopened after the import.
    QPointer<ImportController> self(this);
    const QString error = document()->save(path, view, [self, path, work](const QString& failed) {
        if (!self)
            return;
        if (failed.isEmpty())
            self->importInto(path, work);
        else
            self->fail(failed);
    });
    if (!error.isEmpty())
        fail(error);
}

void ImportController::importInto(const QString& path, std::vector<Unit> work)
{
    const std::string file = path.toStdString();
    job()->start(
        [work = std::move(work), file](BackgroundJob::State& state) {
            return forEachUnit(work, state, [&file](const Importer& importer, const std::string& d) {
                return importIntoProject(importer, file, d);
            });
        },
        [this, path](Findings found) {
            QStringList sources, summary;
            for (const auto& [dataset, r] : found.reports) {
                sources << sourceKey(dataset, r.info.name);
                summary << summaryLine(r, dataset);
            }
            forgetImported(sources, summary);
            m_errors = found.errors;
            if (found.cancelled)
                m_status = tr("Cancelled: %n layer(s) imported before.", "", int(found.reports.size()));
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

void ImportController::forgetImported(const QStringList& sources, const QStringList& summary)
{
    QVariantList left;
    QSet<QString> datasetsLeft;
    for (const QVariant& value : m_layers) {
        const QVariantMap l = value.toMap();
        if (!sources.contains(l["previewSource"].toString())) {
            left << l;
            datasetsLeft << l["dataset"].toString();
        }
    }
    m_layers = left;
    m_datasets.erase(std::remove_if(m_datasets.begin(), m_datasets.end(),
                                    [&](const QString& d) { return !datasetsLeft.contains(d); }),
                     m_datasets.end());
    for (const QString& s : sources)
        m_choices.remove(s);
    m_summary = summary;
    m_status = left.isEmpty() ? tr("%n layer(s) imported.", "", int(sources.size()))
                              : tr("%n layer(s) imported; %1 wait for a CRS or your consent.", "", int(sources.size()))
                                    .arg(left.size());
}

bool ImportController::addReferences()
{
    if (!document() || readyCount() == 0)
        return false;
    if (!m_encoding.isEmpty() || std::any_of(m_choices.begin(), m_choices.end(), [](const Choice& c) { return c.epsg > 0; })) {
        fail(tr("An assigned CRS or text encoding is kept only when the layers are embedded."));
        return false;
    }
    QStringList specs, sources, summary;
    for (const Unit& unit : units(true))
        specs << QString::fromStdString(unit.spec);
    for (const QVariant& value : m_layers) {
        const QVariantMap l = value.toMap();
        if (l["ready"].toBool()) {
            sources << l["previewSource"].toString();
            summary << tr("%1 (%2): a reference to the file").arg(l["layer"].toString(), l["fileName"].toString());
        }
    }
    document()->addSources(specs);
    forgetImported(sources, summary);
    emit reportsChanged();
    emit imported();
    return true;
}

} // namespace polis
