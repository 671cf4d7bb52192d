#include "map/map_view.hpp"

#include "document/document_binding.hpp"
#include "document/scenario_views.hpp"
#include "layers/core/error.hpp"
#include "jobs/worker_pool.hpp"
#include "layers/core/error.hpp"
#include "layers/core/transform.hpp"
#include "layers/render/map_renderer.hpp"

#include <QPainter>
#include <QQuickWindow>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace polis {
namespace {

constexpr double kMetresPerInch = 0.0254;
constexpr double kLogicalDpi = 96.0;
constexpr int kClickSlop = 4; ///< pixels a press may move and still be a click

} // namespace

MapView::MapView(QQuickItem* parent) : QQuickPaintedItem(parent), m_cursor(std::nan(""), std::nan(""))
{
    setAcceptedMouseButtons(Qt::LeftButton);
    setAcceptHoverEvents(true);
    setFillColor(Qt::white);
    setOpaquePainting(true);
}

MapView::~MapView()
{
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
        connect(m_document->scenarioViews(), &ScenarioViews::ready, this, &MapView::requestRender);
    emit documentChanged();
    onContentChanged();
}

void MapView::setScenario(const QString& scenario)
{
    if (scenario == m_scenario)
        return;
    m_scenario = scenario;
    emit scenarioChanged();
    requestRender();
}

void MapView::setCompareTo(const QString& scenario)
{
    if (scenario == m_compareTo)
        return;
    m_compareTo = scenario;
    emit scenarioChanged();
    requestRender();
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
    followCrs();
    if (m_extent.isEmpty() && m_document && !m_document->content()->extent.isEmpty())
        zoomToFullExtent();
    else
        requestRender();
}

void MapView::followCrs()
{
    if (!m_document)
        return;
    const Crs crs = m_document->content()->crs;
    if (crs.isSame(m_crs))
        return;
    if (m_crs.isValid() && crs.isValid() && !m_extent.isEmpty()) {
        // The same place in the new map CRS; the stale frame moves along until the new one arrives.
        try {
            const Transform transform(m_crs, crs);
            m_extent = transform.apply(m_extent);
            if (!m_frameExtent.isEmpty())
                m_frameExtent = transform.apply(m_frameExtent);
        } catch (const CrsError&) {
            m_extent = {}; // no way between the two: show the whole map
        }
        m_history.clear(); // extents in the old CRS
        m_historyIndex = -1;
        emit viewChanged();
    }
    m_crs = crs;
}

Extent MapView::viewExtent() const
{
    return MapRenderer::fitExtent(m_extent, std::max(1, int(width())), std::max(1, int(height())));
}

QRectF MapView::viewRect() const
{
    const Extent v = viewExtent();
    return v.isEmpty() ? QRectF() : QRectF(v.xmin, v.ymin, v.width(), v.height());
}

double MapView::mapUnitsPerPixel() const
{
    const Extent view = viewExtent();
    return view.isEmpty() || width() <= 0 ? 0.0 : view.width() / width();
}

double MapView::scaleDenominator() const
{
    const double unitsPerPixel = mapUnitsPerPixel();
    if (unitsPerPixel <= 0 || !m_document)
        return 0;
    double metresPerUnit = 1.0;
    if (m_document->content()->crs.isGeographic()) // degrees: metres along the parallel at the centre
        metresPerUnit = 111319.49 * std::cos(viewExtent().centerY() * M_PI / 180.0);
    return unitsPerPixel * metresPerUnit * kLogicalDpi / kMetresPerInch;
}

void MapView::setScaleDenominator(double denominator)
{
    const double current = scaleDenominator();
    if (denominator > 0 && current > 0)
        zoomAt(QPointF(width() / 2, height() / 2), current / denominator);
}

void MapView::setView(const Extent& extent, bool remember)
{
    m_extent = extent;
    if (remember) {
        m_history.resize(std::size_t(m_historyIndex + 1));
        m_history.push_back(extent);
        m_historyIndex = int(m_history.size()) - 1;
    }
    emit viewChanged();
    requestRender();
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
    const Extent e = Extent::of(xmin, ymin, xmax, ymax);
    if (e.isEmpty() || e.width() <= 0 || e.height() <= 0)
        return;
    setView(e);
}

void MapView::zoomAt(QPointF position, double factor)
{
    if (m_extent.isEmpty() || factor <= 0 || width() <= 0)
        return;
    const Extent view = viewExtent();
    const QPointF m = mapPointAt(position);
    setView(Extent::of(m.x() - (m.x() - view.xmin) / factor, m.y() - (m.y() - view.ymin) / factor,
                       m.x() + (view.xmax - m.x()) / factor, m.y() + (view.ymax - m.y()) / factor));
}

void MapView::panBy(double dx, double dy)
{
    if (m_extent.isEmpty() || width() <= 0)
        return;
    const Extent view = viewExtent();
    const double units = mapUnitsPerPixel();
    setView(Extent::of(view.xmin - dx * units, view.ymin + dy * units, view.xmax - dx * units, view.ymax + dy * units),
            false);
}

