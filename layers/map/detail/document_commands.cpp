#include "document_commands.hpp"

#include "../document.hpp"
#include "../../core/error.hpp"

#include <cstdio>

namespace polis {

LayersCommand::LayersCommand(Document& document, std::vector<MapLayer> before, std::vector<MapLayer> after,
                             std::string text, LayerId opacityOf)
    : m_document(document), m_before(std::move(before)), m_after(std::move(after)), m_text(std::move(text)),
      m_opacityOf(std::move(opacityOf))
{
}

void LayersCommand::redo()
{
    m_document.applyLayers(m_after);
}

void LayersCommand::undo()
{
    m_document.applyLayers(m_before);
}

bool LayersCommand::mergeWith(const UndoCommand& next)
{
    const auto* other = dynamic_cast<const LayersCommand*>(&next);
    if (!other || m_opacityOf.isNull() || other->m_opacityOf != m_opacityOf)
        return false;
    m_after = other->m_after;
    return true;
}

StyleCommand::StyleCommand(Document& document, LayerId layer, Style before, Style after, std::string text)
    : m_document(document), m_layer(std::move(layer)), m_before(std::move(before)), m_after(std::move(after)),
      m_text(std::move(text))
{
}

void StyleCommand::redo()
{
    m_document.applyStyle(m_layer, m_after);
}

void StyleCommand::undo()
{
    m_document.applyStyle(m_layer, m_before);
}

void BackgroundCommand::redo()
{
    m_document.applyBackground(m_after);
}

void BackgroundCommand::undo()
{
    m_document.applyBackground(m_before);
}

ScenarioEdit::ScenarioEdit(Document& document, std::unique_ptr<UndoCommand> first, std::vector<Maker> rest,
                           std::string text, std::int64_t redoShows, std::int64_t undoShows)
    : m_document(document), m_rest(std::move(rest)), m_text(std::move(text)), m_redoShows(redoShows),
      m_undoShows(undoShows)
{
    m_commands.push_back(std::move(first));
}

template <class Step> void ScenarioEdit::run(Step&& step, std::int64_t shows)
{
    try {
        step();
    } catch (const Error& e) {
        std::fprintf(stderr, "Cannot replay %s: %s\n", m_text.c_str(), e.what());
        m_obsolete = true;
    }
    m_document.showId(shows);
}

void ScenarioEdit::redo()
{
    run(
        [this] {
            for (auto& command : m_commands)
                command->redo();
            for (const Maker& make : m_rest) { // the first time only
                m_commands.push_back(make(m_document.m_scenarios));
                m_commands.back()->redo();
            }
            m_rest.clear();
        },
        m_redoShows);
}

void ScenarioEdit::undo()
{
    run(
        [this] {
            for (auto it = m_commands.rbegin(); it != m_commands.rend(); ++it)
                (*it)->undo();
        },
        m_undoShows);
}

} // namespace polis
