#include "database_location.hpp"

#include "../core/error.hpp"

#include <libpq-fe.h>

#include <cctype>
#include <memory>

namespace polis {
namespace {

bool startsWith(const std::string& s, const char* prefix)
{
    return s.rfind(prefix, 0) == 0;
}

/// A libpq connection-string value in single quotes, with \ and ' escaped.
std::string quoted(const std::string& value)
{
    std::string out = "'";
    for (const char c : value) {
        if (c == '\\' || c == '\'')
            out += '\\';
        out += c;
    }
    return out + "'";
}

bool plainName(const std::string& name)
{
    if (name.empty() || std::isdigit(static_cast<unsigned char>(name.front())))
        return false;
    for (const char c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_')
            return false;
    }
    return true;
}

/// Removes the `schema` query parameter from `uri`; returns its (percent-decoded) value or "".
std::string takeSchema(std::string& uri)
{
    const auto query = uri.find('?');
    if (query == std::string::npos)
        return {};
    std::string kept;
    std::string schema;
    std::size_t start = query + 1;
    while (start <= uri.size()) {
        std::size_t end = uri.find('&', start);
        if (end == std::string::npos)
            end = uri.size();
        const std::string parameter = uri.substr(start, end - start);
        if (startsWith(parameter, "schema="))
            schema = parameter.substr(7);
        else if (!parameter.empty())
            kept += (kept.empty() ? "" : "&") + parameter;
        start = end + 1;
    }
    uri = uri.substr(0, query) + (kept.empty() ? "" : "?" + kept);
    return schema;
}

} // namespace

bool DatabaseLocation::isDatabase(const std::string& location)
{
    return startsWith(location, "postgresql://") || startsWith(location, "postgres://");
}

DatabaseLocation DatabaseLocation::parse(const std::string& location)
{
    std::string uri = location;
    DatabaseLocation result;
    result.schema = takeSchema(uri);
    if (result.schema.empty())
        result.schema = "public";
    if (!plainName(result.schema))
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: the schema \"%2\" is not a plain name (letters, digits and _, not starting with a digit)"), {location, result.schema});
    char* error = nullptr;
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(PQconninfoParse(uri.c_str(), &error),
                                                                          &PQconninfoFree);
    if (!options) {
        const std::string why = error ? error : "not a PostgreSQL URI";
        PQfreemem(error);
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: %2"), {location, why.substr(0, why.find_last_not_of("\n") + 1)});
    }
    for (const PQconninfoOption* o = options.get(); o->keyword; ++o) {
        if (!o->val || !*o->val)
            continue;
        if (std::string(o->keyword) == "password")
            throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: a password in the location would be stored with it; put it in ~/.pgpass or a service file instead"), {location});
        result.conninfo += (result.conninfo.empty() ? "" : " ") + std::string(o->keyword) + '=' + quoted(o->val);
    }
    return result;
}

std::string DatabaseLocation::gdalName() const
{
    return "PG:" + conninfo;
}

std::vector<std::string> DatabaseLocation::gdalOpenOptions() const
{
    return {"ACTIVE_SCHEMA=" + schema, "SCHEMAS=" + schema, "LIST_ALL_TABLES=YES"};
}

} // namespace polis
