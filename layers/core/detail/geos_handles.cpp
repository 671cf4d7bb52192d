#include "geos_handles.hpp"

#include <cstdarg>
#include <cstdio>
#include <string>

namespace polis::detail {
namespace {

thread_local std::string t_lastError;

void geosMessage(const char* message, void*)
{
    t_lastError = message ? message : "";
}

struct Context
{
    GEOSContextHandle_t handle = GEOS_init_r();
    Context()
    {
        GEOSContext_setErrorMessageHandler_r(handle, &geosMessage, nullptr);
        GEOSContext_setNoticeMessageHandler_r(handle, [](const char*, void*) {}, nullptr);
    }
    ~Context() { GEOS_finish_r(handle); }
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;
};

} // namespace

GEOSContextHandle_t geosContext()
{
    thread_local Context context;
    return context.handle;
}

const char* lastGeosError()
{
    return t_lastError.c_str();
}

} // namespace polis::detail
