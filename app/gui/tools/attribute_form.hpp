#pragma once
#include "layers/scenario/change_set.hpp"

#include <QVariantList>
#include <QVariantMap>

#include <vector>

namespace polis {

/// An attribute value for QML: a number, a string, or an invalid QVariant for NULL.
QVariant attributeToVariant(const AttributeValue& value);

/// The attribute form of a layer with `fields`: one entry per field, {name, label, editor: "choice" |
/// "integer" | "real" | "text", options (for "choice": [{value, label}]: the stored value and its translated
/// label), unit, value}. Planning layers (planning_layer.hpp) get the schema's choices for kind and status (new features: "other", "proposed"), cost in EUR and
/// translated labels; other layers an editor by field type, empty.
QVariantList attributeForm(const std::vector<Field>& fields);
/// The form of feature `feature` of `store`, its current values filled in.
QVariantList attributeForm(const FeatureStore& store, std::size_t feature);

/// Form values (field name -> text or number, as QML sends them) as values of the fields' types: an empty
/// or unparsable entry (numbers in C locale) is NULL; names `fields` lacks are ignored.
Attributes attributesFromForm(const std::vector<Field>& fields, const QVariantMap& values);

} // namespace polis
