#pragma once
/// @file pdf_reading.h
/// PDFs written by the real executable, read back with poppler's tools (pdfinfo, pdftotext):
/// page counts and sizes, and every word with its box.

#include "run_command.h" // tool(), quoted()

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace waveplan::test {

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
