#pragma once
#include <memory>
#include <proj.h>

namespace polis::detail {

struct PjDeleter
{
    void operator()(PJ* pj) const { proj_destroy(pj); }
};
/// Owns a PROJ object. It must be used on the thread whose context created it.
using PjPtr = std::unique_ptr<PJ, PjDeleter>;

/// This thread's PROJ context (created on first use, destroyed when the thread ends).
PJ_CONTEXT* projContext();

} // namespace polis::detail
