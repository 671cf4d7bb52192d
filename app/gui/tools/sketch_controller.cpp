#include "tools/sketch_controller.hpp"

#include "document/document_binding.hpp"
#include "layers/core/error.hpp"
#include "layers/map/planning_layer.hpp"
#include "tools/measure_controller.hpp"
#include "tools/scenario_editor.hpp"
#include "tools/snapper.hpp"

#include <cmath>

namespace polis {
namespace {

GeometryKind kindOf(SketchController::Mode mode)
{
    switch (mode) {
    case SketchController::Mode::Select:
    case SketchController::Mode::Move:
    case SketchController::Mode::Rotate:
    case SketchController::Mode::Vertex:
        return GeometryKind::None;
    case SketchController::Mode::Point:
        return GeometryKind::Point;
    case SketchController::Mode::Line:
    case SketchController::Mode::Reshape:
    case SketchController::Mode::Split:
        return GeometryKind::Line;
    case SketchController::Mode::Polygon:
    case SketchController::Mode::Rectangle:
    case SketchController::Mode::Circle:
        break;
    }
    return GeometryKind::Polygon;
}

/// True when every feature of `store` is of `kind` (an empty layer takes any).
bool holdsOnly(const FeatureStore& store, GeometryKind kind)
{
    for (std::size_t i = 0; i < store.size(); ++i) {
        if (store.kind(i) != kind)
            return false;
    }
    return true;
}

std::vector<double> interleave(const std::vector<QPointF>& points)
{
    std::vector<double> xy;
    for (const QPointF& p : points) {
        xy.push_back(p.x());
        xy.push_back(p.y());
    }
    return xy;
}

} // namespace

SketchController::SketchController(QObject* parent) : QObject(parent), m_measure(new MeasureController(this))
{
}

void SketchController::setDocument(MapDocument* document)
{
    if (!bindDocument(this, m_document, document, &SketchController::updateTargets))
        return;
    m_measure->setDocument(document);
    emit documentChanged();
    updateTargets();
}

void SketchController::setEditor(ScenarioEditor* editor)
{
    if (editor == m_editor)
        return;
    m_editor = editor;
    emit editorChanged();
}

void SketchController::setSnapper(Snapper* snapper)
{
    if (snapper == m_snapper)
        return;
    m_snapper = snapper;
    emit snapperChanged();
}

void SketchController::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    cancel();
    emit modeChanged();
    updateTargets();
}

void SketchController::setTargetLayerId(const QString& layerId)
{
    LayerId id(layerId.toStdString());
    if (id == m_target)
        return;
    m_target = std::move(id);
    emit targetLayerIdChanged();
}

void SketchController::setChordError(double error)
{
    if (!(error > 0) || error == m_chordError)
        return;
    m_chordError = error;
    emit chordErrorChanged();
}

void SketchController::updateTargets()
{
    QVariantList planning, others;
    const GeometryKind kind =
        m_mode == Mode::Reshape || m_mode == Mode::Split ? GeometryKind::None : kindOf(m_mode);
    const std::shared_ptr<const MapContent> content =
        m_document && kind != GeometryKind::None ? m_document->content() : nullptr;
    const std::vector<MapLayer> none;
    const std::vector<MapLayer>& all = content ? content->layers : none;
    for (auto layer = all.rbegin(); layer != all.rend(); ++layer) { // top first, as the layers panel
        if (!layer->features)
            continue;
        const QVariantMap entry{{"layerId", QString::fromStdString(layer->id.str())},
                                {"name", QString::fromStdString(layer->name)}};
        if (isPlanningLayer(layer->features->fields()))
            planning.append(entry); // mixed geometry kinds by design
        else if (holdsOnly(*layer->features, kind))
            others.append(entry);
    }
    QVariantList targets = planning + others;
    if (targets != m_targets) {
        m_targets = targets;
        emit targetLayersChanged();
    }
    bool stillThere = false;
    for (const QVariant& t : m_targets)
        stillThere = stillThere || t.toMap().value("layerId").toString() == targetLayerId();
    if (!stillThere)
        setTargetLayerId(m_targets.isEmpty() ? QString() : m_targets.front().toMap().value("layerId").toString());
}

bool SketchController::closed() const
{
    return kindOf(m_mode) == GeometryKind::Polygon;
}

QVariantList SketchController::points() const
{
    std::vector<QPointF> pts;
    if (m_pending) {
        const std::vector<double>& ring = m_pending->parts.at(0).at(0);
        const std::size_t count = ring.size() / 2 - (m_pending->kind == GeometryKind::Polygon ? 1 : 0);
        for (std::size_t i = 0; i < count; ++i)
            pts.emplace_back(ring[2 * i], ring[2 * i + 1]);
    } else if (const auto g = dragged()) {
        const std::vector<double>& ring = g->parts.at(0).at(0);
        for (std::size_t i = 0; i + 2 < ring.size(); i += 2) // without the closing point
            pts.emplace_back(ring[i], ring[i + 1]);
    } else {
        pts = m_vertices;
        if (m_cursor && !m_vertices.empty())
            pts.push_back(*m_cursor);
    }
    QVariantList list;
    for (const QPointF& p : pts)
        list.append(p);
    return list;
}

