#pragma once
#include "tools/pan_tool.hpp"

#include <QPointer>

namespace polis {

class MeasureController;

/// Measuring on the map: pans like PanTool, a click adds a point to the MeasureController; Escape clears it
/// and emits cancelled(). GUI thread only.
class MeasureMapTool : public PanTool
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("tools/measure_controller.hpp")
    Q_PROPERTY(MeasureController* controller READ controller WRITE setController NOTIFY controllerChanged)

public:
    explicit MeasureMapTool(QObject* parent = nullptr);

    MeasureController* controller() const { return m_controller; }
    void setController(MeasureController* controller);
    Qt::CursorShape cursor() const override { return Qt::CrossCursor; }
    bool keyPress(QKeyEvent* event) override;

signals:
    void controllerChanged();

protected:
    void click(QPointF at) override;

private:
    QPointer<MeasureController> m_controller;
};

} // namespace polis
