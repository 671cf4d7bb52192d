#include "tools/attribute_form.hpp"

#include "layers/map/planning_layer.hpp"

#include <QCoreApplication>

namespace polis {
namespace {

/// The form's labels (context "AttributeForm").
struct FormText
{
    Q_DECLARE_TR_FUNCTIONS(AttributeForm)
};

/// The schema's values as choices: {value (stored, English as the schema defines it), label (shown, in the
/// user's language)}.
QVariantList choices(const std::vector<std::string>& values)
{
    QVariantList list;
    for (const std::string& v : values) {
        list << QVariantMap{{"value", QString::fromStdString(v)},
                            {"label", QString::fromStdString(planningLabel(v))}};
    }
    return list;
}

/// The form entry of `field`; planning layers get the schema's editors and labels.
QVariantMap formField(const Field& field, bool planning)
{
    const QString name = QString::fromStdString(field.name);
    QVariantMap entry{{"name", name},
                      {"label", name},
                      {"unit", QString()},
                      {"options", QVariantList()},
                      {"value", QVariant()}};
    entry["editor"] = field.type == FieldType::Integer ? "integer"
                      : field.type == FieldType::Real  ? "real"
                                                       : "text";
    if (!planning)
        return entry;
    if (field.name == "kind") {
        entry["label"] = FormText::tr("Kind");
        entry["editor"] = "choice";
        entry["options"] = choices(planningKinds());
        entry["value"] = QStringLiteral("other");
    } else if (field.name == "status") {
        entry["label"] = FormText::tr("Status");
        entry["editor"] = "choice";
        entry["options"] = choices(planningStatuses());
        entry["value"] = QStringLiteral("proposed");
    } else if (field.name == "name") {
        entry["label"] = FormText::tr("Name");
    } else if (field.name == "phase") {
        entry["label"] = FormText::tr("Phase or year");
    } else if (field.name == "cost_eur") {
        entry["label"] = FormText::tr("Estimated cost");
        entry["unit"] = FormText::tr("EUR");
    } else if (field.name == "department") {
        entry["label"] = FormText::tr("Department");
    } else if (field.name == "notes") {
        entry["label"] = FormText::tr("Notes");
    }
    return entry;
}

} // namespace

QVariant attributeToVariant(const AttributeValue& value)
{
    if (const auto* i = std::get_if<std::int64_t>(&value))
        return qlonglong(*i);
    if (const auto* d = std::get_if<double>(&value))
        return *d;
    if (const auto* s = std::get_if<std::string>(&value))
        return QString::fromStdString(*s);
    return {};
}

QVariantList attributeForm(const std::vector<Field>& fields)
{
    const bool planning = isPlanningLayer(fields);
    QVariantList form;
    for (const Field& field : fields)
        form.append(formField(field, planning));
    return form;
}

QVariantList attributeForm(const FeatureStore& store, std::size_t feature)
{
    QVariantList form = attributeForm(store.fields());
    for (qsizetype f = 0; f < form.size(); ++f) {
        QVariantMap entry = form[f].toMap();
        entry["value"] = attributeToVariant(store.attribute(feature, std::size_t(f)));
        form[f] = entry;
    }
    return form;
}

Attributes attributesFromForm(const std::vector<Field>& fields, const QVariantMap& values)
{
    Attributes attributes;
    for (const Field& field : fields) {
        const QString text = values.value(QString::fromStdString(field.name)).toString().trimmed();
        AttributeValue converted;
        bool ok = !text.isEmpty();
        if (ok && field.type == FieldType::Integer)
            converted = std::int64_t(text.toLongLong(&ok));
        else if (ok && field.type == FieldType::Real)
            converted = text.toDouble(&ok);
        else if (ok)
            converted = text.toStdString();
        attributes[field.name] = ok ? converted : AttributeValue();
    }
    return attributes;
}

} // namespace polis
