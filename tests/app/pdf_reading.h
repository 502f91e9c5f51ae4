#pragma once
/// @file pdf_reading.h
/// PDFs written by the real executable, read back with poppler's tools (pdfinfo, pdftotext):
/// page counts and sizes, and every word with its box.

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace waveplan::test {

/// Runs a poppler tool (paths here never hold quotes) and returns what it printed.
[[nodiscard]] std::string tool(const std::string &command);

/// `path` in single quotes for tool().
[[nodiscard]] std::string quoted(const std::filesystem::path &path);

/// The page count from pdfinfo, or -1.
[[nodiscard]] int pageCount(const std::filesystem::path &pdf);

/// Width and height of the first page in points ("842 x 595" from pdfinfo), or 0, 0.
[[nodiscard]] std::pair<double, double> pageSize(const std::filesystem::path &pdf);

struct Word {
    std::string text;
    double xMin, yMin, xMax, yMax;
    int page;
};

struct BoxedText {
    std::vector<std::pair<double, double>> pages; ///< width, height per page
    std::vector<Word> words;
};

/// Every word with its box, from `pdftotext -bbox` (XHTML with one <page> per page).
[[nodiscard]] BoxedText boxedWords(const std::filesystem::path &pdf);

} // namespace waveplan::test
