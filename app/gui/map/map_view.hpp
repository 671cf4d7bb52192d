#pragma once
#include "layers/core/crs.hpp"
#include "layers/core/extent.hpp"
#include "layers/map/map_content.hpp"
#include "map/map_viewport.hpp"
#include "tools/map_tool.hpp"

#include <QFuture>
#include <QImage>
#include <QPointF>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>
#include <vector>

namespace polis {

class MapDocument;
class PanTool;

/// The map on screen. Renders its document's layers with the engine's MapRenderer on worker threads and
/// meanwhile shows the last finished frame moved to the current view, so panning and zooming never wait.
/// What it shows (centre, scale, CRS, zoom history) is its `viewport`, which other views may share. Setters and
/// viewport changes only mark what changed; one refresh per frame interval starts the render, and a render
/// that the view has moved past is cancelled. GUI thread only.
class MapView : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("document/map_document.hpp")
    Q_PROPERTY(MapDocument* document READ document WRITE setDocument NOTIFY documentChanged)
    /// The view state; by default the view's own. Views given the same viewport move together. Null = own.
    Q_PROPERTY(MapViewport* viewport READ viewport WRITE setViewport NOTIFY viewportChanged)
    /// The tool the map's pointer and key events go to (one at a time); null = panning (clicks emit `clicked`).
    Q_PROPERTY(MapTool* tool READ tool WRITE setTool NOTIFY toolChanged)
    /// True from a change of what is shown until its frame is drawn.
    Q_PROPERTY(bool rendering READ rendering NOTIFY renderingChanged)
    Q_PROPERTY(int framesRendered READ framesRendered NOTIFY frameRendered)
    /// Renders started (one per coalesced refresh), for tests and diagnostics.
    Q_PROPERTY(int rendersStarted READ rendersStarted NOTIFY renderingChanged)
    Q_PROPERTY(QPointF cursorPosition READ cursorPosition NOTIFY cursorPositionChanged)
    Q_PROPERTY(double scaleDenominator READ scaleDenominator WRITE setScaleDenominator NOTIFY viewChanged)
    Q_PROPERTY(bool canZoomPrevious READ canZoomPrevious NOTIFY viewChanged)
    Q_PROPERTY(bool canZoomNext READ canZoomNext NOTIFY viewChanged)
    /// The scenario shown: empty (default) = the document's active scenario, else a scenario of the document
    /// (e.g. in the compare panel), with the document's styles, visibility and opacity.
    Q_PROPERTY(QString scenario READ scenario WRITE setScenario NOTIFY scenarioChanged)
    /// When set (a scenario name, "baseline" included), the view is a difference view: `scenario` faded,
    /// with what it adds, removes and modifies relative to `compareTo` marked on top.
    Q_PROPERTY(QString compareTo READ compareTo WRITE setCompareTo NOTIFY scenarioChanged)

public:
    explicit MapView(QQuickItem* parent = nullptr);
    ~MapView() override;

    MapDocument* document() const { return m_document; }
    void setDocument(MapDocument* document);
    MapViewport* viewport() const { return m_viewport; }
    void setViewport(MapViewport* viewport);
    MapTool* tool() const { return m_tool; }
    void setTool(MapTool* tool);
    bool rendering() const { return m_rendering; }
    int framesRendered() const { return m_framesRendered; }
    int rendersStarted() const { return m_rendersStarted; }
    /// The map point (map CRS units) under the mouse, NaN when the mouse is outside.
    QPointF cursorPosition() const { return m_cursor; }
    /// The map scale as 1:N at 96 dpi (N = ground metres per metre of screen); 0 when unknown.
    double scaleDenominator() const;
    /// Zooms about the centre to the scale 1:N.
    void setScaleDenominator(double denominator);
    bool canZoomPrevious() const { return m_viewport->canZoomPrevious(); }
    bool canZoomNext() const { return m_viewport->canZoomNext(); }
    QString scenario() const { return m_scenario; }
    void setScenario(const QString& scenario);
    QString compareTo() const { return m_compareTo; }
    void setCompareTo(const QString& scenario);

