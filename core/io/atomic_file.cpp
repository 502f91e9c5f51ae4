#include "core/io/atomic_file.h"

#include "core/io/file_placement.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
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
    // Non-blocking, so opening a pipe nobody writes to returns at once (and is refused below).
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT)
            return fileError(path, "the file does not exist");
        if (error == EACCES)
            return fileError(path, "the file cannot be read (check its permissions)");
        return fileError(path, std::string("the file cannot be opened: ") + std::strerror(error));
    }
    struct stat info {};
    const bool statted = ::fstat(fd, &info) == 0;
    std::string bytes;
    std::string problem;
    if (!statted) {
        problem = std::string("the file cannot be read: ") + std::strerror(errno);
    } else if (S_ISDIR(info.st_mode)) {
        problem = "this is a folder, not a file";
    } else if (!S_ISREG(info.st_mode)) {
        problem = "this is not a regular file (a device, a pipe or a socket), so it holds no plan";
    } else if (info.st_size > kMaxInputFileBytes) {
        problem = "the file is " + std::to_string(info.st_size >> 20) + " MB; Waveplan reads files of up to " +
                  std::to_string(kMaxInputFileBytes >> 20) + " MB";
    } else {
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
        bytes.resize(static_cast<std::size_t>(info.st_size));
        std::size_t done = 0;
        while (problem.empty()) {
            if (done == bytes.size()) // a file that grew since: read on, within the limit
                bytes.resize(std::min<std::size_t>(bytes.size() * 2 + 4096, static_cast<std::size_t>(kMaxInputFileBytes) + 1));
            const ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0)
                problem = std::string("the file could not be read to the end: ") + std::strerror(errno);
            else if (n == 0)
                break;
            else
                done += static_cast<std::size_t>(n);
            if (done > static_cast<std::size_t>(kMaxInputFileBytes))
                problem = "the file is larger than " + std::to_string(kMaxInputFileBytes >> 20) +
                          " MB; Waveplan reads files of up to that size";
        }
        bytes.resize(done);
    }
    ::close(fd);
    if (!problem.empty())
        return fileError(path, problem);
    return bytes;
}

} // namespace waveplan
