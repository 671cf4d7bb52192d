#include "map/map_view.hpp"

#include "document/document_binding.hpp"
#include "document/scenario_views.hpp"
#include "jobs/worker_pool.hpp"
#include "layers/core/error.hpp"
#include "layers/core/transform.hpp"
#include "layers/render/map_renderer.hpp"
#include "map/map_viewport.hpp"
#include "tools/pan_tool.hpp"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QQuickWindow>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace polis {
namespace {

constexpr int kRefreshIntervalMs = 16; ///< changes within one frame (60 Hz) start one render

} // namespace

MapView::MapView(QQuickItem* parent)
    : QQuickPaintedItem(parent), m_ownViewport(new MapViewport(this)), m_panTool(new PanTool(this)),
      m_cursor(std::nan(""), std::nan(""))
{
    setAcceptedMouseButtons(Qt::LeftButton | Qt::RightButton);
    m_panTool->activate(this);
    setAcceptHoverEvents(true);
    setFillColor(Qt::white);
    setOpaquePainting(true);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MapView::refresh);
    setViewport(nullptr);
}

MapView::~MapView()
{
    if (m_tool)
        m_tool->deactivate();
    // A render must not outlive the item (nor the application whose painters it uses): stop and wait.
    if (m_cancel)
        m_cancel->store(true);
    for (QFuture<void>& job : m_jobs)
        job.waitForFinished();
}

void MapView::setDocument(MapDocument* document)
{
    if (!bindDocument(this, m_document, document, &MapView::onContentChanged))
        return;
    if (m_document) // another scenario's layers, built by a worker for this view
        connect(m_document->scenarioViews(), &ScenarioViews::ready, this, [this] { markDirty(ScenarioDirty); });
    emit documentChanged();
    onContentChanged();
}

void MapView::setViewport(MapViewport* viewport)
{
    if (!viewport)
        viewport = m_ownViewport;
    if (viewport == m_viewport)
        return;
    if (m_viewport)
        disconnect(m_viewport, nullptr, this, nullptr);
    m_viewport = viewport;
    connect(m_viewport, &MapViewport::changed, this, &MapView::onViewportChanged);
    connect(m_viewport, &MapViewport::historyChanged, this, &MapView::viewChanged);
    connect(m_viewport, &QObject::destroyed, this, [this] { setViewport(nullptr); });
    if (width() > 0 && height() > 0)
        m_viewport->setSize(itemSize());
    emit viewportChanged();
    onContentChanged(); // the CRS and, for an empty viewport, the full extent
    onViewportChanged();
}

void MapView::setTool(MapTool* tool)
{
    if (tool == m_tool)
        return;
    MapTool* before = activeTool();
    disconnect(before, nullptr, this, nullptr);
    before->deactivate();
    m_tool = tool;
    MapTool* now = activeTool();
    now->activate(this);
    connect(now, &MapTool::cursorChanged, this, [this] { setCursor(activeTool()->cursor()); });
    if (m_tool)
        connect(m_tool, &QObject::destroyed, this, [this] { setTool(nullptr); });
    setCursor(now->cursor());
    emit toolChanged();
}

MapTool* MapView::activeTool() const
{
    return m_tool ? static_cast<MapTool*>(m_tool) : m_panTool;
}

void MapView::setScenario(const QString& scenario)
{
    if (scenario == m_scenario)
        return;
    m_scenario = scenario;
    emit scenarioChanged();
    markDirty(ScenarioDirty);
}

void MapView::setCompareTo(const QString& scenario)
{
    if (scenario == m_compareTo)
        return;
    m_compareTo = scenario;
    emit scenarioChanged();
    markDirty(ScenarioDirty);
}

std::shared_ptr<const MapContent> MapView::shownContent() const
{
    if (m_scenario.isEmpty())
        return m_document->content();
    try {
        return m_document->scenarioViews()->content(m_scenario, m_compareTo); // null until built: the last frame stays
    } catch (const Error&) {
        return nullptr; // a scenario the document does not have (any more): nothing to draw
    }
}

