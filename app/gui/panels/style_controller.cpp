#include "panels/style_controller.hpp"

#include "document/document_binding.hpp"
#include "layers/core/error.hpp"
#include "layers/style/classification.hpp"
#include "layers/style/color_ramp.hpp"

namespace polis {
namespace {

constexpr int kDefaultClasses = 5;

const Style* styleOf(const MapLayer* layer)
{
    return layer && layer->features ? &layer->style : nullptr;
}

QStringList fieldNames(const MapLayer* layer, bool numericOnly)
{
    QStringList names;
    if (!layer || !layer->features)
        return names;
    for (const Field& f : layer->features->fields()) {
        if (!numericOnly || f.type == FieldType::Integer || f.type == FieldType::Real)
            names << QString::fromStdString(f.name);
    }
    return names;
}

} // namespace

StyleController::StyleController(QObject* parent) : QObject(parent) {}

void StyleController::setDocument(MapDocument* document)
{
    if (!bindDocument(this, m_document, document, &StyleController::changed))
        return;
    emit changed();
}

void StyleController::setLayerId(const QString& layerId)
{
    LayerId id(layerId.toStdString());
    if (id == m_layerId)
        return;
    m_layerId = std::move(id);
    setError({});
    emit changed();
    emit layerIdChanged();
}

const MapLayer* StyleController::layer() const
{
    return m_document ? m_document->engine().layer(m_layerId) : nullptr;
}

QString StyleController::layerName() const
{
    const MapLayer* layer = this->layer();
    return layer ? QString::fromStdString(layer->name) : QString();
}

QStringList StyleController::fields() const
{
    return fieldNames(layer(), false);
}

QStringList StyleController::numericFields() const
{
    return fieldNames(layer(), true);
}

QStringList StyleController::ramps() const
{
    QStringList names;
    for (const std::string& name : ColorRamp::names())
        names << QString::fromStdString(name);
    return names;
}

QString StyleController::mode() const
{
    const Style* style = styleOf(layer());
    if (!style)
        return {};
    switch (style->type) {
    case Style::Type::Categorized:
        return QStringLiteral("categorized");
    case Style::Type::Graduated:
        return QStringLiteral("graduated");
    default:
        return QStringLiteral("single");
    }
}

QString StyleController::field() const
{
    const Style* style = styleOf(layer());
    return style ? QString::fromStdString(style->field) : QString();
}

QString StyleController::method() const
{
    const Style* style = styleOf(layer());
    return style && !style->method.empty() ? QString::fromStdString(style->method)
                                           : QString::fromStdString(breakMethodName(BreakMethod::NaturalBreaks));
}

int StyleController::classes() const
{
    const Style* style = styleOf(layer());
    return style && style->type == Style::Type::Graduated ? int(style->ranges.size()) : kDefaultClasses;
}

QString StyleController::ramp() const
{
    const Style* style = styleOf(layer());
    return style ? QString::fromStdString(style->ramp) : QString();
}

QString StyleController::labelField() const
{
    const Style* style = styleOf(layer());
    return style ? QString::fromStdString(style->labels.field) : QString();
}

bool StyleController::apply(const QString& mode, const QString& field, const QString& method, int classes,
                            const QString& ramp, const QString& labelField)
{
    const MapLayer* layer = this->layer();
    if (!layer || !layer->features) {
        setError(tr("Only vector layers have styles."));
        return false;
    }
    Style style = layer->style;
    try {
        if (mode == QLatin1String("categorized")) {
            style = categorizedStyle(style, *layer->features, field.toStdString(),
                                     ramp.isEmpty() ? std::string("Set1") : ramp.toStdString());
        } else if (mode == QLatin1String("graduated")) {
            const auto breaks = breakMethodFromName(method.toStdString());
            if (!breaks)
                throw Error(QT_TRANSLATE_NOOP("polis::Error", "Unknown classification method %1"), {method.toStdString()});
            style = graduatedStyle(style, *layer->features, field.toStdString(), *breaks, classes,
                                   ramp.isEmpty() ? std::string("Blues") : ramp.toStdString());
        } else {
            style.type = Style::Type::Single;
            style.field.clear();
            style.categories.clear();
            style.ranges.clear();
            style.method.clear();
            style.ramp.clear();
        }
    } catch (const Error& e) {
        setError(QString::fromStdString(polis::userMessage(e)));
        return false;
    }
    style.labels.field = labelField.toStdString();
    setError({});
    m_document->setLayerStyle(layer->id, style);
    return true;
}

void StyleController::setError(const QString& error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

} // namespace polis
