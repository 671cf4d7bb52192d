#include "tools/identify_tool.hpp"

#include "document/map_document.hpp"
#include "map/map_view.hpp"

namespace polis {

IdentifyTool::IdentifyTool(QObject* parent) : PanTool(parent) {}

void IdentifyTool::setTopmostOnly(bool topmostOnly)
{
    if (topmostOnly == m_topmostOnly)
        return;
    m_topmostOnly = topmostOnly;
    emit topmostOnlyChanged();
}

void IdentifyTool::setTolerance(double pixels)
{
    if (pixels == m_tolerance || pixels < 0)
        return;
    m_tolerance = pixels;
    emit toleranceChanged();
}

void IdentifyTool::click(QPointF at)
{
    PanTool::click(at); // the view's `clicked` still tells who listens
    if (!map() || !map()->document())
        return;
    emit identified(map()->document()->identify(at.x(), at.y(), m_tolerance * map()->mapUnitsPerPixel(), m_topmostOnly));
}

} // namespace polis
