#include "tools/map_tool.hpp"

#include "document/map_document.hpp"
#include "map/map_view.hpp"

#include <QKeyEvent>

namespace polis {

MapTool::MapTool(QObject* parent) : QObject(parent) {}

void MapTool::activate(MapView* map)
{
    if (map == m_map)
        return;
    m_map = map;
    emit activeChanged();
}

void MapTool::deactivate()
{
    if (!m_map)
        return;
    m_map = nullptr;
    emit activeChanged();
}

bool MapTool::mousePress(QMouseEvent*)
{
    return false;
}

bool MapTool::mouseMove(QMouseEvent*)
{
    return false;
}

bool MapTool::mouseRelease(QMouseEvent*)
{
    return false;
}

bool MapTool::mouseDoubleClick(QMouseEvent*)
{
    return false;
}

void MapTool::hoverMove(QPointF) {}

bool MapTool::keyPress(QKeyEvent* event)
{
    if (!m_map)
        return false;
    const QPointF centre(m_map->width() / 2, m_map->height() / 2);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: m_map->zoomAt(centre, 2); return true;
    case Qt::Key_Minus: m_map->zoomAt(centre, 0.5); return true;
    case Qt::Key_Home: m_map->zoomToFullExtent(); return true;
    case Qt::Key_Escape: emit cancelled(); return true;
    default: return false;
    }
}

QPointF MapTool::toMap(QPointF position) const
{
    return m_map ? m_map->mapPointAt(position) : QPointF();
}

} // namespace polis
