#include "core/io/atomic_file.h"

#include "core/io/file_placement.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace waveplan {

namespace fs = std::filesystem;

namespace {

Error fileError(const fs::path &path, const std::string &what)
{
    return Error{what, path.string(), 0, 0};
}

bool writeAll(int fd, std::string_view bytes)
{
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        bytes.remove_prefix(static_cast<size_t>(n));
    }
    return true;
}

} // namespace

Status writeFileAtomically(const fs::path &path, std::string_view bytes, bool overwrite)
{
    const Result<fs::path> target = saveTarget(path);
    if (!target)
        return target.errors();
    std::error_code ec;
    if (!overwrite && fs::exists(fs::symlink_status(target.value(), ec)))
        return fileError(path, kFileExistsMessage);
    const Result<fs::path> temp = temporaryBeside(target.value(), path);
    if (!temp)
        return temp.errors();

    const int fd = ::open(temp.value().c_str(), O_WRONLY | O_CLOEXEC);
    const bool written = fd >= 0 && writeAll(fd, bytes) && ::fsync(fd) == 0;
    const int savedErrno = errno;
    if (fd >= 0)
        ::close(fd);
    if (!written) {
        ::unlink(temp.value().c_str());
        if (savedErrno == ENOSPC)
            return fileError(path, "cannot write: the disk is full");
        return fileError(path, std::string("cannot write the file: ") + std::strerror(savedErrno));
    }
    return moveIntoPlace(temp.value(), target.value(), Placement{overwrite, false}, path);
}

Result<std::string> readWholeFile(const fs::path &path)
{
    std::error_code ec;
    if (!fs::exists(path, ec))
        return fileError(path, "the file does not exist");
    if (fs::is_directory(path, ec))
        return fileError(path, "this is a folder, not a file");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return fileError(path, "the file cannot be read (check its permissions)");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad())
        return fileError(path, "the file could not be read to the end");
    return buffer.str();
}

} // namespace waveplan
