#pragma once
#include "layers/io/import_report.hpp"

#include "document/document_controller.hpp"

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
    /// One map per layer found: dataset, fileName, layer, previewSource, format, crs, suggestedEpsg (0 =
    /// none), encoding, encodingOrigin, sample (decoded text values), featureCount, geometryType, problems
    /// (texts).
    Q_PROPERTY(QVariantList layers READ layers NOTIFY reportsChanged)
    /// Files that cannot be read, each message naming the file and the problem; then import errors.
    Q_PROPERTY(QStringList errors READ errors NOTIFY reportsChanged)
    /// Read shapefiles' text with this encoding (an iconv name, e.g. "CP1253"); "" = as detected.
    Q_PROPERTY(QString encoding READ encoding WRITE setEncoding NOTIFY optionsChanged)
    /// Assign this EPSG CRS to layers that declare none; 0 = assign nothing.
    Q_PROPERTY(int assignEpsg READ assignEpsg WRITE setAssignEpsg NOTIFY optionsChanged)
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
    int assignEpsg() const { return m_assignEpsg; }
    void setAssignEpsg(int epsg);
    QString status() const { return m_status; }

    /// Adds files or folders (paths or file URLs) and inspects everything chosen so far.
    Q_INVOKABLE void add(const QStringList& pathsOrUrls);
    /// Forgets the chosen datasets and their reports.
    Q_INVOKABLE void clear();
    /// Saves the document as the project `project` (path or URL, usually the document's own) with `view` as
    /// its extent, embeds every dataset into it and reopens it: the imported layers appear in the map.
    Q_INVOKABLE void embedInto(const QString& project, const QRectF& view);
    /// Adds the datasets to the map as references to their files. False, with errors set, when an assigned
    /// CRS or encoding override would be lost (those need embedding).
    Q_INVOKABLE bool addReferences();

signals:
    void reportsChanged();
    void optionsChanged();
    /// The layers are in the document (or are being read into it).
    void imported();

private:
    void inspect();
    std::vector<std::string> datasetPaths() const;
    /// The encoding and CRS options; nullopt (with errors set) when the EPSG code is unknown.
    std::optional<ImportOptions> baseOptions();
    /// Embeds the chosen datasets into the saved project at `path`, then reopens it.
    void importInto(const QString& path, const ImportOptions& options);
    /// Shows `message` as the only error.
    void fail(const QString& message);

    QStringList m_datasets;
    QVariantList m_layers;
    QStringList m_errors;
    QString m_encoding;
    int m_assignEpsg = 0;
    bool m_repair = true;
    QString m_status;
};

} // namespace polis