void MapView::setViewRect(const QRectF& rect)
{
    const QRectF current = viewRect();
    const double tolerance = 1e-9 * std::max(current.width(), current.height());
    if (rect.isNull() || (std::abs(rect.x() - current.x()) <= tolerance && std::abs(rect.y() - current.y()) <= tolerance &&
                          std::abs(rect.width() - current.width()) <= tolerance &&
                          std::abs(rect.height() - current.height()) <= tolerance))
        return;
    setView(Extent::of(rect.left(), rect.top(), rect.right(), rect.bottom()), false);
}

void MapView::zoomPrevious()
{
    if (canZoomPrevious())
        setView(m_history[std::size_t(--m_historyIndex)], false);
}

void MapView::zoomNext()
{
    if (canZoomNext())
        setView(m_history[std::size_t(++m_historyIndex)], false);
}

QPointF MapView::itemPointFor(double x, double y) const
{
    const double units = mapUnitsPerPixel();
    if (units <= 0)
        return {};
    const Extent view = viewExtent();
    return {(x - view.xmin) / units, (view.ymax - y) / units};
}

QPointF MapView::mapPointAt(QPointF position) const
{
    const Extent view = viewExtent();
    const double units = mapUnitsPerPixel();
    return {view.xmin + position.x() * units, view.ymax - position.y() * units};
}

QColor MapView::frameColorAt(int x, int y) const
{
    const qreal dpr = m_frame.devicePixelRatio();
    const QPoint p(int(x * dpr), int(y * dpr));
    return m_frame.valid(p) ? m_frame.pixelColor(p) : QColor();
}

void MapView::requestRender()
{
    update(); // show the stale frame at the new view right away
    if (!m_document || m_extent.isEmpty() || width() < 1 || height() < 1)
        return;
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    const auto content = shownContent();
    if (!content)
        return;
    RenderRequest request;
    request.extent = viewExtent();
    request.width = int(std::ceil(width() * dpr));
    request.height = int(std::ceil(height() * dpr));
    request.pixelRatio = dpr;
    request.crs = content->crs;
    request.layers = content->layers;
    const quint64 generation = ++m_generation;
    if (!m_rendering) {
        m_rendering = true;
        emit renderingChanged();
    }
    auto cancel = m_cancel;
    QPointer<MapView> self(this);
    auto job = QtConcurrent::run(&workerPool(), [request = std::move(request), cancel] {
        QImage image = MapRenderer::render(request, cancel.get());
        return std::make_pair(std::move(image), request.extent);
    });
    m_jobs.erase(std::remove_if(m_jobs.begin(), m_jobs.end(), [](const QFuture<void>& f) { return f.isFinished(); }),
                 m_jobs.end());
    m_jobs.push_back(QFuture<void>(job));
    job.then(this, [self, generation, cancel, dpr](std::pair<QImage, Extent> result) {
        if (!self || generation != self->m_generation || cancel->load())
            return;
        self->m_frame = std::move(result.first);
        self->m_frame.setDevicePixelRatio(dpr);
        self->m_frameExtent = result.second;
        self->m_rendering = false;
        ++self->m_framesRendered;
        emit self->renderingChanged();
        emit self->frameRendered();
        self->update();
    });
}

void MapView::paint(QPainter* painter)
{
    if (m_frame.isNull() || m_frameExtent.isEmpty() || m_extent.isEmpty())
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
    if (newGeometry.size() != oldGeometry.size())
        requestRender();
}

void MapView::mousePressEvent(QMouseEvent* event)
{
    m_pressPosition = m_lastMouse = event->position();
    m_dragged = false;
    event->accept();
}

void MapView::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF delta = event->position() - m_lastMouse;
    if (!m_dragged && (event->position() - m_pressPosition).manhattanLength() < kClickSlop)
        return;
    m_dragged = true;
    m_lastMouse = event->position();
    panBy(delta.x(), delta.y());
}

void MapView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_dragged) {
        setView(m_extent); // one history entry per drag
    } else {
        const QPointF at = mapPointAt(event->position());
        emit clicked(at.x(), at.y());
    }
    m_dragged = false;
    event->accept();
}

void MapView::mouseUngrabEvent()
{
    // A drag taken over before its release (a pinch grabbing the touch points) is undone: the gesture moves
    // the map from where it was.
    if (m_dragged) {
        const QPointF back = m_pressPosition - m_lastMouse;
        panBy(back.x(), back.y());
        m_dragged = false;
    }
}

void MapView::hoverMoveEvent(QHoverEvent* event)
{
    m_cursor = mapPointAt(event->position());
    emit cursorPositionChanged();
}

void MapView::hoverLeaveEvent(QHoverEvent*)
{
    m_cursor = QPointF(std::nan(""), std::nan(""));
    emit cursorPositionChanged();
}

void MapView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomAt(event->position(), std::pow(1.25, steps));
    event->accept();
}

} // namespace polis
