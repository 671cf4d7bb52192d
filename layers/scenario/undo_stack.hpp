#pragma once
#include <memory>
#include <string>
#include <vector>

namespace polis {

/// One reversible edit. redo() applies it (also the first time), undo() restores the exact previous state.
/// Commands own what they need to undo; they must not fail once constructed with valid targets.
class UndoCommand
{
public:
    virtual ~UndoCommand() = default;
    virtual void redo() = 0;
    virtual void undo() = 0;
    /// A short description for the history ("Add feature to fibre_ring"), English; the GUI translates.
    virtual std::string text() const = 0;
};

/// A linear undo history without Qt (the GUI wraps it): push() runs a command and drops everything that
/// was undone; undo()/redo() move through the history. Not thread-safe: one per project, GUI thread.
class UndoStack
{
public:
    /// Runs `command` (redo()) and records it after the current position.
    void push(std::unique_ptr<UndoCommand> command);
    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index < m_commands.size(); }
    /// Undoes the last done command; false when there is none.
    bool undo();
    /// Redoes the next undone command; false when there is none.
    bool redo();
    /// Commands done (the position in the history) and recorded.
    std::size_t index() const { return m_index; }
    std::size_t count() const { return m_commands.size(); }
    /// The text of command `i` (0 = oldest).
    std::string text(std::size_t i) const { return m_commands.at(i)->text(); }
    void clear();

private:
    std::vector<std::unique_ptr<UndoCommand>> m_commands;
    std::size_t m_index = 0;
};

} // namespace polis
