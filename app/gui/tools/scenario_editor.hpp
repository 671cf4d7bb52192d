#pragma once
#include "layers/core/layer_id.hpp"
#include "layers/scenario/change_set.hpp"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

namespace polis {

class MapDocument;
struct MapLayer;

/// Edits the scenarios of a MapDocument: creates, duplicates, renames, describes and deletes scenarios, and
/// adds, re-attributes and deletes features of the active one. Every edit is one engine command
/// (scenario_commands.hpp) on the document's undo stack (EngineCommand); the baseline is never edited.
/// Failures (a taken name, editing the baseline) return false and set `error`. GUI thread only.
class ScenarioEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("document/map_document.hpp")
    Q_PROPERTY(MapDocument* document READ document WRITE setDocument NOTIFY documentChanged)
    /// True when a scenario (not the baseline) is shown: edits go to it.
    Q_PROPERTY(bool editable READ editable NOTIFY changed)
    Q_PROPERTY(QString activeName READ activeName NOTIFY changed)
    Q_PROPERTY(QString activeDescription READ activeDescription NOTIFY changed)
    /// The feature edits apply to: the first selected one of the topmost layer with a selection, as
    /// "layer name #fid"; empty when nothing is selected.
    Q_PROPERTY(QString selectedFeature READ selectedFeature NOTIFY changed)
    /// The last failure, translated and naming the scenario or layer; empty after a success.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit ScenarioEditor(QObject* parent = nullptr);

    MapDocument* document() const { return m_document; }
    void setDocument(MapDocument* document);
    bool editable() const;
    QString activeName() const;
    QString activeDescription() const;
    QString selectedFeature() const;
    QString error() const { return m_error; }

    /// Adds a scenario and shows it.
    Q_INVOKABLE bool createScenario(const QString& name, const QString& description);
    /// Copies the active scenario (its change set and description) as `name` and shows the copy.
    Q_INVOKABLE bool duplicateScenario(const QString& name);
    Q_INVOKABLE bool renameScenario(const QString& name);
    Q_INVOKABLE bool describeScenario(const QString& description);
    /// Deletes the active scenario and shows the baseline (undo brings both back).
    Q_INVOKABLE bool deleteScenario();

    /// The attribute form of vector layer `layerId` (LayerListModel's layerId role): one entry per field,
    /// {name, label, editor: "choice" | "integer" | "real" | "text", options (for "choice"), unit, value}.
    /// Planning layers (planning_layer.hpp) get the schema's choices for kind and status, cost in EUR.
    Q_INVOKABLE QVariantList formFields(const QString& layerId) const;
    /// The form of the selected feature, its current values filled in; empty when nothing is selected.
    Q_INVOKABLE QVariantList selectedFormFields() const;
    /// Adds a feature with `geometry` (map CRS) and form `values` (field name -> value) to layer `layer`.
    bool addFeature(const LayerId& layer, Geometry geometry, const QVariantMap& values);
    /// Gives the selected feature the form `values` that differ from its current ones.
    Q_INVOKABLE bool modifySelected(const QVariantMap& values);
    Q_INVOKABLE bool deleteSelected();
    /// The selected feature's geometry as shown (map CRS); nothing when no feature is selected.
    std::optional<Geometry> selectedGeometry() const;
    /// Replaces the selected feature's geometry by `pieces[0]` and adds the other pieces (a split) as new
    /// features with its attributes, as ONE undo step named `textFormat` (%1 = fid, %2 = layer). The feature
    /// stays selected. False (and `error` set) on the baseline, without a selection or when the engine
    /// refuses.
    bool replaceSelected(std::vector<Geometry> pieces, const QString& textFormat);
    /// Shows `error` (translated) where the editor's errors are shown; empty clears it.
    void setError(const QString& error);
    Q_INVOKABLE void clearError() { setError({}); }
    /// The vertices (map CRS points) of the first ring of feature `fid` of layer `layerId` as shown; empty
    /// when the layer has no such feature.
    Q_INVOKABLE QVariantList featureVertices(const QString& layerId, qint64 fid) const;

signals:
    void documentChanged();
    void changed();
    void errorChanged();

private:
    struct Selected
    {
        LayerId layer;         ///< null when nothing is selected
        std::size_t index = 0; ///< into the layer's shown store
    };
    Selected selected() const;
    /// The layer `id` of the snapshot shown, or null.
    const MapLayer* layer(const LayerId& id) const;
    template <class Make>
    bool edit(Make&& make, const QString& text, std::int64_t redoShows, std::int64_t undoShows);

    QPointer<MapDocument> m_document;
    QString m_error;
};

} // namespace polis
