#pragma once
#include "../map_content.hpp"
#include "../../core/undo_stack.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace polis {

class Document;

/// One change of the layer list (visibility, opacity, order, removal, groups): the layers as they were and
/// as they become (cheap: layers share their data), so undoing a removal brings the layer back with its
/// style. Undo and redo keep each layer's current data (another scenario shown since, edits), matching
/// layers by LayerId. Consecutive opacity changes of one layer merge.
class LayersCommand : public UndoCommand
{
public:
    /// `opacityOf`: the layer whose opacity this changes (to merge with the next such change), else null.
    LayersCommand(Document& document, std::vector<MapLayer> before, std::vector<MapLayer> after, std::string text,
                  LayerId opacityOf);
    void redo() override;
    void undo() override;
    std::string text() const override { return m_text; }
    bool mergeWith(const UndoCommand& next) override;

private:
    Document& m_document;
    std::vector<MapLayer> m_before, m_after;
    std::string m_text;
    LayerId m_opacityOf;
};

/// One style change of one layer, found by id (a removed layer makes it a no-op).
class StyleCommand : public UndoCommand
{
public:
    StyleCommand(Document& document, LayerId layer, Style before, Style after, std::string text);
    void redo() override;
    void undo() override;
    std::string text() const override { return m_text; }

private:
    Document& m_document;
    LayerId m_layer;
    Style m_before, m_after;
    std::string m_text;
};

/// A change of the map's background colour.
class BackgroundCommand : public UndoCommand
{
public:
    BackgroundCommand(Document& document, Color before, Color after, std::string text)
        : m_document(document), m_before(before), m_after(after), m_text(std::move(text))
    {
    }
    void redo() override;
    void undo() override;
    std::string text() const override { return m_text; }

private:
    Document& m_document;
    Color m_before, m_after;
    std::string m_text;
};

/// Scenario commands (scenario_commands.hpp) on the document's scenario list as one step: the first made
/// already, the others made by `rest` one after the other the first time it is done (so each sees what the
/// previous did: added features take the next free fid). After each redo and undo the document shows the
/// scenario the edit concerns. A polis::Error while replaying makes it obsolete.
class ScenarioEdit : public UndoCommand
{
public:
    using Maker = std::function<std::unique_ptr<UndoCommand>(std::vector<Scenario>&)>;
    ScenarioEdit(Document& document, std::unique_ptr<UndoCommand> first, std::vector<Maker> rest, std::string text,
                 std::int64_t redoShows, std::int64_t undoShows);
    void redo() override;
    void undo() override;
    std::string text() const override { return m_text; }
    bool obsolete() const override { return m_obsolete; }

private:
    template <class Step> void run(Step&& step, std::int64_t shows);

    Document& m_document;
    std::vector<std::unique_ptr<UndoCommand>> m_commands;
    std::vector<Maker> m_rest;
    std::string m_text;
    std::int64_t m_redoShows, m_undoShows;
    bool m_obsolete = false;
};

} // namespace polis
