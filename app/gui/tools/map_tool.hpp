#pragma once
#include <QObject>
#include <QPointF>
#include <QtQml/qqmlregistration.h>

class QKeyEvent;
class QMouseEvent;

namespace polis {

class MapView;

/// What pointer and key input on a map does, as QGIS's QgsMapTool: one tool is active per MapView
/// (`MapView.tool`); the view hands it its mouse, hover and key events (positions in item pixels; the tool
/// turns them into map CRS points with the view) and falls back to its own behaviour for what the tool does
/// not take (a handler returns false). QML only chooses the tool. GUI thread only.
class MapTool : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("MapTool is a base class: use PanTool, IdentifyTool, MeasureMapTool or SketchMapTool")
    Q_MOC_INCLUDE("map/map_view.hpp")
    /// The view the tool is active on; null while inactive.
    Q_PROPERTY(MapView* map READ map NOTIFY activeChanged)
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)
    /// The pointer shape over the map while the tool is active.
    Q_PROPERTY(Qt::CursorShape cursor READ cursor NOTIFY cursorChanged)

public:
    explicit MapTool(QObject* parent = nullptr);

    MapView* map() const { return m_map; }
    bool isActive() const { return m_map != nullptr; }
    virtual Qt::CursorShape cursor() const { return Qt::ArrowCursor; }

    /// Called by the view when the tool becomes its active tool (the tool before it is deactivated first).
    virtual void activate(MapView* map);
    /// Called by the view when another tool (or none) takes over, or the view goes away.
    virtual void deactivate();

    /// Pointer handlers: true when the tool used the event (the view accepts it).
    virtual bool mousePress(QMouseEvent* event);
    virtual bool mouseMove(QMouseEvent* event);
    virtual bool mouseRelease(QMouseEvent* event);
    virtual bool mouseDoubleClick(QMouseEvent* event);
    /// The press was taken over before its release (a pinch grabbing the touch points).
    virtual void mouseUngrab() {}
    /// The pointer moved over the map with no button down, or left it.
    virtual void hoverMove(QPointF position);
    virtual void hoverLeave() {}
    /// Keys while the view has the focus: true when the tool used the key. By default + / = and - zoom
    /// about the centre, Home shows everything and Escape emits cancelled().
    virtual bool keyPress(QKeyEvent* event);

signals:
    void activeChanged();
    void cursorChanged();
    /// Escape: the tool dropped what it was doing (the UI may close what belongs to it).
    void cancelled();

protected:
    /// The map point (map CRS units) at item position `position` of the active view.
    QPointF toMap(QPointF position) const;

private:
    MapView* m_map = nullptr;
};

} // namespace polis
