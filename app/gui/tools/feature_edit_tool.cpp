#include "tools/feature_edit_tool.hpp"

#include "layers/core/error.hpp"
#include "layers/edit/reshape.hpp"
#include "layers/edit/split.hpp"
#include "layers/edit/vertex_edit.hpp"
#include "tools/scenario_editor.hpp"
#include "tools/snapper.hpp"

#include <cmath>

namespace polis {
namespace {

std::vector<double> interleave(const QVariantList& points)
{
    std::vector<double> xy;
    for (const QVariant& p : points) {
        xy.push_back(p.toPointF().x());
        xy.push_back(p.toPointF().y());
    }
    return xy;
}

/// The vertices of a ring as handles: all its points but a polygon ring's closing one.
std::size_t handleCount(const Geometry& g, const std::vector<double>& ring)
{
    const std::size_t points = ring.size() / 2;
    return g.kind == GeometryKind::Polygon && points > 0 ? points - 1 : points;
}

} // namespace

FeatureEditTool::FeatureEditTool(QObject* parent) : QObject(parent) {}

void FeatureEditTool::setEditor(ScenarioEditor* editor)
{
    if (editor == m_editor)
        return;
    if (m_editor)
        disconnect(m_editor, nullptr, this, nullptr);
    m_editor = editor;
    if (m_editor)
        connect(m_editor, &ScenarioEditor::changed, this, &FeatureEditTool::refresh);
    emit editorChanged();
    refresh();
}

void FeatureEditTool::setSnapper(Snapper* snapper)
{
    if (snapper == m_snapper)
        return;
    m_snapper = snapper;
    emit snapperChanged();
}

void FeatureEditTool::refresh()
{
    std::optional<Geometry> shown = m_editor ? m_editor->selectedGeometry() : std::nullopt;
    if (shown == m_shown)
        return;
    m_shown = std::move(shown);
    m_preview.reset();
    m_gesture.reset();
    m_selectedHandle = -1;
    m_vertices.clear();
    if (m_shown) {
        for (std::size_t p = 0; p < m_shown->parts.size(); ++p) {
            for (std::size_t r = 0; r < m_shown->parts[p].size(); ++r) {
                for (std::size_t v = 0; v < handleCount(*m_shown, m_shown->parts[p][r]); ++v)
                    m_vertices.push_back({p, r, v});
            }
        }
    }
    emit changed();
}

QVariantList FeatureEditTool::outline() const
{
    QVariantList rings;
    const std::optional<Geometry>& g = m_preview ? m_preview : m_shown;
    if (!g)
        return rings;
    for (const auto& part : g->parts) {
        for (const std::vector<double>& ring : part) {
            QVariantList points;
            for (std::size_t i = 0; i + 1 < ring.size(); i += 2)
                points.append(QPointF(ring[i], ring[i + 1]));
            rings.append(QVariant(points));
        }
    }
    return rings;
}

QVariantList FeatureEditTool::handles() const
{
    QVariantList points;
    const std::optional<Geometry>& g = m_preview ? m_preview : m_shown;
    if (!g || m_gesture == Gesture::Move || m_gesture == Gesture::Rotate)
        return points;
    for (const VertexRef& v : m_vertices) {
        const std::vector<double>& ring = g->parts[v.part][v.ring];
        points.append(QPointF(ring[2 * v.vertex], ring[2 * v.vertex + 1]));
    }
    return points;
}

std::optional<VertexRef> FeatureEditTool::vertexNear(double x, double y) const
{
    if (!m_shown || !m_snapper)
        return std::nullopt;
    const std::optional<VertexHit> hit = nearestVertex(*m_shown, x, y, m_snapper->tolerance());
    return hit ? std::optional<VertexRef>(hit->ref) : std::nullopt;
}

QPointF FeatureEditTool::snapped(double x, double y) const
{
    const std::optional<SnapResult> hit = m_snapper ? m_snapper->snap(x, y) : std::nullopt;
    return hit ? QPointF(hit->x, hit->y) : QPointF(x, y);
}

bool FeatureEditTool::begin(Gesture gesture, double x, double y)
{
    cancel();
    if (!m_shown || !m_editor) {
        if (m_editor)
            m_editor->setError(tr("Select a feature first (Select mode, then click it)"));
        return false;
    }
    if (gesture == Gesture::Vertex) {
        const std::optional<VertexRef> v = vertexNear(x, y);
        m_selectedHandle = -1;
        for (std::size_t i = 0; v && i < m_vertices.size(); ++i) {
            if (m_vertices[i] == *v)
                m_selectedHandle = int(i);
        }
        emit changed();
        if (m_selectedHandle < 0)
            return false;
    } else if (gesture == Gesture::Rotate) {
        try {
            m_anchor = rotationAnchor(*m_shown);
        } catch (const GeometryError& e) {
            m_editor->setError(tr("Cannot rotate: %1").arg(QString::fromStdString(polis::userMessage(e))));
            return false;
        }
    }
    m_gesture = gesture;
    m_from = QPointF(x, y);
    m_angle = 0;
    emit changed();
    return true;
}

void FeatureEditTool::dragTo(double x, double y)
{
    if (!m_gesture || (!m_preview && QPointF(x, y) == m_from)) // a click without a drag edits nothing
        return;
    try {
        if (*m_gesture == Gesture::Move) {
            m_preview = translate(*m_shown, x - m_from.x(), y - m_from.y());
        } else if (*m_gesture == Gesture::Rotate) {
            const double radians = std::atan2(y - m_anchor.y, x - m_anchor.x) -
                                   std::atan2(m_from.y() - m_anchor.y, m_from.x() - m_anchor.x);
            m_angle = std::remainder(radians * 180 / M_PI, 360.0);
            m_preview = rotate(*m_shown, m_angle, m_anchor);
        } else {
            const QPointF p = snapped(x, y);
            m_preview = moveVertex(*m_shown, m_vertices[std::size_t(m_selectedHandle)], p.x(), p.y());
        }
    } catch (const Error& e) { // not expected for valid handles; never into the event loop
        m_editor->setError(QString::fromStdString(polis::userMessage(e)));
        cancel();
        return;
    }
    emit changed();
}

void FeatureEditTool::end(double x, double y)
{
    if (!m_gesture)
        return;
    dragTo(x, y);
    const Gesture gesture = *m_gesture;
    std::optional<Geometry> edited = std::move(m_preview);
    cancel();
    if (!edited || edited == m_shown)
        return;
    const QString text = gesture == Gesture::Move     ? tr("Move feature %1 of %2")
                         : gesture == Gesture::Rotate ? tr("Rotate feature %1 of %2")
                                                      : tr("Move a vertex of feature %1 of %2");
    m_editor->replaceSelected({std::move(*edited)}, text);
}

void FeatureEditTool::cancel()
{
    if (m_snapper)
        m_snapper->clearTarget();
    if (!m_gesture && !m_preview)
        return;
    m_gesture.reset();
    m_preview.reset();
    m_angle = 0;
    emit changed();
}

template <class Edit>
bool FeatureEditTool::apply(Edit&& edit, const QString& refusal, const QString& textFormat)
{
    if (!m_shown || !m_editor) {
        if (m_editor)
            m_editor->setError(FeatureEditTool::tr("Select a feature first (Select mode, then click it)"));
        return false;
    }
    std::vector<Geometry> pieces;
    try {
        pieces = edit(*m_shown);
    } catch (const Error& e) {
        m_editor->setError(refusal.arg(QString::fromStdString(polis::userMessage(e))));
        return false;
    }
    return m_editor->replaceSelected(std::move(pieces), textFormat);
}

bool FeatureEditTool::insertVertexAt(double x, double y)
{
    const QPointF p = snapped(x, y);
    const std::optional<VertexHit> hit =
        m_shown && m_snapper ? nearestSegment(*m_shown, p.x(), p.y(), m_snapper->tolerance()) : std::nullopt;
    if (!hit)
        return false;
    return apply(
        [&](const Geometry& g) { return std::vector<Geometry>{insertVertex(g, hit->ref, hit->x, hit->y)}; },
        tr("Cannot insert a vertex: %1"), tr("Insert a vertex into feature %1 of %2"));
}

bool FeatureEditTool::removeVertexAt(double x, double y)
{
    const std::optional<VertexRef> v = vertexNear(x, y);
    if (!v)
        return false;
    return apply([&](const Geometry& g) { return std::vector<Geometry>{removeVertex(g, *v)}; },
                 tr("Cannot remove the vertex: %1"), tr("Remove a vertex of feature %1 of %2"));
}

bool FeatureEditTool::removeSelectedVertex()
{
    if (m_selectedHandle < 0)
        return false;
    const VertexRef v = m_vertices[std::size_t(m_selectedHandle)];
    return apply([&](const Geometry& g) { return std::vector<Geometry>{removeVertex(g, v)}; },
                 tr("Cannot remove the vertex: %1"), tr("Remove a vertex of feature %1 of %2"));
}

bool FeatureEditTool::reshapeSelected(const QVariantList& line)
{
    return apply([&](const Geometry& g) { return std::vector<Geometry>{reshape(g, interleave(line))}; },
                 tr("Cannot reshape: %1"), tr("Reshape feature %1 of %2"));
}

bool FeatureEditTool::splitSelected(const QVariantList& line)
{
    return apply([&](const Geometry& g) { return split(g, interleave(line)); }, tr("Cannot split: %1"),
                 tr("Split feature %1 of %2"));
}

} // namespace polis
