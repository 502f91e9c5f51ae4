#include "core/io/xlsx_workbook.h"

#include "core/io/atomic_file.h"
#include "core/io/schedule_csv.h"
#include "core/model/cells/demand_cell.h"
#include "core/schedule/load_status.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <string>
#include <system_error>
#include <unistd.h>

namespace waveplan {

namespace {

/// Excel keeps at most this many characters in a cell.
constexpr std::size_t kMaxCellText = 32767;
/// Column widths in characters: at least the header's, at most this (longer text wraps in
/// Excel's formula bar, not across the sheet).
constexpr double kMaxColumnWidth = 60;

/// `text` cut to what a cell holds, at a UTF-8 character boundary.
std::string cellText(std::string text)
{
    if (text.size() <= kMaxCellText)
        return text;
    std::size_t cut = kMaxCellText - 3;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    text.resize(cut);
    return text + "...";
}

/// Counts UTF-8 characters (not bytes), for column widths.
std::size_t characters(const std::string &text)
{
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char ch) { return (static_cast<unsigned char>(ch) & 0xC0) != 0x80; }));
}

/// One sheet being written: a header row, then rows of cells; remembers each column's widest
/// text so the widths fit.
class Sheet {
public:
    Sheet(lxw_workbook *book, const char *name, lxw_format *header, const std::vector<std::string> &titles)
        : m_sheet(workbook_add_worksheet(book, name))
        , m_widths(titles.size(), 0)
    {
        for (std::size_t c = 0; c < titles.size(); ++c)
            text(0, c, titles[c], header);
        m_row = 1;
    }

    void nextRow() { ++m_row; }

    void text(lxw_row_t row, std::size_t column, const std::string &value, lxw_format *format = nullptr)
    {
        if (value.empty())
            return;
        const std::string cell = cellText(value);
        remember(column, static_cast<double>(characters(cell)));
        check(worksheet_write_string(m_sheet, row, col(column), cell.c_str(), format));
    }
    void text(std::size_t column, const std::string &value, lxw_format *format = nullptr)
    {
        text(m_row, column, value, format);
    }
    void number(std::size_t column, double value, lxw_format *format = nullptr)
    {
        remember(column, 10);
        check(worksheet_write_number(m_sheet, m_row, col(column), value, format));
    }
    void date(std::size_t column, Date value, lxw_format *format)
    {
        lxw_datetime when{static_cast<int>(value.year()), static_cast<int>(static_cast<unsigned>(value.month())),
                          static_cast<int>(static_cast<unsigned>(value.day())), 0, 0, 0};
        remember(column, 11);
        check(worksheet_write_datetime(m_sheet, m_row, col(column), &when, format));
    }

    /// Bold header frozen (with the first `frozenColumns` columns), a filter over the table,
    /// and widths that fit.
    void finish(lxw_col_t frozenColumns)
    {
        worksheet_freeze_panes(m_sheet, 1, frozenColumns);
        const lxw_col_t last = col(m_widths.size() - 1);
        check(worksheet_autofilter(m_sheet, 0, 0, std::max<lxw_row_t>(m_row - 1, 1), last));
        for (std::size_t c = 0; c < m_widths.size(); ++c)
            check(worksheet_set_column(m_sheet, col(c), col(c), std::min(kMaxColumnWidth, m_widths[c] + 2), nullptr));
    }

    /// The first thing that went wrong, if anything.
    [[nodiscard]] lxw_error error() const { return m_error; }

private:
    static lxw_col_t col(std::size_t column) { return static_cast<lxw_col_t>(column); }
    void remember(std::size_t column, double width) { m_widths[column] = std::max(m_widths[column], width); }
    void check(lxw_error error)
    {
        if (error != LXW_NO_ERROR && m_error == LXW_NO_ERROR)
            m_error = error;
    }

    lxw_worksheet *m_sheet;
    std::vector<double> m_widths;
    lxw_row_t m_row = 0;
    lxw_error m_error = LXW_NO_ERROR;
};

std::string joinedList(const std::vector<std::string> &items)
{
    std::string joined;
    for (const std::string &item : items)
        joined += (joined.empty() ? "" : ", ") + item;
    return joined;
}

/// A private scratch folder for libxlsxwriter's output and its own temporary files, removed
/// when it goes out of scope.
class ScratchFolder {
public:
    ScratchFolder()
    {
        std::error_code error;
        std::string pattern = (std::filesystem::temp_directory_path(error) / "waveplan-xlsx-XXXXXX").string();
        if (!error && ::mkdtemp(pattern.data()) != nullptr)
            m_path = pattern;
    }
    ~ScratchFolder()
    {
        std::error_code ignored;
        if (!m_path.empty())
            std::filesystem::remove_all(m_path, ignored);
    }
    ScratchFolder(const ScratchFolder &) = delete;
    ScratchFolder &operator=(const ScratchFolder &) = delete;
    [[nodiscard]] const std::filesystem::path &path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

} // namespace

