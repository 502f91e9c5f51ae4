#include "core/io/file_placement.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace waveplan {

namespace fs = std::filesystem;

namespace {

Error fileError(const fs::path &path, const std::string &what)
{
    return Error{what, path.string(), 0, 0};
}

/// "cannot save: " + what.
Error fileError(const fs::path &path, std::string_view cannot, const std::string &what)
{
    return fileError(path, std::string(cannot) + ": " + what);
}

/// strerror's text in lower case, to follow a colon.
std::string systemText(int error)
{
    std::string text = std::strerror(error);
    if (!text.empty() && text.front() >= 'A' && text.front() <= 'Z')
        text.front() = static_cast<char>(text.front() - 'A' + 'a');
    return text;
}

/// ".NAME.tmp-": the start of every temporary file of saves to `target` (the name cut to keep
/// within the usual 255-byte limit).
std::string temporaryPrefix(const fs::path &target)
{
    return "." + target.filename().string().substr(0, 200) + ".tmp-";
}

/// Permissions for the saved file: a replaced file keeps its own, a new one gets the usual
/// 0666 less the umask (mkstemp creates files 0600).
mode_t permissionsFor(const fs::path &target)
{
    struct stat existing {};
    if (::stat(target.c_str(), &existing) == 0)
        return existing.st_mode & 07777;
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return static_cast<mode_t>(0666 & ~mask);
}

/// rename() that fails with EEXIST rather than replace a file at `to`.
int renameNoReplace(const fs::path &from, const fs::path &to)
{
#ifdef RENAME_NOREPLACE
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return -1;
#endif
    // A file system without renameat2's flag: a hard link cannot replace either.
    if (::link(from.c_str(), to.c_str()) != 0)
        return -1;
    ::unlink(from.c_str());
    return 0;
}

} // namespace

Result<fs::path> saveTarget(const fs::path &path, std::string_view cannot)
{
    std::error_code ec;
    fs::path target = fs::absolute(path, ec);
    if (ec)
        return fileError(path, cannot, "the path cannot be resolved: " + ec.message());
    if (target.filename().empty())
        return fileError(path, cannot, "the path names a folder, not a file");
    if (fs::is_symlink(fs::symlink_status(target, ec))) {
        const fs::path linked = fs::canonical(target, ec);
        if (ec)
            return fileError(path, cannot,
                             "this is a symbolic link to " + fs::read_symlink(target, ec).string() +
                                 ", which does not exist");
        target = linked;
    }
    if (!fs::is_directory(target.parent_path(), ec))
        return fileError(path, cannot, "the folder " + target.parent_path().string() + " does not exist");
    if (fs::is_directory(target, ec))
        return fileError(path, cannot, "there is a folder of that name");
    return target;
}

Result<fs::path> temporaryBeside(const fs::path &target, const fs::path &shownPath, std::string_view cannot)
{
    std::string name = (target.parent_path() / (temporaryPrefix(target) + "XXXXXX")).string();
    const int fd = ::mkstemp(name.data());
    if (fd < 0) {
        const int error = errno;
        return fileError(shownPath, std::string(cannot) + " in the folder " + target.parent_path().string() + ": " +
                                        systemText(error));
    }
    ::close(fd);
    return fs::path(name);
}

Status moveIntoPlace(const fs::path &temp, const fs::path &target, const Placement &placement,
                     const fs::path &shownPath)
{
    std::error_code ec;
    if (!placement.replace && fs::exists(fs::symlink_status(target, ec))) {
        ::unlink(temp.c_str());
        return fileError(shownPath, kFileExistsMessage);
    }
    ::chmod(temp.c_str(), permissionsFor(target));
    if (placement.sqliteSidecars)
        // An old journal or write-ahead log beside the new file would be replayed into it by the
        // next SQLite client that opens it, destroying it.
        for (const char *suffix : {"-journal", "-wal", "-shm"})
            fs::remove(fs::path(target.string() + suffix), ec);
    const int moved =
        placement.replace ? ::rename(temp.c_str(), target.c_str()) : renameNoReplace(temp, target);
    if (moved != 0) {
        const int error = errno;
        ::unlink(temp.c_str());
        if (error == EEXIST && !placement.replace)
            return fileError(shownPath, kFileExistsMessage);
        if (error == EISDIR || error == ENOTEMPTY || error == EEXIST)
            return fileError(shownPath, placement.cannot, "there is a folder of that name");
        return fileError(shownPath, placement.cannot, "the file could not be put in place: " + systemText(error));
    }
    // Make the rename itself durable.
    if (const int dirFd = ::open(target.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    removeStaleTemporaries(target);
    return Ok{};
}

int removeStaleTemporaries(const fs::path &target, std::chrono::minutes age)
{
    const std::string prefix = temporaryPrefix(target);
    const auto before = fs::file_time_type::clock::now() - age;
    std::error_code ec;
    int removed = 0;
    for (fs::directory_iterator it(target.parent_path(), ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        // mkstemp's six characters after the prefix, nothing else.
        if (name.size() != prefix.size() + 6 || name.compare(0, prefix.size(), prefix) != 0)
            continue;
        std::error_code entryError;
        if (!it->is_regular_file(entryError) || it->last_write_time(entryError) > before || entryError)
            continue;
        if (fs::remove(it->path(), entryError))
            ++removed;
    }
    return removed;
}

} // namespace waveplan
