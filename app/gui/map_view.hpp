#pragma once
#include "layers/io/map_content.hpp"

#include <QImage>
#include <QPointF>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>

namespace polis {

/// The map on screen. Loads a project or dataset on a worker thread, renders frames with the engine's
/// MapRenderer on worker threads, and meanwhile shows the last finished frame moved to the current view,
/// so panning and zooming never wait. A render that the view has moved past is cancelled.
class MapView : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(QString title READ title NOTIFY contentChanged)
    Q_PROPERTY(QString crs READ crs NOTIFY contentChanged)
    Q_PROPERTY(int layerCount READ layerCount NOTIFY contentChanged)
    Q_PROPERTY(QStringList errors READ errors NOTIFY contentChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool rendering READ rendering NOTIFY renderingChanged)
    Q_PROPERTY(int framesRendered READ framesRendered NOTIFY frameRendered)

public:
    explicit MapView(QQuickItem* parent = nullptr);
    ~MapView() override;

    QString source() const { return m_source; }
    void setSource(const QString& source);
    QString title() const;
    QString crs() const;
    int layerCount() const;
    QStringList errors() const;
    bool loading() const { return m_loading; }
    bool rendering() const { return m_rendering; }
    int framesRendered() const { return m_framesRendered; }

    /// Shows everything (the project's saved extent, else all layers).
    Q_INVOKABLE void zoomToFullExtent();
    /// Zooms by `factor` (> 1 zooms in) keeping the map point under `position` (item pixels) fixed.
    Q_INVOKABLE void zoomAt(QPointF position, double factor);
    /// Shows the rectangle (map CRS units), widened to the item's aspect ratio.
    Q_INVOKABLE void zoomToExtent(double xmin, double ymin, double xmax, double ymax);
    /// Where the map point (x, y) (map CRS units) is in item pixels in the current view.
    Q_INVOKABLE QPointF itemPointFor(double x, double y) const;
    /// Moves the map by (dx, dy) item pixels, as a drag does.
    Q_INVOKABLE void panBy(double dx, double dy);
    /// The colour of the last finished frame at item position (x, y), for tests and diagnostics.
    Q_INVOKABLE QColor frameColorAt(int x, int y) const;

    void paint(QPainter* painter) override;

signals:
    void sourceChanged();
    void contentChanged();
    void loadingChanged();
    void renderingChanged();
    void frameRendered();

protected:
    void geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    void load();
    void requestRender();
    Extent viewExtent() const;

    QString m_source;
    std::shared_ptr<const MapContent> m_content;
    Extent m_extent; ///< the view, fitted to the item's aspect ratio
    QImage m_frame;
    Extent m_frameExtent;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
    QPointF m_lastMouse;
    bool m_loading = false;
    bool m_rendering = false;
    int m_framesRendered = 0;
};

} // namespace polis
