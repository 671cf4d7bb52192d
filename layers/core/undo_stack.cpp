#include "undo_stack.hpp"

namespace polis {

void UndoStack::push(std::unique_ptr<UndoCommand> command)
{
    command->redo();
    if (command->obsolete())
        return; // it failed at once: nothing happened to record
    if (m_clean && *m_clean > m_index)
        m_clean.reset(); // the saved state was undone and is now out of reach
    if (m_commands.size() > m_index)
        ++m_revision; // undone commands dropped
    m_commands.resize(m_index);
    const bool merged = m_index > 0 && m_clean != m_index && m_commands.back()->mergeWith(*command);
    if (merged)
        ++m_revision;
    else {
        m_commands.push_back(std::move(command));
        m_index = m_commands.size();
    }
    changed();
}

bool UndoStack::undo()
{
    if (!canUndo())
        return false;
    m_commands[--m_index]->undo();
    dropObsolete(m_index);
    changed();
    return true;
}

bool UndoStack::redo()
{
    if (!canRedo())
        return false;
    m_commands[m_index++]->redo();
    if (m_commands[m_index - 1]->obsolete())
        dropObsolete(--m_index);
    changed();
    return true;
}

void UndoStack::setIndex(std::size_t index)
{
    index = std::min(index, m_commands.size());
    while (m_index > index && undo()) {
    }
    while (m_index < index && redo()) {
    }
}

void UndoStack::dropObsolete(std::size_t at)
{
    if (at >= m_commands.size() || !m_commands[at]->obsolete())
        return;
    m_commands.erase(m_commands.begin() + std::ptrdiff_t(at));
    ++m_revision;
    if (m_clean && *m_clean > at)
        --*m_clean;
}

void UndoStack::clear()
{
    m_commands.clear();
    m_index = 0;
    m_clean = 0;
    ++m_revision;
    changed();
}

void UndoStack::setClean(std::size_t index, std::uint64_t revision)
{
    if (revision == m_revision && index <= m_commands.size())
        m_clean = index;
    else
        m_clean.reset();
    changed();
}

void UndoStack::resetClean()
{
    m_clean.reset();
    changed();
}

void UndoStack::changed() const
{
    if (m_listener)
        m_listener();
}

} // namespace polis
