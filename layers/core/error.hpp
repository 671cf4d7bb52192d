#pragma once
#include <stdexcept>
#include <string>

namespace polis {

/// Base of every error the engine raises. `what()` is a complete, user-readable sentence that names the
/// file, the layer and the problem where they are known. Raised at the GDAL/GEOS/PROJ boundary only.
class Error : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// Reading or writing a dataset or project failed (missing file, unknown format, broken content).
class IoError : public Error
{
public:
    using Error::Error;
};

/// A coordinate reference system could not be parsed, or a transformation could not be built.
class CrsError : public Error
{
public:
    using Error::Error;
};

/// A geometry could not be converted or processed (GEOS failure, malformed coordinates).
class GeometryError : public Error
{
public:
    using Error::Error;
};

} // namespace polis
