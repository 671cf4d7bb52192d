#pragma once
#include <string>

namespace polis::detail {

/// nullptr when `path` is a regular file, a folder or missing (the caller reports missing files), else what it is
/// ("a FIFO (named pipe)", "a device", "a socket": English phrases marked for translation in "polis::Error", to
/// give as `Error::part`). Opening a FIFO blocks until someone writes into it, and a
/// device may never end: datasets and images are read only from regular files (and folders of them).
/// Symbolic links are followed. Thread-safe.
const char* specialFileKind(const std::string& path);

} // namespace polis::detail
