#include "document/document_controller.hpp"

#include "jobs/background_job.hpp"
#include "document/document_binding.hpp"

namespace polis {

DocumentController::DocumentController(QObject* parent) : QObject(parent), m_job(new BackgroundJob(this)) {}

void DocumentController::setDocument(MapDocument* document)
{
    if (!bindDocument(this, m_document, document, &DocumentController::contentChanged, kContentChanges | LayoutChanged))
        return;
    emit documentChanged();
    contentChanged();
}

} // namespace polis
