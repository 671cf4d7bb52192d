#include "tools/pan_tool.hpp"

#include "document/map_document.hpp"
#include "map/map_view.hpp"

#include <QMouseEvent>

namespace polis {
namespace {

constexpr int kClickSlop = 4; ///< pixels a press may move and still be a click

} // namespace

PanTool::PanTool(QObject* parent) : MapTool(parent) {}

bool PanTool::mousePress(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    m_pressPosition = m_lastMouse = event->position();
    m_pressed = true;
    m_dragged = false;
    return true;
}

bool PanTool::mouseMove(QMouseEvent* event)
{
    if (!m_pressed || !map())
        return false;
    const QPointF delta = event->position() - m_lastMouse;
    if (!m_dragged && (event->position() - m_pressPosition).manhattanLength() < kClickSlop)
        return true;
    m_dragged = true;
    m_lastMouse = event->position();
    map()->panBy(delta.x(), delta.y());
    return true;
}

bool PanTool::mouseRelease(QMouseEvent* event)
{
    if (!m_pressed || event->button() != Qt::LeftButton || !map())
        return false;
    m_pressed = false;
    if (m_dragged)
        map()->viewport()->remember(); // one history entry per drag
    else
        click(toMap(event->position()));
    m_dragged = false;
    return true;
}

void PanTool::mouseUngrab()
{
    // A drag taken over before its release is undone: the gesture moves the map from where it was.
    if (m_dragged && map()) {
        const QPointF back = m_pressPosition - m_lastMouse;
        map()->panBy(back.x(), back.y());
    }
    m_pressed = false;
    m_dragged = false;
}

void PanTool::click(QPointF at)
{
    if (map())
        emit map()->clicked(at.x(), at.y());
}

} // namespace polis
