#include "core/io/holidays_csv.h"

#include "core/io/csv_header.h"
#include "core/io/csv_row.h"
#include "core/io/csv_writer.h"
#include "core/util/text.h"

#include <algorithm>
#include <map>

namespace waveplan {

namespace {

const std::vector<CsvColumnSpec> kHolidayColumns{
    {"date", true, "the holiday's date, YYYY-MM-DD"},
    {"name", true, "what the holiday is called, e.g. Christmas Day"},
};

} // namespace

std::optional<std::vector<Holiday>> readHolidaysCsv(std::string_view text, std::string_view fileName,
                                                    CsvErrorList &errors)
{
    const std::size_t before = errors.size();
    auto records = readCsv(text, fileName);
    if (!records) {
        errors.add(records.errors());
        return std::nullopt;
    }
    if (records->empty()) {
        errors.add({"the file is empty; expected a header row with the columns date and name", std::string(fileName),
                    1, 0});
        return std::nullopt;
    }
    const CsvHeader header(records->front(), kHolidayColumns, fileName, errors);
    if (!header.usable())
        return std::nullopt;

    std::vector<Holiday> holidays;
    std::map<std::string, int> lineOfDate;
    for (std::size_t r = 1; r < records->size(); ++r) {
        const CsvRecord &record = (*records)[r];
        if (record.isBlank() || !checkRowShape(record, header, fileName, errors))
            continue;
        const CsvRow row(record, header, fileName, errors);
        const std::string dateText(row.trimmed("date"));
        const std::optional<Date> date = parseIsoDate(dateText);
        if (dateText.empty())
            row.empty("date", "the holiday's date, YYYY-MM-DD");
        else if (!date)
            row.error("date", text::quoted(dateText) + " is not a date; expected a real day as YYYY-MM-DD, e.g. 2027-12-25");
        else if (auto [at, added] = lineOfDate.emplace(dateText, row.line()); !added)
            row.error("date", dateText + " is already a holiday on line " + std::to_string(at->second));
        const std::string name(row.trimmed("name"));
        if (name.empty())
            row.empty("name", "what the holiday is called, e.g. Christmas Day");
        if (date && !name.empty())
            holidays.push_back({*date, name});
    }
    if (errors.size() != before)
        return std::nullopt;
    return holidays;
}

std::string writeHolidaysCsv(std::vector<Holiday> holidays)
{
    std::stable_sort(holidays.begin(), holidays.end(),
                     [](const Holiday &a, const Holiday &b) { return std::chrono::sys_days{a.date} < std::chrono::sys_days{b.date}; });
    CsvWriter csv;
    csv.addRow({"date", "name"});
    for (const Holiday &h : holidays)
        csv.addRow({formatIsoDate(h.date), h.name});
    return csv.text();
}

} // namespace waveplan
