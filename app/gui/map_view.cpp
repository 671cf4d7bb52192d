#include "map_view.hpp"

#include "layers/render/map_renderer.hpp"

#include <QPainter>
#include <QPointer>
#include <QQuickWindow>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace polis {
namespace {

/// Render jobs wait for their tiles; Qt's raster engine itself hands work to the global thread pool and
/// waits for it. Keeping our waiting jobs off the global pool means they can never starve it (deadlock).
QThreadPool& renderJobs()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool; // process lifetime: a job may still be finishing at exit
        p->setMaxThreadCount(2);
        return p;
    }();
    return *pool;
}

} // namespace

MapView::MapView(QQuickItem* parent) : QQuickPaintedItem(parent)
{
    setAcceptedMouseButtons(Qt::LeftButton);
    setFillColor(Qt::white);
    setOpaquePainting(true);
}

MapView::~MapView()
{
    if (m_cancel)
        m_cancel->store(true);
}

void MapView::setSource(const QString& source)
{
    if (source == m_source)
        return;
    m_source = source;
    emit sourceChanged();
    load();
}

QString MapView::title() const
{
    return m_content ? QString::fromStdString(m_content->title) : QString();
}

QString MapView::crs() const
{
    return m_content ? QString::fromStdString(m_content->crs.displayId()) : QString();
}

int MapView::layerCount() const
{
    return m_content ? int(m_content->layers.size()) : 0;
}

QStringList MapView::errors() const
{
    QStringList list;
    if (m_content) {
        for (const LayerError& e : m_content->errors)
            list << QString::fromStdString(e.message);
    }
    return list;
}

void MapView::load()
{
    m_loading = true;
    emit loadingChanged();
    const std::string spec = m_source.toStdString();
    QPointer<MapView> self(this);
    // Loading reads files with GDAL: never on the GUI thread.
    auto future = QtConcurrent::run([spec] { return std::make_shared<const MapContent>(loadSources({spec})); });
    future.then(this, [self](std::shared_ptr<const MapContent> content) {
        if (!self)
            return;
        self->m_content = std::move(content);
        self->m_loading = false;
        self->m_frame = QImage();
        emit self->loadingChanged();
        emit self->contentChanged();
        self->zoomToFullExtent();
    });
}

Extent MapView::viewExtent() const
{
    return MapRenderer::fitExtent(m_extent, std::max(1, int(width())), std::max(1, int(height())));
}

void MapView::zoomToFullExtent()
{
    if (!m_content)
        return;
    m_extent = m_content->extent.buffered(std::max(m_content->extent.width(), m_content->extent.height()) * 0.02);
    requestRender();
}

void MapView::zoomAt(QPointF position, double factor)
{
    if (m_extent.isEmpty() || factor <= 0 || width() <= 0)
        return;
    const Extent view = viewExtent();
    const double scale = width() / view.width();
    const double mx = view.xmin + position.x() / scale;
    const double my = view.ymax - position.y() / scale;
    m_extent = Extent::of(mx - (mx - view.xmin) / factor, my - (my - view.ymin) / factor,
                          mx + (view.xmax - mx) / factor, my + (view.ymax - my) / factor);
    requestRender();
}

void MapView::zoomToExtent(double xmin, double ymin, double xmax, double ymax)
{
    const Extent e = Extent::of(xmin, ymin, xmax, ymax);
    if (e.isEmpty() || e.width() <= 0 || e.height() <= 0)
        return;
    m_extent = e;
    requestRender();
}

QPointF MapView::itemPointFor(double x, double y) const
{
    if (m_extent.isEmpty() || width() <= 0)
        return {};
    const Extent view = viewExtent();
    const double scale = width() / view.width();
    return {(x - view.xmin) * scale, (view.ymax - y) * scale};
}

void MapView::panBy(double dx, double dy)
{
    if (m_extent.isEmpty() || width() <= 0)
        return;
    const Extent view = viewExtent();
    const double scale = width() / view.width();
    m_extent = Extent::of(view.xmin - dx / scale, view.ymin + dy / scale, view.xmax - dx / scale, view.ymax + dy / scale);
    requestRender();
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
    if (!m_content || width() < 1 || height() < 1)
        return;
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    RenderRequest request;
    request.extent = viewExtent();
    request.width = int(std::ceil(width() * dpr));
    request.height = int(std::ceil(height() * dpr));
    request.pixelRatio = dpr;
    request.crs = m_content->crs;
    request.layers = m_content->layers;
    const quint64 generation = ++m_generation;
    if (!m_rendering) {
        m_rendering = true;
        emit renderingChanged();
    }
    auto cancel = m_cancel;
    QPointer<MapView> self(this);
    QtConcurrent::run(&renderJobs(), [request = std::move(request), cancel] {
        QImage image = MapRenderer::render(request, cancel.get());
        return std::make_pair(std::move(image), request.extent);
    }).then(this, [self, generation, cancel, dpr](std::pair<QImage, Extent> result) {
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
    const Extent view = viewExtent();
    const double scale = width() / view.width();
    const QRectF target((m_frameExtent.xmin - view.xmin) * scale, (view.ymax - m_frameExtent.ymax) * scale,
                        m_frameExtent.width() * scale, m_frameExtent.height() * scale);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(target, m_frame);
}

void MapView::geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        requestRender();
}

void MapView::mousePressEvent(QMouseEvent* event)
{
    m_lastMouse = event->position();
    event->accept();
}

void MapView::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF delta = event->position() - m_lastMouse;
    m_lastMouse = event->position();
    panBy(delta.x(), delta.y());
}

void MapView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomAt(event->position(), std::pow(1.25, steps));
    event->accept();
}

} // namespace polis
