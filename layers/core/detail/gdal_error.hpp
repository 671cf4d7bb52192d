#pragma once
#include <cpl_error.h>
#include <string>

namespace polis::detail {

/// Captures GDAL/OGR error messages raised on this thread while it lives (RAII around
/// CPLPushErrorHandlerEx / CPLPopErrorHandler) so they can be put into a typed exception
/// instead of being printed to stderr.
class GdalErrorCapture
{
public:
    GdalErrorCapture();
    ~GdalErrorCapture();
    GdalErrorCapture(const GdalErrorCapture&) = delete;
    GdalErrorCapture& operator=(const GdalErrorCapture&) = delete;

    /// The last error (CE_Failure or worse) message, or empty.
    const std::string& lastError() const { return m_error; }
    /// Warnings, newline-separated.
    const std::string& warnings() const { return m_warnings; }

private:
    static void CPL_STDCALL handler(CPLErr level, CPLErrorNum num, const char* message);
    std::string m_error;
    std::string m_warnings;
};

/// Makes sure GDAL drivers are registered (thread-safe, idempotent).
void ensureGdalRegistered();

} // namespace polis::detail
