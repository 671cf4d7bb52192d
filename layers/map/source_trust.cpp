#include "source_trust.hpp"

#include "project.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <regex>

namespace polis {
namespace {

namespace fs = std::filesystem;

bool startsWith(const std::string& s, const char* prefix)
{
    return s.rfind(prefix, 0) == 0;
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

/// The host of a PostgreSQL connection string ("" = the local socket).
std::string pgHost(const std::string& connection)
{
    static const std::regex host(R"((?:^|\s)(?:host|hostaddr|service)\s*=\s*'?([^'\s]*))", std::regex::icase);
    std::smatch m;
    return std::regex_search(connection, m, host) ? m[1].str() : std::string();
}

} // namespace

std::string untrustedSource(const std::string& projectPath, const std::string& source, const SourceTrust& trust)
{
    if (source.empty())
        return {}; // a table of the project file itself
    const std::string s = lower(source);
    const std::string quoted = "\"" + source + "\"";
    if (startsWith(s, "pg:")) {
        const std::string host = pgHost(source.substr(3));
        const bool local = host.empty() || host == "localhost" || host == "127.0.0.1" || host == "::1" ||
                           host.front() == '/';
        if (!local && !trust.remote)
            return quoted + " connects to the database server " + host;
        if (local && !trust.outside && !trust.remote)
            return quoted + " connects to a database outside the project's folder";
        return {};
    }
    // Network file systems, URLs and every other GDAL connection prefix (WFS:, MySQL:, ...).
    static const std::regex remote(R"(/vsi(curl|s3|gs|az|adls|oss|swift|webhdfs|hdfs)|^[a-z][a-z0-9+.-]*://|^[a-z]{2,}:)");
    if (std::regex_search(s, remote))
        return trust.remote ? std::string() : quoted + " reaches the network";
    if (trust.outside)
        return {};
    std::string path = source;
    for (const char* archive : {"/vsizip/", "/vsitar/", "/vsigzip/", "/vsi7z/", "/vsirar/"}) {
        if (startsWith(s, archive)) {
            path = source.substr(std::char_traits<char>::length(archive));
            break;
        }
    }
    if (startsWith(lower(path), "/vsi"))
        return quoted + " is not a file in the project's folder";
    std::error_code ec;
    const fs::path folder = fs::weakly_canonical(fs::absolute(fs::u8path(projectPath)).parent_path(), ec);
    const fs::path target = fs::weakly_canonical(fs::u8path(Project::resolveSource(projectPath, path)), ec);
    const fs::path relative = target.lexically_relative(folder);
    if (ec || relative.empty() || *relative.begin() == "..")
        return quoted + " is outside the project's folder";
    return {};
}

std::string withoutPassword(const std::string& source)
{
    static const std::regex pgPassword(R"((^|\s)password\s*=\s*('([^'\\]|\\.)*'|\S*))", std::regex::icase);
    static const std::regex urlPassword(R"(([a-zA-Z][a-zA-Z0-9+.-]*://[^/:@\s]*):[^/@\s]*@)");
    std::string out = std::regex_replace(source, urlPassword, "$1@");
    if (startsWith(lower(out), "pg:"))
        out = std::regex_replace(out, pgPassword, "");
    return out;
}

} // namespace polis
