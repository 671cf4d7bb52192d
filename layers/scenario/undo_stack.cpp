#include "undo_stack.hpp"

namespace polis {

void UndoStack::push(std::unique_ptr<UndoCommand> command)
{
    command->redo();
    m_commands.resize(m_index);
    m_commands.push_back(std::move(command));
    m_index = m_commands.size();
}

bool UndoStack::undo()
{
    if (!canUndo())
        return false;
    m_commands[--m_index]->undo();
    return true;
}

bool UndoStack::redo()
{
    if (!canRedo())
        return false;
    m_commands[m_index++]->redo();
    return true;
}

void UndoStack::clear()
{
    m_commands.clear();
    m_index = 0;
}

} // namespace polis
