#include "document/engine_command.hpp"

#include "layers/core/error.hpp"
#include "document/map_document.hpp"

#include <QDebug>

namespace polis {

EngineCommand::EngineCommand(MapDocument* document, std::unique_ptr<UndoCommand> command, const QString& text,
                             std::int64_t redoShows, std::int64_t undoShows)
    : QUndoCommand(text), m_document(document), m_command(std::move(command)), m_redoShows(redoShows),
      m_undoShows(undoShows)
{
}

template <class Step> void EngineCommand::run(Step&& step, std::int64_t shows)
{
    try {
        step();
    } catch (const Error& e) {
        qWarning().noquote() << "Cannot replay" << QString::fromStdString(m_command->text()) << ":"
                             << e.what();
        setObsolete(true);
    }
    m_document->showScenario(shows);
}

void EngineCommand::redo()
{
    run([this] { m_command->redo(); }, m_redoShows);
}

void EngineCommand::undo()
{
    run([this] { m_command->undo(); }, m_undoShows);
}

} // namespace polis
