/// @file save_faults.cpp
/// A preloaded library (LD_PRELOAD) that makes one system call of a save fail, so tests can
/// check that a save failing at any step leaves the file it would replace byte-identical.
///
/// Only calls on files in the folder WAVEPLAN_FAULT_DIR count (a write to stderr or to the log
/// does not). Of those, the WAVEPLAN_FAULT_AT-th (1-based) call of the kind WAVEPLAN_FAULT_CALL
/// fails with WAVEPLAN_FAULT_ERRNO (EIO unless "ENOSPC", a full disk):
/// - `write`:  write, pwrite, pwrite64 (SQLite writes its pages with pwrite64);
/// - `fsync`:  fsync, fdatasync;
/// - `rename`: rename, renameat, renameat2, link (a save that must not replace links).
/// When the fault fires, a line "CALL K PATH" is appended to WAVEPLAN_FAULT_REPORT, so a test
/// knows that it fired and stops raising K once a save ran without reaching it.

#include <dlfcn.h>
#include <fcntl.h>
#include <sys/types.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace {

struct Settings {
    const char *folder = nullptr;
    const char *call = nullptr;
    long at = 0;
    int error = EIO;
    const char *report = nullptr;
};

const Settings &settings()
{
    static const Settings s = [] {
        Settings read;
        read.folder = std::getenv("WAVEPLAN_FAULT_DIR");
        read.call = std::getenv("WAVEPLAN_FAULT_CALL");
        if (const char *at = std::getenv("WAVEPLAN_FAULT_AT"))
            read.at = std::strtol(at, nullptr, 10);
        if (const char *error = std::getenv("WAVEPLAN_FAULT_ERRNO"); error && std::string_view(error) == "ENOSPC")
            read.error = ENOSPC;
        read.report = std::getenv("WAVEPLAN_FAULT_REPORT");
        return read;
    }();
    return s;
}

std::atomic<long> g_seen{0}; // calls of the chosen kind on files in the folder, so far

bool inFolder(const char *path)
{
    const Settings &s = settings();
    if (!s.folder || !path)
        return false;
    const std::size_t n = std::strlen(s.folder);
    return std::strncmp(path, s.folder, n) == 0 && (path[n] == '/' || path[n] == '\0');
}

bool fdInFolder(int fd)
{
    if (fd <= 2)
        return false;
    char link[64];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    char target[4096];
    const ssize_t n = ::readlink(link, target, sizeof target - 1);
    if (n <= 0)
        return false;
    target[n] = '\0';
    return inFolder(target);
}

template <typename F> F real(const char *name)
{
    return reinterpret_cast<F>(::dlsym(RTLD_NEXT, name));
}

void report(const char *call, const char *what)
{
    const Settings &s = settings();
    if (!s.report)
        return;
    using OpenFn = int (*)(const char *, int, ...);
    using WriteFn = ssize_t (*)(int, const void *, size_t);
    static const auto realOpen = real<OpenFn>("open");
    static const auto realWrite = real<WriteFn>("write");
    const int fd = realOpen(s.report, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0)
        return;
    char line[4200];
    const int n = std::snprintf(line, sizeof line, "%s %ld %s\n", call, g_seen.load(), what);
    if (n > 0)
        realWrite(fd, line, static_cast<size_t>(n) < sizeof line ? static_cast<size_t>(n) : sizeof line - 1);
    ::close(fd);
}

/// True (with errno set) when this call, of kind `call` on something in the folder, must fail.
bool failsNow(const char *call, bool counts, const char *what)
{
    const Settings &s = settings();
    if (!counts || !s.call || std::strcmp(s.call, call) != 0)
        return false;
    if (++g_seen != s.at)
        return false;
    report(call, what);
    errno = s.error;
    return true;
}

const char *fdName(int fd)
{
    static thread_local char name[32];
    std::snprintf(name, sizeof name, "fd %d", fd);
    return name;
}

} // namespace

extern "C" {

ssize_t write(int fd, const void *buffer, size_t size)
{
    static const auto next = real<ssize_t (*)(int, const void *, size_t)>("write");
    if (failsNow("write", fdInFolder(fd), fdName(fd)))
        return -1;
    return next(fd, buffer, size);
}

ssize_t pwrite(int fd, const void *buffer, size_t size, off_t offset)
{
    static const auto next = real<ssize_t (*)(int, const void *, size_t, off_t)>("pwrite");
    if (failsNow("write", fdInFolder(fd), fdName(fd)))
        return -1;
    return next(fd, buffer, size, offset);
}

ssize_t pwrite64(int fd, const void *buffer, size_t size, off64_t offset)
{
    static const auto next = real<ssize_t (*)(int, const void *, size_t, off64_t)>("pwrite64");
    if (failsNow("write", fdInFolder(fd), fdName(fd)))
        return -1;
    return next(fd, buffer, size, offset);
}

int fsync(int fd)
{
    static const auto next = real<int (*)(int)>("fsync");
    if (failsNow("fsync", fdInFolder(fd), fdName(fd)))
        return -1;
    return next(fd);
}

int fdatasync(int fd)
{
    static const auto next = real<int (*)(int)>("fdatasync");
    if (failsNow("fsync", fdInFolder(fd), fdName(fd)))
        return -1;
    return next(fd);
}

int rename(const char *from, const char *to)
{
    static const auto next = real<int (*)(const char *, const char *)>("rename");
    if (failsNow("rename", inFolder(to), to))
        return -1;
    return next(from, to);
}

int renameat(int fromDir, const char *from, int toDir, const char *to)
{
    static const auto next = real<int (*)(int, const char *, int, const char *)>("renameat");
    if (failsNow("rename", inFolder(to), to))
        return -1;
    return next(fromDir, from, toDir, to);
}

int renameat2(int fromDir, const char *from, int toDir, const char *to, unsigned int flags)
{
    static const auto next = real<int (*)(int, const char *, int, const char *, unsigned int)>("renameat2");
    if (failsNow("rename", inFolder(to), to))
        return -1;
    return next(fromDir, from, toDir, to, flags);
}

int link(const char *from, const char *to)
{
    static const auto next = real<int (*)(const char *, const char *)>("link");
    if (failsNow("rename", inFolder(to), to))
        return -1;
    return next(from, to);
}

} // extern "C"
