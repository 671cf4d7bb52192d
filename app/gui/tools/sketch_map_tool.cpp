#include "tools/sketch_map_tool.hpp"

#include "document/map_document.hpp"
#include "map/map_view.hpp"
#include "tools/feature_edit_tool.hpp"
#include "tools/scenario_editor.hpp"
#include "tools/sketch_controller.hpp"
#include "tools/snapper.hpp"

#include <QKeyEvent>
#include <QMouseEvent>

namespace polis {

using Mode = SketchController::Mode;

SketchMapTool::SketchMapTool(QObject* parent) : IdentifyTool(parent)
{
    setTopmostOnly(true); // a click picks the feature to edit
}

void SketchMapTool::setController(SketchController* controller)
{
    if (controller == m_controller)
        return;
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (m_controller) {
        connect(m_controller, &SketchController::modeChanged, this, &MapTool::cursorChanged);
        connect(m_controller, &SketchController::changed, this, &MapTool::cursorChanged); // pending
        connect(m_controller, &SketchController::editorChanged, this, &SketchMapTool::watchEditor);
    }
    watchEditor();
    emit controllerChanged();
}

void SketchMapTool::watchEditor()
{
    if (m_editor)
        disconnect(m_editor, nullptr, this, nullptr);
    m_editor = m_controller ? m_controller->editor() : nullptr;
    if (m_editor)
        connect(m_editor, &ScenarioEditor::changed, this, &MapTool::cursorChanged); // editable
    emit cursorChanged();
}

void SketchMapTool::setEdit(FeatureEditTool* edit)
{
    if (edit == m_edit)
        return;
    m_edit = edit;
    emit editChanged();
}

bool SketchMapTool::drawing() const
{
    return m_controller && m_edit && m_controller->mode() != Mode::Select && m_controller->editor() &&
           m_controller->editor()->editable() && !m_controller->pending();
}

std::optional<int> SketchMapTool::gesture() const
{
    switch (m_controller->mode()) {
    case Mode::Move: return int(FeatureEditTool::Gesture::Move);
    case Mode::Rotate: return int(FeatureEditTool::Gesture::Rotate);
    case Mode::Vertex: return int(FeatureEditTool::Gesture::Vertex);
    default: return std::nullopt;
    }
}

bool SketchMapTool::dragMode() const
{
    return m_controller->mode() == Mode::Rectangle || m_controller->mode() == Mode::Circle;
}

bool SketchMapTool::mousePress(QMouseEvent* event)
{
    m_drawingPress = drawing();
    if (!m_drawingPress)
        return IdentifyTool::mousePress(event);
    m_doubleClicked = false;
    const QPointF p = toMap(event->position());
    if (event->button() == Qt::RightButton) {
        if (m_controller->mode() == Mode::Vertex)
            m_edit->removeVertexAt(p.x(), p.y());
    } else if (const auto g = gesture()) {
        m_edit->begin(FeatureEditTool::Gesture(*g), p.x(), p.y());
    } else if (dragMode()) {
        m_controller->setChordError(map()->mapUnitsPerPixel() / 4); // circles look round at this zoom
        m_controller->dragStart(p.x(), p.y());
    }
    return true;
}

void SketchMapTool::moveTo(QPointF position)
{
    const QPointF p = toMap(position);
    if (m_edit->dragging())
        m_edit->dragTo(p.x(), p.y());
    else if (dragMode())
        m_controller->dragTo(p.x(), p.y());
    else
        m_controller->hover(p.x(), p.y());
}

bool SketchMapTool::mouseMove(QMouseEvent* event)
{
    if (!m_drawingPress || !drawing())
        return IdentifyTool::mouseMove(event);
    moveTo(event->position());
    return true;
}

void SketchMapTool::hoverMove(QPointF position)
{
    if (drawing())
        moveTo(position);
}

bool SketchMapTool::mouseRelease(QMouseEvent* event)
{
    if (!m_drawingPress)
        return IdentifyTool::mouseRelease(event);
    m_drawingPress = false;
    if (!drawing())
        return true;
    const QPointF p = toMap(event->position());
    if (m_edit->dragging())
        m_edit->end(p.x(), p.y());
    else if (dragMode())
        m_controller->dragEnd(p.x(), p.y());
    else if (event->button() == Qt::LeftButton && !gesture() && !m_doubleClicked)
        m_controller->click(p.x(), p.y());
    m_doubleClicked = false;
    return true;
}

bool SketchMapTool::mouseDoubleClick(QMouseEvent* event)
{
    if (!drawing() || event->button() != Qt::LeftButton)
        return false;
    m_doubleClicked = true;
    const QPointF p = toMap(event->position());
    if (m_controller->mode() == Mode::Vertex)
        m_edit->insertVertexAt(p.x(), p.y());
    else if (!dragMode() && !gesture())
        m_controller->finish();
    return true;
}

void SketchMapTool::hoverLeave()
{
    if (drawing() && m_controller->snapper())
        m_controller->snapper()->clearTarget();
}

bool SketchMapTool::keyPress(QKeyEvent* event)
{
    if (!m_controller || !m_edit)
        return IdentifyTool::keyPress(event);
    const int key = event->key();
    if (key == Qt::Key_Return || key == Qt::Key_Enter)
        m_controller->finish();
    else if (key == Qt::Key_Backspace)
        m_controller->removeLastVertex();
    else if (key == Qt::Key_Delete && m_controller->mode() == Mode::Vertex)
        m_edit->removeSelectedVertex();
    else if (key == Qt::Key_Escape) {
        m_controller->cancel();
        m_edit->cancel();
    } else
        return IdentifyTool::keyPress(event);
    return true;
}

} // namespace polis
