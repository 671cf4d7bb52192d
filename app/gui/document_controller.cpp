#include "document_controller.hpp"

#include "background_job.hpp"
#include "map_document.hpp"

namespace polis {

DocumentController::DocumentController(QObject* parent) : QObject(parent), m_job(new BackgroundJob(this)) {}

void DocumentController::setDocument(MapDocument* document)
{
    if (document == m_document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &MapDocument::contentChanged, this, &DocumentController::contentChanged);
    emit documentChanged();
    contentChanged();
}

} // namespace polis
