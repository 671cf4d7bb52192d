#include "project_schema.hpp"

#include "../../core/error.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cctype>
#include <set>

namespace polis::detail {
namespace {

struct Token
{
    std::string text; ///< lower case; identifiers unquoted
    bool word = false; ///< identifier or keyword (quoted or bare)
    bool number = false;
    bool quoted = false; ///< "x", `x` or [x]
};

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

/// SQLite's tokens, without comments and with string literals emptied (their text cannot act).
std::vector<Token> tokenize(const std::string& sql)
{
    std::vector<Token> tokens;
    std::size_t i = 0;
    const std::size_t n = sql.size();
    auto quoted = [&](char close) {
        std::string text;
        for (++i; i < n; ++i) {
            if (sql[i] == close) {
                if (close != ']' && i + 1 < n && sql[i + 1] == close) {
                    text += close;
                    ++i;
                    continue;
                }
                ++i;
                break;
            }
            text += sql[i];
        }
        return text;
    };
    while (i < n) {
        const unsigned char c = static_cast<unsigned char>(sql[i]);
        if (std::isspace(c)) {
            ++i;
        } else if (sql.compare(i, 2, "--") == 0) {
            i = std::min(sql.find('\n', i), n);
        } else if (sql.compare(i, 2, "/*") == 0) {
            const std::size_t end = sql.find("*/", i + 2);
            i = end == std::string::npos ? n : end + 2;
        } else if (c == '\'') {
            quoted('\'');
            tokens.push_back({"''", false, false});
        } else if (c == '"' || c == '`' || c == '[') {
            tokens.push_back({lower(quoted(c == '[' ? ']' : char(c))), true, false, true});
        } else if (std::isalpha(c) || c == '_' || c >= 0x80) {
            const std::size_t start = i;
            while (i < n && (std::isalnum(static_cast<unsigned char>(sql[i])) || sql[i] == '_' || sql[i] == '$' ||
                             static_cast<unsigned char>(sql[i]) >= 0x80))
                ++i;
            tokens.push_back({lower(sql.substr(start, i - start)), true, false});
        } else if (std::isdigit(c) || c == '.') {
            const std::size_t start = i;
            while (i < n && (std::isalnum(static_cast<unsigned char>(sql[i])) || sql[i] == '.'))
                ++i;
            tokens.push_back({sql.substr(start, i - start), false, true});
        } else {
            tokens.push_back({std::string(1, char(c)), false, false});
            ++i;
        }
    }
    return tokens;
}

/// Words GDAL's GeoPackage schema puts before "(": keywords, the functions of its triggers and defaults.
const std::set<std::string>& allowedBeforeParen()
{
    static const std::set<std::string> words{
        "and", "or", "not", "when", "where", "in", "values", "raise", "lower", "strftime", "key", "unique",
        "check", "default", "exists", "st_minx", "st_maxx", "st_miny", "st_maxy", "st_isempty"};
    return words;
}

/// What is wrong with one object's SQL, or "".
std::string problemOf(const std::string& type, const std::string& table, const std::string& name,
                      const std::string& sql)
{
    const std::vector<Token> t = tokenize(sql);
    bool body = false; // inside a trigger's BEGIN ... END
    for (std::size_t i = 0; i < t.size(); ++i) {
        const Token& tok = t[i];
        const bool call = tok.word && i + 1 < t.size() && t[i + 1].text == "(";
        if (call) {
            // The table of CREATE TABLE t(...), CREATE INDEX i ON t(...), REFERENCES t(...); a column's
            // type with a size ("name" TEXT(80)). Nowhere else can a word before "(" be anything but a call.
            const std::string before = i > 0 ? t[i - 1].text : std::string();
            const bool schema = type == "table" || type == "index";
            const bool typeOrTable =
                schema && (before == "references" || (i <= 10 && (before == "table" || before == "exists" ||
                                                                 (type == "index" && before == "on"))) ||
                           (type == "table" && i > 0 && t[i - 1].quoted && i + 2 < t.size() && t[i + 2].number));
            const bool rtreeModule = tok.text == "rtree" && i > 0 && t[i - 1].text == "using";
            if (!typeOrTable && !rtreeModule && !allowedBeforeParen().count(tok.text))
                return "calls " + tok.text;
            if (i > 0 && t[i - 1].text == "using" && !rtreeModule)
                return "uses the virtual table module " + tok.text;
        }
        if (type != "trigger" || !tok.word)
            continue;
        if (tok.text == "begin") {
            body = true;
            continue;
        }
        if (!body || (tok.text != "into" && tok.text != "update" && tok.text != "from"))
            continue;
        std::size_t j = i + 1;
        if (tok.text == "update" && j + 1 < t.size() && t[j].text == "or") // UPDATE OR REPLACE t
            j += 2;
        if (j >= t.size())
            break;
        const std::string& written = t[j].text;
        const bool ownRtree = written.rfind("rtree_" + table + "_", 0) == 0;
        const bool featureCount = written == "gpkg_ogr_contents" &&
                                  (name == "trigger_insert_feature_count_" + table ||
                                   name == "trigger_delete_feature_count_" + table);
        if (tok.text == "from" && !(i > 0 && t[i - 1].text == "delete"))
            continue; // a read (SELECT ... FROM) cannot change anything
        if (!ownRtree && !featureCount)
            return "writes " + written;
    }
    return {};
}

} // namespace

std::vector<std::string> foreignSchemaObjects(GDALDataset& ds)
{
    std::vector<std::string> found;
    OGRLayer* rows = ds.ExecuteSQL("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL",
                                   nullptr, nullptr);
    if (!rows)
        return {"the schema cannot be read"};
    for (auto& f : *rows) {
        const std::string type = f->GetFieldAsString(0);
        const std::string name = f->GetFieldAsString(1);
        const std::string table = lower(f->GetFieldAsString(2));
        const std::string problem = problemOf(type, table, lower(name), f->GetFieldAsString(3));
        if (!problem.empty())
            found.push_back(type + " \"" + name + "\" on table " + table + ": " + problem);
    }
    ds.ReleaseResultSet(rows);
    return found;
}

void refuseForeignSchema(GDALDataset& ds, const std::string& path)
{
    const std::vector<std::string> found = foreignSchemaObjects(ds);
    if (found.empty())
        return;
    std::string list;
    for (const std::string& f : found)
        list += (list.empty() ? "" : "; ") + f;
    throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: refused: the project file holds SQL that Polis did not write and that would run when the project is saved (%2)"), {path, list});
}

} // namespace polis::detail