    /// Shows everything (the project's saved extent, else all layers).
    Q_INVOKABLE void zoomToFullExtent();
    /// Shows the rectangle (map CRS units, as x, y = minimum corner, width, height) with a small margin.
    Q_INVOKABLE void zoomToRect(const QRectF& rect);
    /// Shows the rectangle (map CRS units), widened to the item's aspect ratio.
    Q_INVOKABLE void zoomToExtent(double xmin, double ymin, double xmax, double ymax);
    /// Zooms by `factor` (> 1 zooms in) keeping the map point under `position` (item pixels) fixed.
    Q_INVOKABLE void zoomAt(QPointF position, double factor);
    /// Moves the map by (dx, dy) item pixels, as a drag does.
    Q_INVOKABLE void panBy(double dx, double dy);
    Q_INVOKABLE void zoomPrevious() { m_viewport->zoomPrevious(); }
    Q_INVOKABLE void zoomNext() { m_viewport->zoomNext(); }
    /// Where the map point (x, y) (map CRS units) is in item pixels in the current view.
    Q_INVOKABLE QPointF itemPointFor(double x, double y) const;
    /// The map point (map CRS units) at item position `position`.
    Q_INVOKABLE QPointF mapPointAt(QPointF position) const;
    /// The current view in map units (x, y = minimum corner, width, height).
    Q_INVOKABLE QRectF viewRect() const;
    /// Shows exactly `rect` (map units, as viewRect) when it differs from the current view, without adding to
    /// the zoom history: how views follow one another (a view set to its own viewRect does nothing).
    Q_INVOKABLE void setViewRect(const QRectF& rect);
    /// Map units per item pixel in the current view.
    Q_INVOKABLE double mapUnitsPerPixel() const;
    /// The colour of the last finished frame at item position (x, y), for tests and diagnostics.
    Q_INVOKABLE QColor frameColorAt(int x, int y) const;

    void paint(QPainter* painter) override;

signals:
    void documentChanged();
    void viewportChanged();
    void toolChanged();
    void renderingChanged();
    void frameRendered();
    void cursorPositionChanged();
    void viewChanged();
    void scenarioChanged();
    /// A click without dragging at map point (x, y).
    void clicked(double x, double y);

protected:
    void geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mouseUngrabEvent() override;
    void hoverMoveEvent(QHoverEvent* event) override;
    void hoverLeaveEvent(QHoverEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    /// What changed since the last refresh (bits).
    enum Dirty : unsigned { ViewDirty = 1, SizeDirty = 2, ContentDirty = 4, ScenarioDirty = 8 };
    void onContentChanged();
    void onViewportChanged();
    /// When the document's map CRS changed: moves the viewport (and the stale frame) into it.
    void followCrs();
    /// Marks `what` and schedules one refresh (the stale frame is shown moved right away).
    void markDirty(unsigned what);
    /// The coalesced refresh: starts one render of the current view.
    void refresh();
    void setRendering(bool rendering);
    /// The tool set, else the built-in pan tool.
    MapTool* activeTool() const;
    QSizeF itemSize() const { return {width(), height()}; }
    Extent viewExtent() const;
    std::shared_ptr<const MapContent> shownContent() const;

    QPointer<MapDocument> m_document;
    MapViewport* m_ownViewport = nullptr; ///< a child: used while no other viewport is set
    QPointer<MapViewport> m_viewport;
    PanTool* m_panTool = nullptr; ///< a child: active while no tool is set
    QPointer<MapTool> m_tool;
    QString m_scenario;
    QString m_compareTo;
    unsigned m_dirty = 0;
    QTimer m_refreshTimer;
    QImage m_frame;
    Extent m_frameExtent; ///< in m_frameCrs
    Crs m_frameCrs;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::vector<QFuture<void>> m_jobs; ///< renders still running (a cancelled one ends within a batch)
    quint64 m_generation = 0;
    QPointF m_cursor;
    bool m_rendering = false;
    int m_framesRendered = 0;
    int m_rendersStarted = 0;
};

} // namespace polis
