#include "app/cli/render_hook.h"

namespace waveplan::cli {

namespace {

RenderHooks &hooks()
{
    static RenderHooks installed;
    return installed;
}

} // namespace

void setRenderHooks(RenderHooks h)
{
    hooks() = std::move(h);
}

const RenderHooks &renderHooks()
{
    return hooks();
}

} // namespace waveplan::cli
