#include "pdf_reading.h"

#include <cstdio>
#include <regex>
#include <sstream>

namespace waveplan::test {

int pageCount(const std::filesystem::path &pdf)
{
    std::smatch m;
    const std::string info = tool("pdfinfo " + quoted(pdf));
    return std::regex_search(info, m, std::regex(R"(Pages:\s+(\d+))")) ? std::stoi(m[1].str()) : -1;
}

std::pair<double, double> pageSize(const std::filesystem::path &pdf)
{
    std::smatch m;
    const std::string info = tool("pdfinfo " + quoted(pdf));
    if (!std::regex_search(info, m, std::regex(R"(Page size:\s+([\d.]+) x ([\d.]+) pts)")))
        return {0, 0};
    return {std::stod(m[1].str()), std::stod(m[2].str())};
}

BoxedText boxedWords(const std::filesystem::path &pdf)
{
    BoxedText result;
    const std::string html = tool("pdftotext -bbox " + quoted(pdf) + " -");
    const std::regex page(R"re(<page width="([\d.]+)" height="([\d.]+)">)re");
    const std::regex word(R"re(<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)</word>)re");
    std::istringstream lines(html);
    std::string line;
    std::smatch m;
    while (std::getline(lines, line)) {
        if (std::regex_search(line, m, page))
            result.pages.emplace_back(std::stod(m[1].str()), std::stod(m[2].str()));
        else if (std::regex_search(line, m, word))
            result.words.push_back({m[5].str(), std::stod(m[1].str()), std::stod(m[2].str()), std::stod(m[3].str()),
                                    std::stod(m[4].str()), static_cast<int>(result.pages.size())});
    }
    return result;
}

} // namespace waveplan::test
