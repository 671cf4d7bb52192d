#pragma once
#include "layers/core/geometry.hpp"
#include "layers/core/layer_id.hpp"

#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

namespace polis {

class MapDocument;
class MeasureController;
class ScenarioEditor;
class Snapper;

/// Sketches a new feature on the map for the active scenario: points, lines and polygons vertex by vertex,
/// rectangles and circles by dragging; and the line that reshapes or splits the selected feature (Reshape,
/// Split: drawn as a Line, finishing emits lineFinished). Positions are map CRS coordinates (the overlay
/// converts pixels); every position goes through the Snapper when one is set (a polygon closes when a click
/// snaps to its own first vertex).
/// A finished sketch waits (`pending`) for its attributes: commit() adds it through the ScenarioEditor as
/// one undo command, cancel() discards it. The live length or area comes from a MeasureController (the
/// engine's measures). GUI thread only.
class SketchController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("document/map_document.hpp")
    Q_MOC_INCLUDE("tools/scenario_editor.hpp")
    Q_MOC_INCLUDE("tools/snapper.hpp")
    Q_PROPERTY(MapDocument* document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(ScenarioEditor* editor READ editor WRITE setEditor NOTIFY editorChanged)
    /// Snaps the sketch's positions; none: positions are taken as given.
    Q_PROPERTY(Snapper* snapper READ snapper WRITE setSnapper NOTIFY snapperChanged)
    Q_PROPERTY(Mode mode READ mode WRITE setMode NOTIFY modeChanged)
    /// The vector layers a sketch of this mode can go to, planning layers first: [{layerId, name}].
    Q_PROPERTY(QVariantList targetLayers READ targetLayers NOTIFY targetLayersChanged)
    /// The id of the layer sketches go to (LayerListModel's layerId role); "" when none fits.
    Q_PROPERTY(QString targetLayerId READ targetLayerId WRITE setTargetLayerId NOTIFY targetLayerIdChanged)
    /// The sketch as drawn (map CRS points; the cursor's point last while adding vertices).
    Q_PROPERTY(QVariantList points READ points NOTIFY changed)
    /// True when the points enclose an area (polygon, rectangle, circle).
    Q_PROPERTY(bool closed READ closed NOTIFY changed)
    /// True when a finished sketch waits for its attributes (commit or cancel).
    Q_PROPERTY(bool pending READ pending NOTIFY changed)
    /// Length or area of the sketch for people; empty for points.
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    /// The largest distance (map units) a circle's chords may stray from the arc (default 0.1; the overlay
    /// sets a quarter pixel of the current view).
    Q_PROPERTY(double chordError READ chordError WRITE setChordError NOTIFY chordErrorChanged)

public:
    /// What mouse input on the map does. Select leaves the map to identify and selection; Move, Rotate and
    /// Vertex are the selected feature's gestures (FeatureEditTool); Reshape and Split draw a line.
    enum class Mode { Select, Point, Line, Polygon, Rectangle, Circle, Move, Rotate, Vertex, Reshape, Split };
    Q_ENUM(Mode)

    explicit SketchController(QObject* parent = nullptr);

    MapDocument* document() const { return m_document; }
    void setDocument(MapDocument* document);
    ScenarioEditor* editor() const { return m_editor; }
    void setEditor(ScenarioEditor* editor);
    Snapper* snapper() const { return m_snapper; }
    void setSnapper(Snapper* snapper);
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    QVariantList targetLayers() const { return m_targets; }
    QString targetLayerId() const { return QString::fromStdString(m_target.str()); }
    void setTargetLayerId(const QString& layerId);
    QVariantList points() const;
    bool closed() const;
    bool pending() const { return m_pending.has_value(); }
    QString summary() const;
    double chordError() const { return m_chordError; }
    void setChordError(double error);

    /// A click: the point (point mode, then finished) or the next vertex (line, polygon).
    Q_INVOKABLE void click(double x, double y);
    /// The cursor moved: the snap marker and the rubber band to the next vertex follow it.
    Q_INVOKABLE void hover(double x, double y);
    Q_INVOKABLE void removeLastVertex();
    /// Ends a line (two vertices or more) or polygon (three or more); false when too few. In Reshape and
    /// Split modes the line is handed on (lineFinished) and the sketch cleared.
    Q_INVOKABLE bool finish();
    /// Rectangle (opposite corners) and circle (centre, then a point on the circle) by dragging.
    Q_INVOKABLE void dragStart(double x, double y);
    Q_INVOKABLE void dragTo(double x, double y);
    /// Ends the drag; a rectangle or circle without extent is dropped. False when nothing was finished.
    Q_INVOKABLE bool dragEnd(double x, double y);
    /// Discards the sketch (being drawn or pending).
    Q_INVOKABLE void cancel();
    /// Adds the pending sketch with form `values` to the target layer of the active scenario.
    Q_INVOKABLE bool commit(const QVariantMap& values);

signals:
    void documentChanged();
    void editorChanged();
    void snapperChanged();
    void modeChanged();
    void targetLayersChanged();
    void targetLayerIdChanged();
    void chordErrorChanged();
    void changed();
    /// A sketch is finished and pending: time for the attribute form.
    void finished();
    /// A reshape or split line is finished: its map CRS points (QPointF), in drawing order.
    void lineFinished(const QVariantList& line);

private:
    void updateTargets();
    void update();
    std::optional<Geometry> dragged() const;
    void setPending(Geometry geometry);
    QPointF snapped(double x, double y, bool* closesRing = nullptr) const;

    QPointer<MapDocument> m_document;
    QPointer<ScenarioEditor> m_editor;
    QPointer<Snapper> m_snapper;
    MeasureController* m_measure;
    Mode m_mode = Mode::Select;
    QVariantList m_targets;
    LayerId m_target;
    std::vector<QPointF> m_vertices;
    std::optional<QPointF> m_cursor;
    std::optional<QPointF> m_dragFrom;
    QPointF m_dragTo;
    std::optional<Geometry> m_pending;
    double m_chordError = 0.1;
};

} // namespace polis
