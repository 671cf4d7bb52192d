#include "ogr_field_type.hpp"

namespace polis::detail {

OGRFieldType ogrFieldType(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
        return OFTInteger64;
    case FieldType::Real:
        return OFTReal;
    case FieldType::Date:
        return OFTDate;
    case FieldType::DateTime:
        return OFTDateTime;
    default:
        return OFTString;
    }
}

} // namespace polis::detail
