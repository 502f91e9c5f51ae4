#include "app/cli/output_path.h"

namespace waveplan::cli {

namespace fs = std::filesystem;

Status checkOutputPath(const fs::path &path, bool force)
{
    std::error_code ec;
    const fs::path folder = fs::absolute(path, ec).parent_path();
    if (!fs::is_directory(folder, ec))
        return Error{"cannot write here: the folder " + folder.string() + " does not exist", path.string(), 0, 0};
    if (fs::is_directory(path, ec))
        return Error{"cannot write here: this is a folder, not a file", path.string(), 0, 0};
    if (!force && fs::exists(path, ec))
        return Error{"the file already exists; add --force to replace it", path.string(), 0, 0};
    return Ok{};
}

} // namespace waveplan::cli