void MapView::onContentChanged()
{
    // The view state follows at once (callers read it back); only the render waits for the refresh.
    followCrs();
    if (m_document && !m_viewport->isValid() && !m_document->content()->extent.isEmpty())
        zoomToFullExtent();
    markDirty(ContentDirty);
}

void MapView::onViewportChanged()
{
    emit viewChanged();
    markDirty(ViewDirty);
}

void MapView::followCrs()
{
    if (!m_document)
        return;
    const Crs crs = m_document->content()->crs;
    m_viewport->setCrs(crs); // nothing when a view sharing the viewport did it already
    if (crs.isSame(m_frameCrs))
        return;
    if (m_frameCrs.isValid() && crs.isValid() && !m_frameExtent.isEmpty()) {
        // The stale frame moves along into the new CRS until the new one arrives.
        try {
            m_frameExtent = Transform(m_frameCrs, crs).apply(m_frameExtent);
        } catch (const CrsError&) {
            m_frameExtent = {};
        }
    }
    m_frameCrs = crs;
}

Extent MapView::viewExtent() const
{
    return m_viewport->extent(itemSize());
}

QRectF MapView::viewRect() const
{
    const Extent v = viewExtent();
    return v.isEmpty() ? QRectF() : QRectF(v.xmin, v.ymin, v.width(), v.height());
}

double MapView::mapUnitsPerPixel() const
{
    return width() > 0 ? m_viewport->mapUnitsPerPixel() : 0.0;
}

double MapView::scaleDenominator() const
{
    return m_document ? m_viewport->scaleDenominator() : 0.0;
}

void MapView::setScaleDenominator(double denominator)
{
    const double current = scaleDenominator();
    if (denominator > 0 && current > 0)
        zoomAt(QPointF(width() / 2, height() / 2), current / denominator);
}

void MapView::zoomToFullExtent()
{
    if (m_document)
        zoomToRect(m_document->fullExtent());
}

void MapView::zoomToRect(const QRectF& rect)
{
    if (rect.isNull())
        return;
    const double margin = std::max(rect.width(), rect.height()) * 0.02 + 1e-6;
    zoomToExtent(rect.left() - margin, rect.top() - margin, rect.right() + margin, rect.bottom() + margin);
}

void MapView::zoomToExtent(double xmin, double ymin, double xmax, double ymax)
{
    m_viewport->zoomToExtent(Extent::of(xmin, ymin, xmax, ymax), itemSize());
    m_viewport->remember();
}

void MapView::zoomAt(QPointF position, double factor)
{
    m_viewport->zoomAt(position, factor, itemSize());
    m_viewport->remember();
}

void MapView::panBy(double dx, double dy)
{
    if (width() > 0)
        m_viewport->panBy(dx, dy);
}

void MapView::setViewRect(const QRectF& rect)
{
    if (!rect.isNull())
        m_viewport->showExactly(Extent::of(rect.left(), rect.top(), rect.right(), rect.bottom()), itemSize());
}

QPointF MapView::itemPointFor(double x, double y) const
{
    return m_viewport->toScreen(QPointF(x, y), itemSize());
}

QPointF MapView::mapPointAt(QPointF position) const
{
    return m_viewport->toMap(position, itemSize());
}

QColor MapView::frameColorAt(int x, int y) const
{
    const qreal dpr = m_frame.devicePixelRatio();
    const QPoint p(int(x * dpr), int(y * dpr));
    return m_frame.valid(p) ? m_frame.pixelColor(p) : QColor();
}

void MapView::setRendering(bool rendering)
{
    if (rendering == m_rendering)
        return;
    m_rendering = rendering;
    emit renderingChanged();
}

void MapView::markDirty(unsigned what)
{
    m_dirty |= what;
    update(); // show the stale frame at the new view right away
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
    if (m_document)
        setRendering(true); // a frame is due
}

