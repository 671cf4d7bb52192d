#include "document/scenario_views.hpp"

#include "jobs/worker_pool.hpp"
#include "layers/core/error.hpp"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace polis {

ScenarioViews::ScenarioViews(Document& document, QObject* parent) : QObject(parent), m_document(document) {}

std::shared_ptr<const MapContent> ScenarioViews::content(const QString& name, const QString& a)
{
    auto baseline = std::make_shared<const MapContent>(m_document.baselineContent());
    const std::shared_ptr<ScenarioSnapshots> snapshots = m_document.snapshots();
    if (auto shown = snapshots->cached(*baseline, name.toStdString(), a.toStdString()))
        return shown;
    const QString key = a + QLatin1Char('\n') + name;
    if (m_building.contains(key))
        return nullptr;
    m_building << key;
    QPointer<ScenarioViews> self(this);
    QtConcurrent::run(&workerPool(), [snapshots, baseline, b = name.toStdString(), from = a.toStdString()] {
        try {
            snapshots->build(*baseline, b, from);
        } catch (const Error&) {
            // A scenario deleted meanwhile: the view asks again and gets the error.
        }
    }).then(this, [self, key] {
        if (!self)
            return;
        self->m_building.removeAll(key);
        emit self->ready();
    });
    return nullptr;
}

} // namespace polis
