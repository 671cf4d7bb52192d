#include "crs_catalogue.hpp"

#include "detail/proj_handles.hpp"
#include "error.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <sstream>

namespace polis {
namespace {

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

std::vector<CrsInfo> readCatalogue()
{
    PJ_CONTEXT* ctx = detail::projContext();
    PROJ_CRS_LIST_PARAMETERS* params = proj_get_crs_list_parameters_create();
    const PJ_TYPE types[] = {PJ_TYPE_PROJECTED_CRS, PJ_TYPE_GEOGRAPHIC_2D_CRS};
    params->types = types;
    params->typesCount = 2;
    params->allow_deprecated = 0;
    int count = 0;
    PROJ_CRS_INFO** list = proj_get_crs_info_list_from_database(ctx, "EPSG", params, &count);
    proj_get_crs_list_parameters_destroy(params);
    if (!list)
        throw CrsError(
            QT_TRANSLATE_NOOP("polis::Error", "Cannot read the list of coordinate reference systems from PROJ's database: %1"),
            {proj_context_errno_string(ctx, proj_context_errno(ctx))});
    std::vector<CrsInfo> catalogue;
    catalogue.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        const PROJ_CRS_INFO& info = *list[i];
        if (info.celestial_body_name && std::string(info.celestial_body_name) != "Earth")
            continue;
        CrsInfo entry;
        const std::string code = info.code ? info.code : "";
        if (std::from_chars(code.data(), code.data() + code.size(), entry.code).ec != std::errc())
            continue;
        entry.name = info.name ? info.name : "";
        entry.area = info.area_name ? info.area_name : "";
        entry.geographic = info.type == PJ_TYPE_GEOGRAPHIC_2D_CRS;
        catalogue.push_back(std::move(entry));
    }
    proj_crs_info_list_destroy(list);
    std::sort(catalogue.begin(), catalogue.end(),
              [](const CrsInfo& a, const CrsInfo& b) { return a.code < b.code; });
    return catalogue;
}

/// Lower-case names, computed once beside the catalogue for searching.
struct SearchIndex
{
    std::vector<std::string> names; ///< "epsg:CODE NAME", lower case
};

const SearchIndex& searchIndex()
{
    static const SearchIndex index = [] {
        SearchIndex built;
        for (const CrsInfo& entry : crsCatalogue())
            built.names.push_back("epsg:" + std::to_string(entry.code) + ' ' + lower(entry.name));
        return built;
    }();
    return index;
}

} // namespace

const std::vector<CrsInfo>& crsCatalogue()
{
    static const std::vector<CrsInfo> catalogue = readCatalogue();
    return catalogue;
}

std::vector<std::size_t> searchCrs(const std::string& text, std::size_t limit)
{
    const std::vector<CrsInfo>& catalogue = crsCatalogue();
    const SearchIndex& index = searchIndex();
    std::vector<std::string> words;
    std::istringstream split(lower(text));
    for (std::string word; split >> word;)
        words.push_back(word);
    const bool number = words.size() == 1 && std::all_of(words[0].begin(), words[0].end(),
                                                         [](unsigned char c) { return std::isdigit(c); });

    std::vector<std::size_t> found;
    for (std::size_t i = 0; i < catalogue.size() && found.size() < limit; ++i) {
        const bool match = number ? std::to_string(catalogue[i].code).rfind(words[0], 0) == 0
                                  : std::all_of(words.begin(), words.end(), [&](const std::string& w) {
                                        return index.names[i].find(w) != std::string::npos;
                                    });
        if (match)
            found.push_back(i);
    }
    return found;
}

} // namespace polis