void MapView::refresh()
{
    m_dirty = 0;
    const auto content = m_document && m_viewport->isValid() && width() >= 1 && height() >= 1 ? shownContent() : nullptr;
    if (m_cancel)
        m_cancel->store(true);
    if (!content) {
        setRendering(false);
        return;
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    RenderRequest request;
    request.extent = viewExtent();
    request.width = int(std::ceil(width() * dpr));
    request.height = int(std::ceil(height() * dpr));
    request.pixelRatio = dpr;
    request.crs = content->crs;
    request.background = content->background;
    setFillColor(QColor(content->background.r, content->background.g, content->background.b)); // while panning
    request.layers = content->layers;
    const quint64 generation = ++m_generation;
    ++m_rendersStarted;
    setRendering(true);
    auto cancel = m_cancel;
    QPointer<MapView> self(this);
    auto job = QtConcurrent::run(&workerPool(), [request = std::move(request), cancel] {
        QImage image = MapRenderer::render(request, cancel.get());
        return std::make_tuple(std::move(image), request.extent, request.crs);
    });
    m_jobs.erase(std::remove_if(m_jobs.begin(), m_jobs.end(), [](const QFuture<void>& f) { return f.isFinished(); }),
                 m_jobs.end());
    m_jobs.push_back(QFuture<void>(job));
    job.then(this, [self, generation, cancel, dpr](std::tuple<QImage, Extent, Crs> result) {
        if (!self || generation != self->m_generation || cancel->load())
            return;
        self->m_frame = std::move(std::get<0>(result));
        self->m_frame.setDevicePixelRatio(dpr);
        self->m_frameExtent = std::get<1>(result);
        self->m_frameCrs = std::get<2>(result);
        self->followCrs(); // the map CRS may have changed while it rendered
        ++self->m_framesRendered;
        if (!self->m_refreshTimer.isActive())
            self->setRendering(false);
        emit self->frameRendered();
        self->update();
    });
}

void MapView::paint(QPainter* painter)
{
    if (m_frame.isNull() || m_frameExtent.isEmpty() || !m_viewport->isValid())
        return;
    // Place the last frame where its extent lies in the current view (pan/zoom feedback while rendering).
    const QPointF topLeft = itemPointFor(m_frameExtent.xmin, m_frameExtent.ymax);
    const QPointF bottomRight = itemPointFor(m_frameExtent.xmax, m_frameExtent.ymin);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(QRectF(topLeft, bottomRight), m_frame);
}

void MapView::geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() == oldGeometry.size())
        return;
    if (newGeometry.width() > 0 && newGeometry.height() > 0)
        m_viewport->setSize(newGeometry.size());
    markDirty(SizeDirty);
}

void MapView::mousePressEvent(QMouseEvent* event)
{
    forceActiveFocus(Qt::MouseFocusReason); // keys go to the active tool from now on
    event->setAccepted(activeTool()->mousePress(event));
}

void MapView::mouseMoveEvent(QMouseEvent* event)
{
    event->setAccepted(activeTool()->mouseMove(event));
}

void MapView::mouseReleaseEvent(QMouseEvent* event)
{
    event->setAccepted(activeTool()->mouseRelease(event));
}

void MapView::mouseDoubleClickEvent(QMouseEvent* event)
{
    event->setAccepted(activeTool()->mouseDoubleClick(event));
}

void MapView::mouseUngrabEvent()
{
    activeTool()->mouseUngrab();
}

void MapView::keyPressEvent(QKeyEvent* event)
{
    event->setAccepted(activeTool()->keyPress(event));
}

void MapView::hoverMoveEvent(QHoverEvent* event)
{
    m_cursor = mapPointAt(event->position());
    emit cursorPositionChanged();
    activeTool()->hoverMove(event->position());
}

void MapView::hoverLeaveEvent(QHoverEvent*)
{
    m_cursor = QPointF(std::nan(""), std::nan(""));
    emit cursorPositionChanged();
    activeTool()->hoverLeave();
}

void MapView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomAt(event->position(), std::pow(1.25, steps));
    event->accept();
}

} // namespace polis
