#pragma once
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace polis {

class BackgroundJob;
class MapDocument;

/// The common part of the panels' controllers (import, query, layout): the MapDocument they work on, whose
/// content changes they follow, and the BackgroundJob that runs their long work. GUI thread only.
class DocumentController : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_MOC_INCLUDE("document/map_document.hpp")
    Q_MOC_INCLUDE("jobs/background_job.hpp")
    Q_PROPERTY(MapDocument* document READ document WRITE setDocument NOTIFY documentChanged)
    /// The controller's long work (QML binds busy, progress and cancel()).
    Q_PROPERTY(BackgroundJob* job READ job CONSTANT)

public:
    explicit DocumentController(QObject* parent = nullptr);

    MapDocument* document() const { return m_document; }
    void setDocument(MapDocument* document);
    BackgroundJob* job() const { return m_job; }

signals:
    void documentChanged();

protected:
    /// Called when the document is set and whenever its content changes.
    virtual void contentChanged() {}

private:
    QPointer<MapDocument> m_document;
    BackgroundJob* m_job;
};

} // namespace polis
