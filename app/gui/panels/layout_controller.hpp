#pragma once
#include "document/document_controller.hpp"

#include <QImage>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace polis {

/// The layout panel's logic: edits the print layout of a MapDocument (kept in the project when it is saved),
/// renders the page of the scenario shown (its map, legend and title) with the engine's LayoutRenderer on a
/// worker thread as a preview image, whenever the layout, the map or the scenario shown changes, and exports
/// the page to PDF, PNG or SVG. GUI thread only.
class LayoutController : public DocumentController
{
    Q_OBJECT
    QML_ELEMENT
    /// The layout as the project stores it: paper ("A4".."A0"), orientation ("portrait", "landscape"), title,
    /// subtitle, attribution (texts) and legend, scale_bar, north_arrow, overview (booleans).
    Q_PROPERTY(QVariantMap settings READ settings NOTIFY settingsChanged)
    /// Page 1 as the export will print it, at screen resolution; null before the first render.
    Q_PROPERTY(QImage preview READ preview NOTIFY previewChanged)
    Q_PROPERTY(QString error READ error NOTIFY previewChanged)

public:
    explicit LayoutController(QObject* parent = nullptr);

    QVariantMap settings() const;
    QImage preview() const { return m_preview; }
    QString error() const { return m_error; }

    /// Changes one setting (a key of settings) in the document's layout; the preview follows.
    Q_INVOKABLE void set(const QString& key, const QVariant& value);
    /// Writes the layout to `pathOrUrl`: .pdf, .png (at `dpi`, stored in the file) or .svg, on a worker
    /// thread.
    Q_INVOKABLE void exportTo(const QString& pathOrUrl, int dpi);

signals:
    void settingsChanged();
    void previewChanged();
    /// An export finished: `error` is empty, or the message to show.
    void exported(const QString& path, const QString& error);

private:
    void contentChanged() override;
    void render();

    BackgroundJob* m_previewJob; ///< preview renders (a new one replaces the running one)
    QTimer m_renderDelay;        ///< one render for a burst of changes (typing a title)
    QImage m_preview;
    QString m_error;
};

} // namespace polis
