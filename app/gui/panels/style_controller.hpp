#pragma once
#include "layers/core/layer_id.hpp"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace polis {

class MapDocument;
struct MapLayer;

/// The style editor's view of one layer of a MapDocument: its fields, its current classification and
/// labels, and apply(), which builds the new style with the engine (categorizedStyle, graduatedStyle) and
/// hands it to the document as one undoable change. GUI thread only.
class StyleController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("document/map_document.hpp")
    Q_PROPERTY(MapDocument* document READ document WRITE setDocument NOTIFY changed)
    /// The layer styled, by id (LayerListModel's layerId role); "" = none. Reordering the layer list keeps it.
    Q_PROPERTY(QString layerId READ layerId WRITE setLayerId NOTIFY layerIdChanged)
    Q_PROPERTY(QString layerName READ layerName NOTIFY changed)
    Q_PROPERTY(QStringList fields READ fields NOTIFY changed)
    Q_PROPERTY(QStringList numericFields READ numericFields NOTIFY changed)
    Q_PROPERTY(QStringList ramps READ ramps CONSTANT)
    /// "single", "categorized" or "graduated"; "" when the layer is not a vector layer.
    Q_PROPERTY(QString mode READ mode NOTIFY changed)
    Q_PROPERTY(QString field READ field NOTIFY changed)
    /// "equal_interval", "quantile" or "natural_breaks".
    Q_PROPERTY(QString method READ method NOTIFY changed)
    Q_PROPERTY(int classes READ classes NOTIFY changed)
    Q_PROPERTY(QString ramp READ ramp NOTIFY changed)
    Q_PROPERTY(QString labelField READ labelField NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit StyleController(QObject* parent = nullptr);

    MapDocument* document() const { return m_document; }
    void setDocument(MapDocument* document);
    QString layerId() const { return QString::fromStdString(m_layerId.str()); }
    void setLayerId(const QString& layerId);
    QString layerName() const;
    QStringList fields() const;
    QStringList numericFields() const;
    QStringList ramps() const;
    QString mode() const;
    QString field() const;
    QString method() const;
    int classes() const;
    QString ramp() const;
    QString labelField() const;
    QString error() const { return m_error; }

    /// Restyles the layer: `mode` as the mode property; `field` is classified (categorized, graduated);
    /// `method`, `classes` and `ramp` make the classes; `labelField` labels the features ("" = none). Keeps
    /// the layer's symbol as the base (and for other values). False, with error set, when it cannot.
    Q_INVOKABLE bool apply(const QString& mode, const QString& field, const QString& method, int classes,
                           const QString& ramp, const QString& labelField);

signals:
    void changed();
    void layerIdChanged();
    void errorChanged();

private:
    void setError(const QString& error);
    /// The layer styled in the document shown, or null (none, removed, or no document).
    const MapLayer* layer() const;

    QPointer<MapDocument> m_document;
    LayerId m_layerId;
    QString m_error;
};

} // namespace polis
