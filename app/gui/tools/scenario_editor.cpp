#include "tools/scenario_editor.hpp"

#include "tools/attribute_form.hpp"
#include "document/document_binding.hpp"
#include "layers/core/error.hpp"
#include "layers/scenario/scenario_commands.hpp"

namespace polis {

ScenarioEditor::ScenarioEditor(QObject* parent) : QObject(parent) {}

void ScenarioEditor::setDocument(MapDocument* document)
{
    if (!bindDocument(this, m_document, document, &ScenarioEditor::changed))
        return;
    if (m_document)
        connect(m_document, &MapDocument::scenarioChanged, this, &ScenarioEditor::changed);
    emit documentChanged();
    emit changed();
}

bool ScenarioEditor::editable() const
{
    return m_document && m_document->engine().activeScenarioId() != 0;
}

QString ScenarioEditor::activeName() const
{
    return m_document ? m_document->activeScenario() : QString();
}

QString ScenarioEditor::activeDescription() const
{
    if (!m_document)
        return {};
    const Scenario* s = findScenario(m_document->engine().scenarios(), m_document->engine().activeScenario());
    return s ? QString::fromStdString(s->description) : QString();
}

void ScenarioEditor::setError(const QString& error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

template <class Make>
bool ScenarioEditor::edit(Make&& make, const QString& text, std::int64_t redoShows, std::int64_t undoShows)
{
    if (!m_document)
        return false;
    try {
        m_document->engine().editScenarios({make}, text.toStdString(), redoShows, undoShows);
    } catch (const Error& e) {
        setError(ScenarioEditor::tr("%1: %2").arg(text, QString::fromStdString(polis::userMessage(e))));
        return false;
    }
    setError({});
    return true;
}

bool ScenarioEditor::createScenario(const QString& name, const QString& description)
{
    if (!m_document)
        return false;
    const std::int64_t id = nextScenarioId(m_document->engine().scenarios());
    return edit(
        [&](std::vector<Scenario>& s) {
            return createScenarioCommand(s, name.trimmed().toStdString(), description.toStdString());
        },
        tr("Create scenario %1").arg(name.trimmed()), id, m_document->engine().activeScenarioId());
}

bool ScenarioEditor::duplicateScenario(const QString& name)
{
    if (!editable()) {
        setError(tr("Choose a scenario to duplicate (the baseline is the project's layers)"));
        return false;
    }
    const std::int64_t from = m_document->engine().activeScenarioId();
    const std::int64_t id = nextScenarioId(m_document->engine().scenarios());
    return edit(
        [&](std::vector<Scenario>& s) {
            return duplicateScenarioCommand(s, from, name.trimmed().toStdString());
        },
        tr("Duplicate scenario %1 as %2").arg(activeName(), name.trimmed()), id, from);
}

bool ScenarioEditor::renameScenario(const QString& name)
{
    if (!editable()) {
        setError(tr("The baseline cannot be renamed"));
        return false;
    }
    const std::int64_t id = m_document->engine().activeScenarioId();
    return edit(
        [&](std::vector<Scenario>& s) { return renameScenarioCommand(s, id, name.trimmed().toStdString()); },
        tr("Rename scenario %1 to %2").arg(activeName(), name.trimmed()), id, id);
}

bool ScenarioEditor::describeScenario(const QString& description)
{
    if (!editable()) {
        setError(tr("The baseline has no description to edit"));
        return false;
    }
    const std::int64_t id = m_document->engine().activeScenarioId();
    return edit(
        [&](std::vector<Scenario>& s) { return describeScenarioCommand(s, id, description.toStdString()); },
        tr("Describe scenario %1").arg(activeName()), id, id);
}

bool ScenarioEditor::deleteScenario()
{
    if (!editable()) {
        setError(tr("The baseline cannot be deleted"));
        return false;
    }
    const std::int64_t id = m_document->engine().activeScenarioId();
    return edit([&](std::vector<Scenario>& s) { return deleteScenarioCommand(s, id); },
                tr("Delete scenario %1").arg(activeName()), 0, id);
}

const MapLayer* ScenarioEditor::layer(const LayerId& id) const
{
    return m_document ? m_document->engine().layer(id) : nullptr;
}

QVariantList ScenarioEditor::formFields(const QString& layerId) const
{
    const MapLayer* layer = this->layer(LayerId(layerId.toStdString()));
    return layer && layer->features ? attributeForm(layer->features->fields()) : QVariantList();
}

QVariantList ScenarioEditor::selectedFormFields() const
{
    const Selected sel = selected();
    return sel.layer.isNull() ? QVariantList() : attributeForm(*layer(sel.layer)->features, sel.index);
}

ScenarioEditor::Selected ScenarioEditor::selected() const
{
    if (!m_document)
        return {};
    const std::vector<MapLayer>& layers = m_document->content()->layers;
    for (std::size_t i = layers.size(); i-- > 0;) {
        if (layers[i].features && layers[i].selection && !layers[i].selection->empty())
            return {layers[i].id, layers[i].selection->front()};
    }
    return {};
}

QString ScenarioEditor::selectedFeature() const
{
    const Selected sel = selected();
    if (sel.layer.isNull())
        return {};
    const MapLayer* layer = this->layer(sel.layer);
    return tr("%1 #%2").arg(QString::fromStdString(layer->name)).arg(layer->features->fid(sel.index));
}

bool ScenarioEditor::addFeature(const LayerId& layerId, Geometry geometry, const QVariantMap& values)
{
    const MapLayer* layer = this->layer(layerId);
    if (!editable() || !layer || !layer->features) {
        setError(tr("Choose a scenario and a vector layer to sketch into"));
        return false;
    }
    const std::int64_t id = m_document->engine().activeScenarioId();
    const std::string name = layer->name;
    Attributes attributes = attributesFromForm(layer->features->fields(), values);
    return edit(
        [&](std::vector<Scenario>& s) {
            return addFeatureCommand(s, id, name, std::move(geometry), std::move(attributes));
        },
        tr("Add feature to %1").arg(QString::fromStdString(name)), id, id);
}

bool ScenarioEditor::modifySelected(const QVariantMap& values)
{
    const Selected sel = selected();
    if (!editable() || sel.layer.isNull()) {
        setError(tr("Select a feature of a scenario to edit its attributes"));
        return false;
    }
    const MapLayer* layer = this->layer(sel.layer);
    const FeatureStore& store = *layer->features;
    Attributes changed;
    for (auto& [name, value] : attributesFromForm(store.fields(), values)) {
        if (store.attribute(sel.index, std::size_t(store.fieldIndex(name))) != value)
            changed[name] = value;
    }
    if (changed.empty())
        return true;
    const std::int64_t id = m_document->engine().activeScenarioId();
    const std::int64_t fid = store.fid(sel.index);
    const std::string name = layer->name;
    return edit(
        [&](std::vector<Scenario>& s) {
            return modifyFeatureCommand(s, id, name, fid, std::nullopt, changed);
        },
        tr("Edit attributes of feature %1 of %2").arg(fid).arg(QString::fromStdString(name)), id, id);
}

bool ScenarioEditor::deleteSelected()
{
    const Selected sel = selected();
    if (!editable() || sel.layer.isNull()) {
        setError(tr("Select a feature of a scenario to delete it"));
        return false;
    }
    const MapLayer* layer = this->layer(sel.layer);
    const std::int64_t id = m_document->engine().activeScenarioId();
    const std::int64_t fid = layer->features->fid(sel.index);
    const std::string name = layer->name;
    return edit([&](std::vector<Scenario>& s) { return deleteFeatureCommand(s, id, name, fid); },
                tr("Delete feature %1 of %2").arg(fid).arg(QString::fromStdString(name)), id, id);
}

std::optional<Geometry> ScenarioEditor::selectedGeometry() const
{
    const Selected sel = selected();
    if (sel.layer.isNull())
        return std::nullopt;
    return Geometry::fromStore(*layer(sel.layer)->features, sel.index);
}

bool ScenarioEditor::replaceSelected(std::vector<Geometry> pieces, const QString& textFormat)
{
    const Selected sel = selected();
    if (!editable() || sel.layer.isNull() || pieces.empty()) {
        setError(tr("Select a feature of a scenario to edit its geometry"));
        return false;
    }
    const MapLayer* layer = this->layer(sel.layer);
    if (!layer || !layer->features || sel.index >= layer->features->size()) { // the layer is being rebuilt
        setError(tr("Select a feature of a scenario to edit its geometry"));
        return false;
    }
    const FeatureStore& store = *layer->features;
    const std::int64_t id = m_document->engine().activeScenarioId();
    const std::int64_t fid = store.fid(sel.index);
    const std::string name = layer->name;
    const QString text = textFormat.arg(fid).arg(QString::fromStdString(name));
    Attributes attributes; // the pieces a split adds keep the feature's values
    for (std::size_t f = 0; f < store.fields().size(); ++f)
        attributes[store.fields()[f].name] = store.attribute(sel.index, f);
    std::vector<Document::ScenarioMaker> steps{[&, geometry = pieces.front()](std::vector<Scenario>& s) {
        return modifyFeatureCommand(s, id, name, fid, geometry, {});
    }};
    for (std::size_t i = 1; i < pieces.size(); ++i) // added one by one: each takes the next free fid
        steps.push_back([id, name, attributes, piece = pieces[i]](std::vector<Scenario>& s) {
            return addFeatureCommand(s, id, name, piece, attributes);
        });
    try { // the modification is checked first: a refused edit leaves no step behind
        m_document->engine().editScenarios(steps, text.toStdString(), id, id);
    } catch (const Error& e) {
        setError(tr("%1: %2").arg(text, QString::fromStdString(polis::userMessage(e))));
        return false;
    }
    setError({});
    // `layer` belonged to the snapshot the edit replaced; selecting replaces `shown`'s snapshot in turn, so
    // the features are held while they are searched and the selection is made after.
    const MapLayer* shown = this->layer(sel.layer);
    const std::shared_ptr<const FeatureStore> features = shown ? shown->features : nullptr;
    for (std::size_t i = 0; features && i < features->size(); ++i) {
        if (features->fid(i) == fid) {
            m_document->setSelection(sel.layer, {std::uint32_t(i)});
            break;
        }
    }
    return true;
}

QVariantList ScenarioEditor::featureVertices(const QString& layerId, qint64 fid) const
{
    const MapLayer* layer = this->layer(LayerId(layerId.toStdString()));
    if (!layer || !layer->features)
        return {};
    const FeatureStore& store = *layer->features;
    for (std::size_t i = 0; i < store.size(); ++i) {
        if (store.fid(i) != fid || store.firstPart(i) == store.endPart(i))
            continue;
        const RingView ring = store.ring(store.firstRing(store.firstPart(i)));
        QVariantList points;
        for (std::uint32_t k = 0; k < ring.count; ++k)
            points.append(QPointF(ring.xy[2 * k], ring.xy[2 * k + 1]));
        return points;
    }
    return {};
}

} // namespace polis
