#pragma once
#include "layers/map/document.hpp"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace polis {

/// What views showing another scenario than the document's (compare) draw: the document's ScenarioSnapshots,
/// built on the worker pool so the GUI thread never copies a large layer. GUI thread only.
class ScenarioViews : public QObject
{
    Q_OBJECT

public:
    ScenarioViews(Document& document, QObject* parent);
    /// The content shown as scenario `name`, or the difference from `a` to it: null while a worker builds it,
    /// then ready(). Throws polis::Error naming an unknown scenario.
    std::shared_ptr<const MapContent> content(const QString& name, const QString& a = {});

signals:
    /// Content that content() was building is ready: ask again.
    void ready();

private:
    Document& m_document;
    QStringList m_building; ///< the (a, name) keys being built
};

} // namespace polis
