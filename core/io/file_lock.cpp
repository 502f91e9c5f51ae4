#include "core/io/file_lock.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <utility>

namespace waveplan {

namespace {

/// True when `fd` is still the file at `path` (not removed or replaced since it was opened).
bool stillAt(int fd, const std::filesystem::path &path)
{
    struct stat opened {};
    struct stat named {};
    return ::fstat(fd, &opened) == 0 && ::stat(path.c_str(), &named) == 0 && opened.st_dev == named.st_dev &&
           opened.st_ino == named.st_ino;
}

} // namespace

std::optional<FileLock> FileLock::tryLock(const std::filesystem::path &lockFile, std::string_view holder)
{
    // A holder removes the file as it releases; a taker that opened it just before must not
    // keep a lock on a file no longer at the path, so it tries again on the new one.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int fd = ::open(lockFile.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd < 0)
            return std::nullopt;
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            ::close(fd);
            return std::nullopt;
        }
        if (!stillAt(fd, lockFile)) {
            ::close(fd);
            continue;
        }
        if (::ftruncate(fd, 0) == 0) {
            const std::string line = std::string(holder) + "\n";
            [[maybe_unused]] const ssize_t written = ::pwrite(fd, line.data(), line.size(), 0);
        }
        return FileLock(fd, lockFile);
    }
    return std::nullopt;
}

std::optional<std::string> FileLock::holderOf(const std::filesystem::path &lockFile)
{
    const int fd = ::open(lockFile.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return std::nullopt; // no file, no holder
    std::optional<std::string> holder;
    if (::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK) {
        std::array<char, 512> buffer{};
        const ssize_t n = ::pread(fd, buffer.data(), buffer.size(), 0);
        std::string text(buffer.data(), n > 0 ? static_cast<std::size_t>(n) : 0);
        if (const std::size_t end = text.find('\n'); end != std::string::npos)
            text.resize(end);
        holder = std::move(text);
    }
    ::close(fd); // also drops the shared lock taken when nobody held it
    return holder;
}

FileLock::FileLock(FileLock &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_path(std::move(other.m_path))
{
}

FileLock &FileLock::operator=(FileLock &&other) noexcept
{
    if (this != &other) {
        release();
        m_fd = std::exchange(other.m_fd, -1);
        m_path = std::move(other.m_path);
    }
    return *this;
}

FileLock::~FileLock() { release(); }

void FileLock::release()
{
    if (m_fd < 0)
        return;
    // Removed while still held, so no one can take the lock on a file about to vanish.
    if (stillAt(m_fd, m_path))
        ::unlink(m_path.c_str());
    ::close(m_fd);
    m_fd = -1;
}

std::string thisProcessAsHolder()
{
    std::array<char, 256> host{};
    if (::gethostname(host.data(), host.size() - 1) != 0)
        host[0] = '\0';
    std::string text = "process " + std::to_string(::getpid());
    if (host[0] != '\0')
        text += std::string(" on ") + host.data();
    return text;
}

} // namespace waveplan