QString SketchController::summary() const
{
    const GeometryKind kind = kindOf(m_mode);
    return kind == GeometryKind::Line || kind == GeometryKind::Polygon ? m_measure->summary() : QString();
}

void SketchController::update()
{
    std::vector<QPointF> pts;
    for (const QVariant& p : points())
        pts.push_back(p.toPointF());
    m_measure->setArea(closed());
    m_measure->setPoints(std::move(pts));
    emit changed();
}

QPointF SketchController::snapped(double x, double y, bool* closesRing) const
{
    std::optional<SnapResult> hit;
    if (m_snapper) {
        const std::optional<Geometry> drawing =
            m_vertices.empty() ? std::nullopt
                               : std::optional<Geometry>(Geometry::line(interleave(m_vertices)));
        hit = m_snapper->snap(x, y, drawing ? &*drawing : nullptr);
    }
    if (closesRing) {
        *closesRing = hit && hit->layer == SnapResult::kDrawing && hit->kind == SnapKind::Vertex &&
                      hit->vertex.vertex == 0 && m_mode == Mode::Polygon && m_vertices.size() >= 3;
    }
    return hit ? QPointF(hit->x, hit->y) : QPointF(x, y);
}

void SketchController::click(double x, double y)
{
    if (m_pending)
        return;
    bool closesRing = false;
    const QPointF p = snapped(x, y, &closesRing);
    if (m_mode == Mode::Point) {
        setPending(Geometry::point(p.x(), p.y()));
    } else if (closesRing) {
        finish();
    } else if (kindOf(m_mode) == GeometryKind::Line || m_mode == Mode::Polygon) {
        m_vertices.push_back(p);
        m_cursor = p;
        update();
    }
}

void SketchController::hover(double x, double y)
{
    const QPointF p = snapped(x, y);
    if (m_pending || m_vertices.empty())
        return;
    m_cursor = p;
    update();
}

void SketchController::removeLastVertex()
{
    if (m_pending || m_vertices.empty())
        return;
    m_vertices.pop_back();
    update();
}

bool SketchController::finish()
{
    if (m_pending)
        return false;
    if ((m_mode == Mode::Reshape || m_mode == Mode::Split) && m_vertices.size() >= 2) {
        QVariantList line;
        for (const QPointF& p : m_vertices)
            line.append(p);
        cancel();
        emit lineFinished(line);
        return true;
    }
    if (m_mode == Mode::Line && m_vertices.size() >= 2) {
        setPending(Geometry::line(interleave(m_vertices)));
        return true;
    }
    if (m_mode == Mode::Polygon && m_vertices.size() >= 3) {
        std::vector<QPointF> ring = m_vertices;
        ring.push_back(ring.front());
        setPending(Geometry::polygon(interleave(ring)));
        return true;
    }
    return false;
}

std::optional<Geometry> SketchController::dragged() const
{
    if (!m_dragFrom)
        return std::nullopt;
    const QPointF a = *m_dragFrom, b = m_dragTo;
    if (m_mode == Mode::Rectangle && a.x() != b.x() && a.y() != b.y())
        return Geometry::rectangle(a.x(), a.y(), b.x(), b.y());
    const double radius = std::hypot(b.x() - a.x(), b.y() - a.y());
    if (m_mode == Mode::Circle && radius > 0) {
        try {
            return Geometry::circle(a.x(), a.y(), radius, m_chordError);
        } catch (const GeometryError&) {
            return std::nullopt; // a radius too small to be a circle
        }
    }
    return std::nullopt;
}

void SketchController::dragStart(double x, double y)
{
    if (m_pending || (m_mode != Mode::Rectangle && m_mode != Mode::Circle))
        return;
    m_dragFrom = snapped(x, y);
    m_dragTo = *m_dragFrom;
    update();
}

void SketchController::dragTo(double x, double y)
{
    if (!m_dragFrom)
        return;
    m_dragTo = snapped(x, y);
    update();
}

bool SketchController::dragEnd(double x, double y)
{
    if (!m_dragFrom)
        return false;
    m_dragTo = snapped(x, y);
    const std::optional<Geometry> g = dragged();
    m_dragFrom.reset();
    if (!g) {
        update();
        return false;
    }
    setPending(*g);
    return true;
}

void SketchController::setPending(Geometry geometry)
{
    m_pending = std::move(geometry);
    m_vertices.clear();
    m_cursor.reset();
    update();
    emit finished();
}

void SketchController::cancel()
{
    if (m_snapper)
        m_snapper->clearTarget();
    m_pending.reset();
    m_vertices.clear();
    m_cursor.reset();
    m_dragFrom.reset();
    update();
}

bool SketchController::commit(const QVariantMap& values)
{
    if (!m_pending || !m_editor)
        return false;
    if (!m_editor->addFeature(m_target, *m_pending, values))
        return false;
    cancel();
    return true;
}

} // namespace polis
