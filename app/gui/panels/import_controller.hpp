#pragma once
#include "layers/io/import_report.hpp"

#include "document/document_controller.hpp"

#include <QHash>
#include <QRectF>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace polis {

/// The import wizard's logic: inspects the chosen files with the engine's Importer on a worker thread
/// (format, CRS and a suggestion when missing, encoding with a decoded sample, feature count, geometry type,
/// problems), then embeds them into the document's project or adds them as references. GUI thread only.
class ImportController : public DocumentController
{
    Q_OBJECT
    QML_ELEMENT
    /// The datasets to import (local paths): files, zipped shapefiles, the datasets of dropped folders.
    Q_PROPERTY(QStringList datasets READ datasets NOTIFY reportsChanged)
    /// One map per layer found: dataset, fileName, layer, previewSource, format, crs ("" = none), crsDeclared,
    /// assignedEpsg (this layer's own choice, 0 = none), suggestedEpsg (0 = none), crsProblem (the coordinates
    /// cannot be in the CRS: a sentence, else ""), importAnyway, ready (it will be imported: a CRS, and either
    /// no CRS problem or importAnyway), encoding, encodingOrigin, sample (decoded text values), featureCount,
    /// geometryType, problems (texts).
    Q_PROPERTY(QVariantList layers READ layers NOTIFY reportsChanged)
    /// How many layers are ready to import.
    Q_PROPERTY(int readyCount READ readyCount NOTIFY reportsChanged)
    /// What the last import brought in: one line per imported layer with its problems ("" before any).
    Q_PROPERTY(QStringList summary READ summary NOTIFY reportsChanged)
    /// Files that cannot be read, each message naming the file and the problem; then import errors.
    Q_PROPERTY(QStringList errors READ errors NOTIFY reportsChanged)
    /// Read shapefiles' text with this encoding (an iconv name, e.g. "CP1253"); "" = as detected.
    Q_PROPERTY(QString encoding READ encoding WRITE setEncoding NOTIFY optionsChanged)
    /// Repair invalid geometries while embedding (GEOS make-valid); unusable coordinates become null.
    Q_PROPERTY(bool repair MEMBER m_repair NOTIFY optionsChanged)
    /// What the last import did, for the user ("" before any).
    Q_PROPERTY(QString status READ status NOTIFY reportsChanged)

public:
    explicit ImportController(QObject* parent = nullptr);

    QStringList datasets() const { return m_datasets; }
    QVariantList layers() const { return m_layers; }
    QStringList errors() const { return m_errors; }
    QString encoding() const { return m_encoding; }
    void setEncoding(const QString& encoding);
    int readyCount() const;
    QStringList summary() const { return m_summary; }
    QString status() const { return m_status; }

    /// Gives the layer of row `row` (of layers) the CRS EPSG:`epsg` when it declares none (0 = none) and
    /// inspects it again: the coordinates are checked against the CRS's area of use.
    Q_INVOKABLE void setLayerCrs(int row, int epsg);
    /// Imports the layer of row `row` although its coordinates cannot be in its CRS (`anyway`), or not.
    Q_INVOKABLE void setImportAnyway(int row, bool anyway);

    /// Adds files or folders (paths or file URLs) and inspects everything chosen so far.
    Q_INVOKABLE void add(const QStringList& pathsOrUrls);
    /// Forgets the chosen datasets, their reports, the layers' choices and the last summary.
    Q_INVOKABLE void clear();
    /// Saves the document as the project `project` (path or URL, usually the document's own) with `view` as
    /// its extent, embeds the ready layers into it and reopens it: they appear in the map and leave the
    /// list (summary says what came in); layers that wait for a CRS stay.
    Q_INVOKABLE void embedInto(const QString& project, const QRectF& view);
    /// Adds the ready layers to the map as references to their files. False, with errors set, when an
    /// assigned CRS or encoding override would be lost (those need embedding).
    Q_INVOKABLE bool addReferences();

signals:
    void reportsChanged();
    void optionsChanged();
    /// The layers are in the document (or are being read into it).
    void imported();

public:
    /// One dataset or one layer of it, read with its own options (the layer's CRS and consent).
    struct Unit
    {
        QString dataset;
        std::string spec; ///< what the Importer opens: the dataset, or "dataset:layer"
        ImportOptions options;
    };
    /// A layer's own choices, by its previewSource ("dataset:layer").
    struct Choice
    {
        int epsg = 0;
        bool anyway = false;
    };

private:
    void inspect();
    /// Every dataset (not yet inspected) or every known layer (`readyOnly`: those ready to import).
    std::vector<Unit> units(bool readyOnly) const;
    /// The encoding and repair options shared by all layers.
    ImportOptions baseOptions() const;
    /// Embeds the ready layers into the saved project at `path`, then reopens it.
    void importInto(const QString& path, std::vector<Unit> units);
    /// Drops the imported layers from the list (and datasets left with none) and writes the summary.
    void forgetImported(const QStringList& sources, const QStringList& summary);
    /// Shows `message` as the only error.
    void fail(const QString& message);

    QStringList m_datasets;
    QVariantList m_layers;
    QStringList m_errors;
    QStringList m_summary;
    QHash<QString, Choice> m_choices;
    QString m_encoding;
    bool m_repair = true;
    QString m_status;
};

} // namespace polis
