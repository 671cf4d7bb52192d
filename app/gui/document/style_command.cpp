#include "document/style_command.hpp"

#include "document/map_document.hpp"

#include <QCoreApplication>

namespace polis {

StyleCommand::StyleCommand(MapDocument* document, std::shared_ptr<const FeatureStore> layer, Style before,
                           Style after, const QString& layerName)
    : QUndoCommand(QCoreApplication::translate("StyleCommand", "Change the style of %1").arg(layerName)),
      m_document(document), m_layer(std::move(layer)), m_before(std::move(before)), m_after(std::move(after))
{
}

void StyleCommand::undo()
{
    if (const auto store = m_layer.lock())
        m_document->applyStyle(*store, m_before);
}

void StyleCommand::redo()
{
    if (const auto store = m_layer.lock())
        m_document->applyStyle(*store, m_after);
}

} // namespace polis
