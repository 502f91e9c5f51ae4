// detail::saveSqlitePlanFile(): writing a .waveplan file so that a crash or kill at any moment
// leaves either the old file or the new one.
//
// The whole plan goes into a fresh temporary file beside the target (".NAME.tmp-XXXXXX") in one
// transaction; the file is closed, flushed to disk with fsync, renamed over the target, and the
// folder is flushed so the rename itself is durable. Any failure removes the temporary file.
// A process killed mid-save can leave a temporary file behind; it is never the plan and can be
// deleted (docs/file-format.md).
#include "core/io/file_placement.h"
#include "core/log/logging.h"
#include "core/store/accepted_schedule_rows.h"
#include "core/store/plan_store.h"
#include "core/store/sqlite_plan_file.h"

#include "core/store/scenario_rows.h"
#include "core/store/plan_writer.h"
#include "core/store/schema.h"
#include "core/store/store_errors.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Transaction.h>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace waveplan {

namespace fs = std::filesystem;
using store::fileError;

namespace {

/// Deletes the temporary file unless it was renamed into place.
class TemporaryFile {
public:
    explicit TemporaryFile(std::string path) : m_path(std::move(path)) {}
    ~TemporaryFile()
    {
        if (!m_path.empty())
            ::unlink(m_path.c_str());
    }
    TemporaryFile(const TemporaryFile &) = delete;
    TemporaryFile &operator=(const TemporaryFile &) = delete;

    [[nodiscard]] const std::string &path() const { return m_path; }
    void release() { m_path.clear(); }

private:
    std::string m_path;
};

/// fsync() on `path`; errno is kept on failure.
bool flushToDisk(const std::string &path, int flags)
{
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool flushed = ::fsync(fd) == 0;
    const int error = errno;
    ::close(fd);
    errno = error;
    return flushed;
}

/// Writes the plan, and the schedule it was accepted with when there is one, into the empty
/// file at `temp` in one transaction, then closes it.
void writeDatabase(const std::string &temp, const Plan &plan, const ScheduleReference *accepted,
                   const ScenarioSet *scenarios)
{
    SQLite::Database db(temp, SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX); // one call, one thread
    // The rename gives atomicity, so SQLite's own journal would only add a file to clean up:
    // keep it in memory (it still allows rolling back), and let the fsync below do the syncing.
    db.exec("PRAGMA journal_mode = MEMORY");
    db.exec("PRAGMA synchronous = OFF");
    // Bulk speed: writePlanFile has refused any plan that breaks a rule the schema's CHECK and
    // FOREIGN KEY constraints state (structuralErrors, unstorableValues), so SQLite need not
    // test them again row by row. That test was half the cost of a save: a CHECK with an IN
    // list builds a temporary table for every row. The file written is the same; the reader
    // checks every row as before (integrity check, then structuralErrors on what it read).
    db.exec("PRAGMA foreign_keys = OFF");
    db.exec("PRAGMA ignore_check_constraints = ON");
    SQLite::Transaction transaction(db);
    store::createSchema(db);
    std::optional<Plan> copy;
    const Plan &stored = store::withEveryId(plan, copy); // the ids the accepted schedule refers to
    store::writePlan(db, stored);
    if (accepted)
        store::writeAcceptedSchedule(db, stored, *accepted);
    if (scenarios)
        store::writeScenarios(db, *scenarios);
    transaction.commit();
}

Error describeWriteFailure(const fs::path &path, const SQLite::Exception &e)
{
    const std::string detail = std::string(" (SQLite says: ") + e.what() + ")";
    switch (e.getErrorCode()) {
    case SQLITE_FULL:
        return fileError(path, "cannot save: the disk is full" + detail);
    case SQLITE_IOERR:
        return fileError(path, "cannot save: writing to the disk failed" + detail);
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return fileError(path, "cannot save: the temporary file could not be written" + detail);
    default:
        return fileError(path, "cannot save: the plan could not be written" + detail);
    }
}

Status writePlanFile(const Plan &plan, const fs::path &path, const ScheduleReference *accepted,
                     const ScenarioSet *scenarios, bool replace)
{
    Errors refused;
    for (const std::string &problem : structuralErrors(plan))
        refused.push_back(fileError(path, "cannot save: the plan has a problem: " + problem));
    for (const std::string &problem : store::unstorableValues(plan))
        refused.push_back(fileError(path, "cannot save: " + problem));
    if (scenarios)
        for (const Scenario &s : scenarios->scenarios) {
            const std::string which = "cannot save: scenario '" + s.name + "' ";
            for (const std::string &problem : structuralErrors(s.plan))
                refused.push_back(fileError(path, which + "has a problem: " + problem));
            if (const Result<std::string> name = scenarioName(*scenarios, s.name, s.name); !name || name.value() != s.name)
                refused.push_back(fileError(path, which + "has a name a file cannot keep"));
            else if (scenarios->find(s.name) != &s)
                refused.push_back(fileError(path, which + "is named twice"));
        }
    if (scenarios && scenarios->current >= scenarios->scenarios.size())
        refused.push_back(fileError(path, "cannot save: no scenario is current"));
    if (!refused.empty())
        return refused;

    const Result<fs::path> target = saveTarget(path, "cannot save");
    if (!target)
        return target.errors();
    std::error_code ec;
    if (!replace && fs::exists(fs::symlink_status(target.value(), ec)))
        return fileError(path, kFileExistsMessage);
    const Result<fs::path> tempPath = temporaryBeside(target.value(), path, "cannot save");
    if (!tempPath)
        return tempPath.errors();
    TemporaryFile temp(tempPath.value().string());

    writeDatabase(temp.path(), plan, accepted, scenarios);
    if (!flushToDisk(temp.path(), O_RDONLY))
        return fileError(path, "cannot save: flushing the file to disk failed: " + store::systemErrorText(errno));
    temp.release(); // moveIntoPlace removes it on failure
    return moveIntoPlace(tempPath.value(), target.value(), Placement{replace, true, "cannot save"}, path);
}

} // namespace

Status detail::saveSqlitePlanFile(const Plan &plan, const fs::path &path, const ScheduleReference *accepted,
                                  const ScenarioSet *scenarios, bool replace)
{
    const auto logger = log::get("core.store");
    logger->debug("saving {} ({} capabilities, {} dependencies, {} teams)", path.string(),
                  plan.capabilities.size(), plan.dependencies.size(), plan.teams.size());
    Status status = [&]() -> Status {
        try {
            return writePlanFile(plan, path, accepted, scenarios, replace);
        } catch (const SQLite::Exception &e) {
            return describeWriteFailure(path, e);
        } catch (const std::exception &e) {
            return fileError(path, std::string("cannot save: ") + e.what());
        }
    }();
    if (status)
        logger->debug("saved {}", path.string());
    else
        logger->debug("could not save {}: {}", path.string(), status.errorText());
    return status;
}

} // namespace waveplan
