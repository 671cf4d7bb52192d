#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
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
    /// A short description for the history ("Add feature to fibre_ring"): the caller's words, already in the
    /// user's language when the caller is the GUI.
    virtual std::string text() const = 0;
    /// Folds `next` (pushed right after this one, already run) into this command, as a slider drag makes
    /// many opacity changes of one layer; true when it did (`next` is then dropped).
    virtual bool mergeWith(const UndoCommand& next) { (void)next; return false; }
    /// True once the command can no longer be replayed (its target is gone): the stack drops it.
    virtual bool obsolete() const { return false; }
};

/// A linear undo history without Qt: push() runs a command and drops everything that was undone;
/// undo()/redo()/setIndex() move through it. It remembers the position that was saved ("clean"), so the
/// document knows whether it has unsaved edits. Not thread-safe: one per document, its owner's thread.
class UndoStack
{
public:
    /// Runs `command` (redo()) and records it after the current position (merged with the previous command
    /// when that one accepts it and the saved state does not lie between them).
    void push(std::unique_ptr<UndoCommand> command);
    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index < m_commands.size(); }
    /// Undoes the last done command; false when there is none.
    bool undo();
    /// Redoes the next undone command; false when there is none.
    bool redo();
    /// Undoes or redoes until `index` commands are done (clamped to 0..count()).
    void setIndex(std::size_t index);
    /// Commands done (the position in the history) and recorded.
    std::size_t index() const { return m_index; }
    std::size_t count() const { return m_commands.size(); }
    /// The text of command `i` (0 = oldest).
    std::string text(std::size_t i) const { return m_commands.at(i)->text(); }
    /// The text of the command undo() would undo ("" when none).
    std::string undoText() const { return canUndo() ? text(m_index - 1) : std::string(); }
    /// Forgets every command; the empty history is the saved state.
    void clear();

    /// Position `index` is the saved state (a save that started there finished), unless the history
    /// before it changed since `revision` (then no position is: the map counts as unsaved).
    void setClean(std::size_t index, std::uint64_t revision);
    /// Changes whenever a recorded command is dropped, replaced or merged into.
    std::uint64_t revision() const { return m_revision; }
    /// No position is the saved state (a recovered or reprojected map not saved yet).
    void resetClean();
    bool isClean() const { return m_clean == m_index; }

    /// Called after every change of index(), count() or the clean state.
    void setListener(std::function<void()> listener) { m_listener = std::move(listener); }

private:
    void dropObsolete(std::size_t at);
    void changed() const;

    std::vector<std::unique_ptr<UndoCommand>> m_commands;
    std::size_t m_index = 0;
    std::optional<std::size_t> m_clean = 0;
    std::uint64_t m_revision = 0;
    std::function<void()> m_listener;
};

} // namespace polis
