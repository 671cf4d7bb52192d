#include "tools/measure_map_tool.hpp"

#include "document/map_document.hpp"
#include "tools/measure_controller.hpp"

#include <QKeyEvent>

namespace polis {

MeasureMapTool::MeasureMapTool(QObject* parent) : PanTool(parent) {}

void MeasureMapTool::setController(MeasureController* controller)
{
    if (controller == m_controller)
        return;
    m_controller = controller;
    emit controllerChanged();
}

bool MeasureMapTool::keyPress(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && m_controller)
        m_controller->clear();
    return PanTool::keyPress(event);
}

void MeasureMapTool::click(QPointF at)
{
    if (m_controller)
        m_controller->addPoint(at.x(), at.y());
}

} // namespace polis