Status writeWorkbook(const Plan &plan, const Schedule &schedule, const std::vector<Problem> &problems,
                     const std::filesystem::path &path, bool overwrite)
{
    const ScratchFolder scratch;
    if (scratch.path().empty())
        return Error{"cannot write the workbook: no temporary folder could be made (is TMPDIR writable?)", path.string(),
                     0, 0};
    const std::string file = (scratch.path() / "plan.xlsx").string();
    std::string tmpdir = scratch.path().string();
    lxw_workbook_options options{};
    options.tmpdir = tmpdir.data();
    lxw_workbook *book = workbook_new_opt(file.c_str(), &options);
    if (book == nullptr)
        return Error{"cannot write the workbook: libxlsxwriter could not start it", path.string(), 0, 0};

    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format *money = workbook_add_format(book);
    format_set_num_format(money, "#,##0.##");
    lxw_format *over = workbook_add_format(book);
    format_set_bg_color(over, 0xF4CCCC);
    lxw_format *nearFull = workbook_add_format(book);
    format_set_bg_color(nearFull, 0xFCE5CD);

    std::vector<lxw_error> errors;

    // --- Wave plan: a row per capability, in wave then start order ---
    {
        Sheet sheet(book, kWavePlanSheet, header,
                    {"Key", "Name", "Kind", "Wave", "Start", "Finish", "Teams and people", "Owner", "KPI", "Approach",
                     "Why it starts then", "Slack (days)", "Critical", "Cost", "Value"});
        const bool scheduled = schedule.capabilities.size() == plan.capabilities.size();
        for (const std::size_t i : scheduled ? wavePlanOrder(schedule) : std::vector<std::size_t>{}) {
            const ScheduledCapability &s = schedule.capabilities[i];
            const Capability &c = plan.capabilities[i];
            sheet.text(0, c.key);
            sheet.text(1, c.name);
            sheet.text(2, std::string(toString(c.kind)));
            sheet.number(3, s.wave);
            sheet.date(4, waveplan::dateOfDay(plan, s.startDay), date);
            sheet.date(5, waveplan::dateOfDay(plan, s.lastDay()), date);
            sheet.text(6, formatDemandCell(c.demand));
            sheet.text(7, c.owner);
            sheet.text(8, c.kpi);
            if (c.approach != Approach::Unspecified)
                sheet.text(9, std::string(toString(c.approach)));
            sheet.text(10, s.reason.sentence);
            sheet.number(11, s.slackDays);
            sheet.text(12, s.critical ? "yes" : "no");
            if (c.cost)
                sheet.number(13, *c.cost, money);
            if (c.value)
                sheet.number(14, *c.value, money);
            sheet.nextRow();
        }
        sheet.finish(1);
        errors.push_back(sheet.error());
    }

    // --- Capacity: a row per team and wave, with the flags the app shows ---
    {
        Sheet sheet(book, kCapacitySheet, header,
                    {"Team", "Wave", "Wave starts", "People-days used", "People-days available", "Used (%)", "Go-lives",
                     "Go-live limit", "Flags"});
        const WaveGrid waves = waveGrid(plan);
        for (const TeamWaveLoad &load : schedule.load) {
            sheet.text(0, load.team);
            sheet.number(1, load.wave);
            sheet.date(2, waveplan::dateOfDay(plan, waves.firstDay(load.wave)), date);
            sheet.number(3, static_cast<double>(load.peopleDaysUsed));
            sheet.number(4, static_cast<double>(load.peopleDaysAvailable));
            if (load.peopleDaysAvailable > 0)
                sheet.number(5, std::round(1000.0 * static_cast<double>(load.peopleDaysUsed) /
                                           static_cast<double>(load.peopleDaysAvailable)) / 10.0);
            sheet.number(6, load.goLives);
            if (load.goLiveLimit)
                sheet.number(7, *load.goLiveLimit);
            const LoadStatus status = loadStatus(load);
            sheet.text(8, loadFlagsText(load),
                       status == LoadStatus::Over ? over : status == LoadStatus::NearFull ? nearFull : nullptr);
            sheet.nextRow();
        }
        sheet.finish(1);
        errors.push_back(sheet.error());
    }

    // --- Problems, as the problems panel lists them ---
    {
        Sheet sheet(book, kProblemsSheet, header, {"Severity", "Problem", "Capabilities", "Teams", "Code"});
        for (const Problem &problem : problems) {
            sheet.text(0, std::string(toString(problem.severity)));
            sheet.text(1, problem.message);
            sheet.text(2, joinedList(problem.keys));
            sheet.text(3, joinedList(problem.teams));
            sheet.text(4, problem.code);
            sheet.nextRow();
        }
        sheet.finish(0);
        errors.push_back(sheet.error());
    }

    const lxw_error closed = workbook_close(book);
    for (const lxw_error error : errors)
        if (error != LXW_NO_ERROR)
            return Error{std::string("cannot write the workbook: ") + lxw_strerror(error), path.string(), 0, 0};
    if (closed != LXW_NO_ERROR)
        return Error{std::string("cannot write the workbook: ") + lxw_strerror(closed), path.string(), 0, 0};
    Result<std::string> bytes = readWholeFile(file);
    if (!bytes)
        return bytes.errors();
    return writeFileAtomically(path, *bytes, overwrite);
}

} // namespace waveplan
