#pragma once
// A fresh temporary folder for one test, removed with everything in it afterwards.

#include <filesystem>
#include <string>
#include <vector>

namespace waveplan::test {

class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;

    [[nodiscard]] const std::filesystem::path &path() const { return m_path; }
    /// path() / name
    [[nodiscard]] std::filesystem::path file(const std::string &name) const { return m_path / name; }
    /// Writes `contents` byte for byte to path() / name and returns the full path.
    std::filesystem::path write(const std::string &name, const std::string &contents) const;

private:
    std::filesystem::path m_path;
};

/// Reads a whole file as bytes; empty when it cannot be read.
std::string readFile(const std::filesystem::path &path);

/// Sorted names of the entries of `folder`.
[[nodiscard]] std::vector<std::string> folderEntries(const std::filesystem::path &folder);

} // namespace waveplan::test
