#pragma once
#include "layers/scenario/undo_stack.hpp"

#include <QUndoCommand>

#include <cstdint>
#include <memory>

namespace polis {

class MapDocument;

/// An engine undo command (scenario_commands.hpp, editing MapDocument::editableScenarios()) on the
/// document's one QUndoStack, with a translated text. After each redo and undo the document shows the
/// scenario the edit concerns (`redoShows`, `undoShows`; 0 = baseline), rebuilding only the layers whose
/// changes differ. An engine error while redoing or undoing is logged and makes the command obsolete
/// (dropped from the stack) instead of throwing into the event loop. GUI thread only.
class EngineCommand : public QUndoCommand
{
public:
    EngineCommand(MapDocument* document, std::unique_ptr<UndoCommand> command, const QString& text,
                  std::int64_t redoShows, std::int64_t undoShows);

    void redo() override;
    void undo() override;

private:
    template <class Step> void run(Step&& step, std::int64_t shows);

    MapDocument* m_document;
    std::unique_ptr<UndoCommand> m_command;
    std::int64_t m_redoShows;
    std::int64_t m_undoShows;
};

} // namespace polis
