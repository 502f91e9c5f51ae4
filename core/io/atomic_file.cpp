#include "core/io/atomic_file.h"

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
    const fs::path target = fs::absolute(path);
    const fs::path folder = target.parent_path();
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        return fileError(path, "cannot write: the folder " + folder.string() + " does not exist");
    if (fs::is_directory(target, ec))
        return fileError(path, "cannot write: this is a folder, not a file");
    if (!overwrite && fs::exists(target, ec))
        return fileError(path, "the file already exists (use --force to replace it)");

    std::string temp = (folder / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    const int fd = ::mkstemp(temp.data());
    if (fd < 0)
        return fileError(path, std::string("cannot write in this folder: ") + std::strerror(errno));

    const bool written = writeAll(fd, bytes) && ::fsync(fd) == 0;
    const int savedErrno = errno;
    ::close(fd);
    if (!written) {
        ::unlink(temp.c_str());
        return fileError(path, std::string("cannot write the file: ") + std::strerror(savedErrno));
    }
    // New files get the usual permissions (mkstemp creates them 0600); replaced files keep theirs.
    struct stat existing {};
    const mode_t mode = ::stat(target.c_str(), &existing) == 0 ? existing.st_mode & 07777 : [] {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        return static_cast<mode_t>(0666 & ~mask);
    }();
    ::chmod(temp.c_str(), mode);
    if (::rename(temp.c_str(), target.c_str()) != 0) {
        const int renameErrno = errno;
        ::unlink(temp.c_str());
        return fileError(path, std::string("cannot replace the file: ") + std::strerror(renameErrno));
    }
    // Make the rename itself durable.
    if (const int dirFd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY); dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return Ok{};
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
