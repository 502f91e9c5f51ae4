#include "store_test_support.h"

#include "support/temp_dir.h"

#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <fstream>
#include <stdexcept>
#include <sys/stat.h>

namespace waveplan::test {

bool FileSnapshot::operator==(const FileSnapshot &other) const
{
    return bytes == other.bytes && modified.tv_sec == other.modified.tv_sec &&
           modified.tv_nsec == other.modified.tv_nsec && folder == other.folder;
}

FileSnapshot snapshotOf(const std::filesystem::path &file)
{
    FileSnapshot snapshot;
    snapshot.bytes = readFile(file);
    struct stat info {};
    if (::stat(file.c_str(), &info) == 0)
        snapshot.modified = info.st_mtim;
    snapshot.folder = folderEntries(file.parent_path());
    return snapshot;
}

void runSql(const std::filesystem::path &file, const std::string &sql)
{
    SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
    db.exec(sql);
}

void overwriteBytes(const std::filesystem::path &file, std::size_t offset, const std::string &bytes)
{
    std::fstream out(file, std::ios::in | std::ios::out | std::ios::binary);
    out.seekp(static_cast<std::streamoff>(offset));
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out)
        throw std::runtime_error("cannot overwrite bytes in " + file.string());
}

Plan planWithEveryFieldSet()
{
    Plan plan;
    plan.name = "Year one \"everything\" plan 🚀\nsecond line";
    plan.startDate = Date{std::chrono::year{2028}, std::chrono::February, std::chrono::day{29}};
    plan.waveLengthDays = 60;
    plan.horizonWaves = 6;
    plan.allowSpan = false;
    plan.calendar.worked = {false, true, true, true, true, true, false}; // Tuesday to Saturday
    plan.calendar.holidays = {{Date{std::chrono::year{2028}, std::chrono::December, std::chrono::day{26}}, "Boxing Day"},
                              {Date{std::chrono::year{2028}, std::chrono::April, std::chrono::day{14}}, "Good Friday, 'quoted'"}};
    plan.waveScheme = WaveScheme::Quarters;
    plan.fiscalYearStartMonth = 7;
    plan.teams = {{"Data", 4, {{2, 1}, {5, 9}}, 2}, {"Marketing ops", 0, {{1, 3}}, 0}};

    Capability data;
    data.key = "DATA";
    data.name = "Clean customer data";
    data.kind = CapabilityKind::Foundational;
    data.durationDays = 45;
    data.demand = {{"Marketing ops", 1}, {"Data", 3}};
    data.owner = "Head of data, O'Brien";
    data.approach = Approach::Build;
    data.kpi = "Match rate ≥ 90%";
    data.readiness = {1, 3, 5};
    data.value = 125000.75;
    data.cost = 0.1;
    data.earliestWave = 1;
    data.deadlineWave = 2;
    data.pinnedWave = 1;
    data.retires = "Legacy CRM; \"v2\"";
    static constexpr char kNotes[] = "Tabs\tand\r\nCRLF, a NUL\0inside, 数据平台";
    data.notes = std::string(kNotes, sizeof kNotes - 1);
    data.position = MapPosition{-120.5, 1e-9};

    Capability cdp = data;
    cdp.key = "CDP";
    cdp.name = "Customer data platform";
    cdp.kind = CapabilityKind::Additive;
    cdp.approach = Approach::Integrate;
    cdp.demand = {{"Data", 2}};
    cdp.value = 987654321012345.6; // near the limit of 10^15
    cdp.cost = -42.0;
    cdp.position = MapPosition{0.0, 7.25};

    // DATA is done, CDP under way, as of 1 June 2028 (progress, format 8).
    plan.asOf = Date{std::chrono::year{2028}, std::chrono::June, std::chrono::day{1}};
    data.status = WorkStatus::Done;
    data.actualStart = plan.startDate;
    data.actualFinish = Date{std::chrono::year{2028}, std::chrono::May, std::chrono::day{2}};
    cdp.status = WorkStatus::InProgress;
    cdp.actualStart = Date{std::chrono::year{2028}, std::chrono::May, std::chrono::day{17}};
    cdp.remainingDays = 30;

    plan.capabilities = {data, cdp};
    plan.dependencies = {{"DATA", "CDP", 14}};
    return plan;
}

} // namespace waveplan::test
