#pragma once
#include "tools/map_tool.hpp"

namespace polis {

/// The map's default tool: a left drag pans (one zoom history entry per drag), a left click without dragging
/// is a click at a map point (click(); by default the view's `clicked` signal). GUI thread only.
class PanTool : public MapTool
{
    Q_OBJECT
    QML_ELEMENT

public:
    explicit PanTool(QObject* parent = nullptr);

    bool mousePress(QMouseEvent* event) override;
    bool mouseMove(QMouseEvent* event) override;
    bool mouseRelease(QMouseEvent* event) override;
    void mouseUngrab() override;

protected:
    /// A click without dragging at map point `at` (map CRS units).
    virtual void click(QPointF at);

private:
    QPointF m_pressPosition; ///< item pixels
    QPointF m_lastMouse;
    bool m_pressed = false;
    bool m_dragged = false;
};

} // namespace polis
