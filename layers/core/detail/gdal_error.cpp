#include "gdal_error.hpp"

#include <cpl_conv.h>
#include <gdal.h>
#include <mutex>

namespace polis::detail {

GdalErrorCapture::GdalErrorCapture()
{
    CPLPushErrorHandlerEx(&GdalErrorCapture::handler, this);
}

GdalErrorCapture::~GdalErrorCapture()
{
    CPLPopErrorHandler();
}

void CPL_STDCALL GdalErrorCapture::handler(CPLErr level, CPLErrorNum, const char* message)
{
    auto* self = static_cast<GdalErrorCapture*>(CPLGetErrorHandlerUserData());
    if (!self || !message)
        return;
    if (level >= CE_Failure) {
        self->m_error = message;
    } else if (level == CE_Warning) {
        if (!self->m_warnings.empty())
            self->m_warnings += '\n';
        self->m_warnings += message;
    }
}

void ensureGdalRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // The LIBKML driver can crash the process on some KML files in GDAL 3.6 (DESIGN.md §5);
        // the plain KML driver reads the same files safely.
        CPLSetConfigOption("GDAL_SKIP", "LIBKML");
        GDALAllRegister();
    });
}

} // namespace polis::detail
