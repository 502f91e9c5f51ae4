#include "core/formats/format_registry.h"

#include "core/util/text.h"

#include <algorithm>
#include <cassert>

namespace waveplan {

std::string_view paperName(Paper paper)
{
    switch (paper) {
    case Paper::A4: return "a4";
    case Paper::Letter: return "letter";
    case Paper::A3: return "a3";
    case Paper::Tabloid: return "tabloid";
    }
    return "a4";
}

std::optional<Paper> parsePaper(std::string_view name)
{
    for (const Paper paper : {Paper::A4, Paper::Letter, Paper::A3, Paper::Tabloid})
        if (text::toLower(name) == paperName(paper))
            return paper;
    return std::nullopt;
}

std::vector<std::string> paperNames()
{
    return {"a4", "letter", "a3", "tabloid"};
}

std::string_view sectionName(ReportSection section)
{
    switch (section) {
    case ReportSection::Summary: return "summary";
    case ReportSection::Waves: return "waves";
    case ReportSection::Map: return "map";
    case ReportSection::Roadmap: return "roadmap";
    case ReportSection::Board: return "board";
    case ReportSection::Changes: return "changes";
    case ReportSection::Critical: return "critical";
    case ReportSection::Capacity: return "capacity";
    case ReportSection::Risks: return "risks";
    }
    return "summary";
}

namespace {

constexpr ReportSection kSections[] = {ReportSection::Summary,  ReportSection::Roadmap, ReportSection::Waves,
                                       ReportSection::Map,      ReportSection::Board,   ReportSection::Changes,
                                       ReportSection::Critical, ReportSection::Capacity, ReportSection::Risks};

} // namespace

std::vector<std::string> sectionNames()
{
    std::vector<std::string> names;
    for (const ReportSection section : kSections)
        names.emplace_back(sectionName(section));
    return names;
}

Result<std::vector<ReportSection>> parseSections(std::string_view list)
{
    std::string known;
    for (const std::string &name : sectionNames())
        known += (known.empty() ? "" : ", ") + name;
    std::vector<ReportSection> sections;
    for (const std::string_view item : text::splitList(list, ',')) {
        const auto found = std::find_if(std::begin(kSections), std::end(kSections), [&](ReportSection s) {
            return text::toLower(item) == sectionName(s);
        });
        if (found == std::end(kSections))
            return messageError("--sections: " + text::quoted(item) + " is not a section of the report; the sections are " +
                                known);
        if (std::find(sections.begin(), sections.end(), *found) != sections.end())
            return messageError("--sections: " + text::quoted(item) + " is named twice");
        sections.push_back(*found);
    }
    if (sections.empty())
        return messageError("--sections: name at least one of " + known);
    return sections;
}

std::string_view optionName(FormatOption option)
{
    switch (option) {
    case FormatOption::Teams: return "--teams";
    case FormatOption::TeamsOut: return "--teams-out";
    case FormatOption::Paper: return "--paper";
    case FormatOption::Orientation: return "--orientation";
    case FormatOption::NoMap: return "--no-map";
    case FormatOption::NoBoard: return "--no-board";
    case FormatOption::Baseline: return "--baseline";
    case FormatOption::Sections: return "--sections";
    case FormatOption::View: return "--view";
    case FormatOption::Size: return "--size";
    case FormatOption::Dpi: return "--dpi";
    case FormatOption::BudgetSchedules: return "--budget-schedules";
    case FormatOption::Title: return "--title";
    case FormatOption::Legend: return "--legend";
    }
    return {};
}

bool Format::takes(FormatOption option) const
{
    return std::find(options.begin(), options.end(), option) != options.end();
}

void FormatRegistry::add(Format format)
{
    assert(!find(format.id) && "a format id is registered once");
    m_formats.push_back(std::move(format));
}

void FormatRegistry::setWriter(std::string_view id, PlanWriter writer)
{
    const auto it = std::find_if(m_formats.begin(), m_formats.end(), [&](const Format &f) { return f.id == id; });
    assert(it != m_formats.end() && "a writer is supplied for a registered format");
    if (it != m_formats.end())
        it->writer = std::move(writer);
}

const Format *FormatRegistry::find(std::string_view id) const
{
    const std::string wanted = text::toLower(id);
    const auto it = std::find_if(m_formats.begin(), m_formats.end(), [&](const Format &f) { return f.id == wanted; });
    return it == m_formats.end() ? nullptr : &*it;
}

Result<const Format *> FormatRegistry::detect(const std::filesystem::path &path, FormatAccess access) const
{
    const std::string ext = lowerExtension(path);
    for (const Format &format : m_formats) {
        const bool usable = access == FormatAccess::Read ? format.canRead() : format.canWrite();
        if (usable && std::find(format.extensions.begin(), format.extensions.end(), ext) != format.extensions.end())
            return &format;
    }
    return Error{"cannot tell the format from the file name; expected a name ending in " +
                     joinedWithOr(extensions(access)),
                 path.string(), 0, 0};
}

std::vector<std::string> FormatRegistry::extensions(FormatAccess access) const
{
    std::vector<std::string> all;
    for (const Format &format : m_formats)
        if (access == FormatAccess::Read ? format.canRead() : format.canWrite())
            for (const std::string &ext : format.extensions)
                if (std::find(all.begin(), all.end(), ext) == all.end())
                    all.push_back(ext);
    return all;
}

std::string lowerExtension(const std::filesystem::path &path)
{
    return text::toLower(path.extension().string());
}

std::string joinedWithOr(const std::vector<std::string> &items)
{
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            text += i + 1 == items.size() ? " or " : ", ";
        text += items[i];
    }
    return text;
}

} // namespace waveplan
