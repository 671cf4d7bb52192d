#pragma once
#include "tools/identify_tool.hpp"

#include <QPointer>

#include <optional>

namespace polis {

class FeatureEditTool;
class ScenarioEditor;
class SketchController;

/// Sketching and editing on the map, over the SketchController and the FeatureEditTool: in the controller's
/// Select mode (or while nothing can be edited, or a sketch waits for its attributes) it is an IdentifyTool
/// picking the topmost feature to edit; otherwise clicks add vertices (double-click or Enter finishes,
/// Backspace removes the last vertex, Esc cancels), rectangles and circles are dragged, Move / Rotate / Vertex
/// drag the selected feature (double-click on a segment inserts a vertex, Delete or right-click removes one).
/// GUI thread only.
class SketchMapTool : public IdentifyTool
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("tools/sketch_controller.hpp")
    Q_MOC_INCLUDE("tools/feature_edit_tool.hpp")
    Q_PROPERTY(SketchController* controller READ controller WRITE setController NOTIFY controllerChanged)
    Q_PROPERTY(FeatureEditTool* edit READ edit WRITE setEdit NOTIFY editChanged)
    /// True when map input draws or edits (not identify): the controller's mode, an editable scenario.
    Q_PROPERTY(bool drawing READ drawing NOTIFY cursorChanged)

public:
    explicit SketchMapTool(QObject* parent = nullptr);

    SketchController* controller() const { return m_controller; }
    void setController(SketchController* controller);
    FeatureEditTool* edit() const { return m_edit; }
    void setEdit(FeatureEditTool* edit);
    bool drawing() const;
    Qt::CursorShape cursor() const override { return drawing() ? Qt::CrossCursor : Qt::ArrowCursor; }

    bool mousePress(QMouseEvent* event) override;
    bool mouseMove(QMouseEvent* event) override;
    bool mouseRelease(QMouseEvent* event) override;
    bool mouseDoubleClick(QMouseEvent* event) override;
    void hoverMove(QPointF position) override;
    void hoverLeave() override;
    bool keyPress(QKeyEvent* event) override;

signals:
    void controllerChanged();
    void editChanged();

private:
    /// The FeatureEditTool gesture of the controller's mode, if it is one.
    std::optional<int> gesture() const;
    /// Rectangle and circle are dragged.
    bool dragMode() const;
    void moveTo(QPointF position);
    /// Follows the controller's editor (whether the scenario is editable changes `drawing`).
    void watchEditor();

    QPointer<SketchController> m_controller;
    QPointer<FeatureEditTool> m_edit;
    QPointer<ScenarioEditor> m_editor;
    bool m_drawingPress = false; ///< the press went to the sketch (its release and click do too)
    bool m_doubleClicked = false; ///< the press was a double-click's second: its release is no click
};

} // namespace polis
