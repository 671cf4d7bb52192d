#pragma once
#include "layers/edit/affine.hpp"
#include "layers/edit/vertex_ref.hpp"
#include "layers/core/geometry.hpp"

#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

namespace polis {

class ScenarioEditor;
class Snapper;

/// Edits the geometry of the ScenarioEditor's selected feature with the engine's pure edit functions
/// (layers/edit): move and rotate by dragging, vertex handles (drag to move, insert on a segment, remove),
/// reshape and split with a drawn line. Positions are map CRS coordinates. A gesture shows its preview
/// (`outline`, `handles`) and becomes one undo command when it ends (ScenarioEditor::replaceSelected);
/// engine refusals (a ring below 3 vertices, a line that does not cross) land in the editor's `error` and
/// leave the feature unchanged. Vertex drags, inserts and the drawn lines are snapped by the Snapper; moves
/// and rotations follow the mouse as dragged. GUI thread only.
class FeatureEditTool : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("tools/scenario_editor.hpp")
    Q_MOC_INCLUDE("tools/snapper.hpp")
    Q_PROPERTY(ScenarioEditor* editor READ editor WRITE setEditor NOTIFY editorChanged)
    Q_PROPERTY(Snapper* snapper READ snapper WRITE setSnapper NOTIFY snapperChanged)
    /// The selected feature's rings as edited right now (the gesture's preview): a list of lists of QPointF.
    Q_PROPERTY(QVariantList outline READ outline NOTIFY changed)
    /// Its vertices (a ring's closing point left out), map CRS QPointF.
    Q_PROPERTY(QVariantList handles READ handles NOTIFY changed)
    /// The index into `handles` of the selected vertex (Delete removes it); -1 when none.
    Q_PROPERTY(int selectedHandle READ selectedHandle NOTIFY changed)
    /// True while a move, rotate or vertex drag is under way.
    Q_PROPERTY(bool dragging READ dragging NOTIFY changed)
    /// The rotation of the running rotate gesture in degrees, counter-clockwise.
    Q_PROPERTY(double angle READ angle NOTIFY changed)
    /// The rotation anchor (the feature's centroid) of the running rotate gesture.
    Q_PROPERTY(QPointF anchor READ anchor NOTIFY changed)

public:
    /// What a press-drag-release does.
    enum class Gesture { Move, Rotate, Vertex };
    Q_ENUM(Gesture)

    explicit FeatureEditTool(QObject* parent = nullptr);

    ScenarioEditor* editor() const { return m_editor; }
    void setEditor(ScenarioEditor* editor);
    Snapper* snapper() const { return m_snapper; }
    void setSnapper(Snapper* snapper);
    QVariantList outline() const;
    QVariantList handles() const;
    int selectedHandle() const { return m_selectedHandle; }
    bool dragging() const { return m_gesture.has_value(); }
    double angle() const { return m_angle; }
    QPointF anchor() const { return {m_anchor.x, m_anchor.y}; }

    /// Starts `gesture` at (x, y): Vertex needs a handle within the snapping tolerance (it becomes the
    /// selected handle). False when there is nothing to drag (no selection, no handle there).
    Q_INVOKABLE bool begin(Gesture gesture, double x, double y);
    Q_INVOKABLE void dragTo(double x, double y);
    /// Ends the gesture at (x, y): one undo command when the geometry changed.
    Q_INVOKABLE void end(double x, double y);
    /// Drops the running gesture without editing.
    Q_INVOKABLE void cancel();
    /// Inserts a vertex on the segment nearest (x, y) within the tolerance, at the snapped point on it.
    Q_INVOKABLE bool insertVertexAt(double x, double y);
    /// Removes the vertex within the tolerance of (x, y).
    Q_INVOKABLE bool removeVertexAt(double x, double y);
    Q_INVOKABLE bool removeSelectedVertex();
    /// Reshapes (reshape.hpp) or splits (split.hpp) the selected feature with `line` (map CRS QPointF).
    Q_INVOKABLE bool reshapeSelected(const QVariantList& line);
    Q_INVOKABLE bool splitSelected(const QVariantList& line);

signals:
    void editorChanged();
    void snapperChanged();
    void changed();

private:
    void refresh();
    std::optional<VertexRef> vertexNear(double x, double y) const;
    QPointF snapped(double x, double y) const;
    template <class Edit> bool apply(Edit&& edit, const QString& refusal, const QString& textFormat);

    QPointer<ScenarioEditor> m_editor;
    QPointer<Snapper> m_snapper;
    std::optional<Geometry> m_shown;   ///< the selected feature as on the map
    std::optional<Geometry> m_preview; ///< the running gesture's result
    std::vector<VertexRef> m_vertices; ///< the handles of m_shown
    int m_selectedHandle = -1;
    std::optional<Gesture> m_gesture;
    QPointF m_from;
    double m_angle = 0;
    MapPoint m_anchor;
};

} // namespace polis
