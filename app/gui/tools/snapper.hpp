#pragma once
#include "layers/edit/snapping.hpp"
#include "document/map_document.hpp"
#include "map/map_view.hpp"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <map>
#include <optional>

namespace polis {

/// Snapping for the map tools (sketching and editing): a toggle, a tolerance in screen pixels (turned into
/// map units with the view's map units per pixel) and the vector layers to snap to (by default the visible
/// ones; a layer the user ticks or unticks keeps that choice, by its LayerId). snap() calls the engine's snap() and
/// remembers the target for the marker the overlay draws. GUI thread only.
class Snapper : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(MapView* map READ map WRITE setMap NOTIFY mapChanged)
    /// Snapping on or off (default off: dense baseline layers would pull every click).
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY enabledChanged)
    /// The snapping distance in item pixels (default 10).
    Q_PROPERTY(
        double tolerancePixels READ tolerancePixels WRITE setTolerancePixels NOTIFY tolerancePixelsChanged)
    /// The vector layers offered, layers panel order: [{layerId, name, checked}].
    Q_PROPERTY(QVariantList layers READ layers NOTIFY layersChanged)
    /// The last snap target: {x, y (map CRS), kind: "vertex" | "segment"}; empty when the last position did
    /// not snap.
    Q_PROPERTY(QVariantMap target READ target NOTIFY targetChanged)

public:
    explicit Snapper(QObject* parent = nullptr);

    MapView* map() const { return m_map; }
    void setMap(MapView* map);
    bool enabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    double tolerancePixels() const { return m_tolerancePixels; }
    void setTolerancePixels(double pixels);
    QVariantList layers() const { return m_layers; }
    QVariantMap target() const { return m_target; }

    /// Ticks or unticks layer `layerId` (LayerListModel's layerId role) for snapping.
    Q_INVOKABLE void setLayerChecked(const QString& layerId, bool checked);
    /// The tolerance in map units in the current view (also the hit distance of vertex handles).
    double tolerance() const;
    /// Snaps map point (x, y) to the checked layers and to `drawing` (the sketch's own vertices, may be
    /// null) when enabled; updates `target`. Nothing when off or nothing is within the tolerance.
    std::optional<SnapResult> snap(double x, double y, const Geometry* drawing = nullptr);
    /// Forgets the target (the marker disappears).
    Q_INVOKABLE void clearTarget();

signals:
    void mapChanged();
    void enabledChanged();
    void tolerancePixelsChanged();
    void layersChanged();
    void targetChanged();

private:
    void bindDocument();
    void updateLayers();
    bool checked(const LayerId& layer, bool visible) const;
    void setTarget(const QVariantMap& target);

    QPointer<MapView> m_map;
    QPointer<MapDocument> m_document;
    bool m_enabled = false;
    double m_tolerancePixels = 10;
    std::map<LayerId, bool> m_checked; ///< the user's choices by layer id
    QVariantList m_layers;
    QVariantMap m_target;
};

} // namespace polis
