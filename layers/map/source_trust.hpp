#pragma once
#include <string>

namespace polis {

/// Where a project's layer sources may reach. A project is a file planners receive by e-mail: its sources
/// could make network requests (/vsicurl/, http, a PostgreSQL server on another host, to which libpq would
/// send a matching ~/.pgpass password) or read anywhere on the disk. Opening them needs the user's consent:
/// `polis --allow-remote` / `--allow-outside`, or the window's question. Default: neither.
struct SourceTrust
{
    bool remote = false;  ///< network and other hosts' databases
    bool outside = false; ///< files outside the project file's folder
};

/// Why the layer source `source` of the project at `projectPath` (as stored, relative or not) may not be
/// opened under `trust`: "" when it may (an embedded table, a file in the project's folder or below, a
/// local PostgreSQL server with `trust.outside`), else a sentence naming the source and what it reaches.
/// Symbolic links are followed; nothing is opened. Thread-safe.
std::string untrustedSource(const std::string& projectPath, const std::string& source, const SourceTrust& trust);

/// `source` without any password: `password=...` of a PostgreSQL connection string and the `user:password@`
/// of a URL are removed. Projects store sources only through this (libpq finds passwords in ~/.pgpass).
std::string withoutPassword(const std::string& source);

} // namespace polis
