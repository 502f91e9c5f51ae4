// detail::openSqlitePlanFile(): reading a .waveplan file without ever changing it.
//
// The file is opened read-only and "immutable" (no locks, no journal or WAL files created
// beside it), with SQLite's defences for untrusted databases (untrusted_file.h); its size, its
// declared size and its schema are checked before anything in it runs; then it is copied whole
// into an in-memory database with SQLite's backup API, and closed.
// Everything else (integrity check, migrations from older file formats, reading rows) runs
// on the copy.
#include "core/log/logging.h"
#include "core/store/accepted_schedule_rows.h"
#include "core/store/migrations.h"
#include "core/store/plan_reader.h"
#include "core/store/plan_store.h"
#include "core/store/sqlite_plan_file.h"

#include "core/store/scenario_rows.h"
#include "core/store/schema.h"
#include "core/store/store_errors.h"
#include "core/store/untrusted_file.h"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <cctype>
#include <cerrno>
#include <fcntl.h>
#include <sstream>
#include <string_view>
#include <unistd.h>

namespace waveplan {

namespace fs = std::filesystem;
using store::fileError;

namespace {

constexpr std::string_view kSqliteMagic{"SQLite format 3\0", 16};
constexpr size_t kSqliteHeaderSize = 100;
constexpr const char *kDamaged = "the file is damaged: ";

/// "file:" URI that opens `path` read-only and immutable; every byte that could be taken for
/// URI syntax is percent-encoded.
std::string immutableUri(const fs::path &path)
{
    static const char hex[] = "0123456789ABCDEF";
    std::string uri = "file:";
    for (const unsigned char c : fs::absolute(path).string()) {
        if (std::isalnum(c) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') {
            uri += static_cast<char>(c);
        } else {
            uri += '%';
            uri += hex[c >> 4];
            uri += hex[c & 15];
        }
    }
    return uri + "?mode=ro&immutable=1";
}

/// The first bytes of the file (at most the SQLite header), or why it cannot be read.
Result<std::string> readHeader(const fs::path &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        if (error == EACCES || error == EPERM)
            return fileError(path, "the file cannot be read: permission denied (check its permissions)");
        return fileError(path, "the file cannot be opened: " + store::systemErrorText(error));
    }
    std::string header(kSqliteHeaderSize, '\0');
    size_t got = 0;
    while (got < header.size()) {
        const ssize_t n = ::read(fd, header.data() + got, header.size() - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int error = errno;
            ::close(fd);
            return fileError(path, "the file cannot be read: " + store::systemErrorText(error));
        }
        if (n == 0)
            break;
        got += static_cast<size_t>(n);
    }
    ::close(fd);
    header.resize(got);
    return header;
}

/// What is wrong with the file, judged from where it is and its first bytes; nullopt when it
/// looks like a SQLite database worth opening.
std::optional<Error> checkBeforeOpening(const fs::path &path)
{
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (status.type() == fs::file_type::not_found)
        return fileError(path, "the file does not exist");
    if (ec)
        return fileError(path, "the file cannot be reached: " + store::systemErrorText(ec.value()));
    if (status.type() == fs::file_type::directory)
        return fileError(path, "this is a folder, not a Waveplan plan file");
    if (status.type() != fs::file_type::regular)
        return fileError(path, "this is not a regular file, so it is not a Waveplan plan file");

    const Result<std::string> header = readHeader(path);
    if (!header)
        return header.errors().front();
    if (header->empty())
        return fileError(path, "the file is empty, so it holds no plan");
    if (!header->starts_with(kSqliteMagic))
        return fileError(path, "this is not a Waveplan plan file (it is not a SQLite database)");
    if (header->size() < kSqliteHeaderSize)
        return fileError(path, std::string(kDamaged) + "it ends inside the SQLite header");
    return std::nullopt;
}

/// What SQLite's check of the file reports, on one line ("" when it says "ok"): its first few
/// findings, without the "*** in database main ***" headings. `quick` runs PRAGMA quick_check,
/// else PRAGMA integrity_check (see readPlanFile for which).
std::string integrityProblems(SQLite::Database &db, bool quick)
{
    std::vector<std::string> findings;
    SQLite::Statement check(db, quick ? "PRAGMA quick_check(3)" : "PRAGMA integrity_check(3)");
    while (check.executeStep()) {
        std::istringstream lines(check.getColumn(0).getString());
        for (std::string line; std::getline(lines, line);)
            if (line != "ok" && !line.starts_with("***") && findings.size() < 3)
                findings.push_back(line);
    }
    std::string text;
    for (const std::string &finding : findings)
        text += (text.empty() ? "" : "; ") + finding;
    return text;
}

Error describeSqliteFailure(const fs::path &path, const SQLite::Exception &e)
{
    const std::string detail = std::string(" (SQLite says: ") + e.what() + ")";
    switch (e.getErrorCode()) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_FORMAT:
    case SQLITE_RANGE:
        return fileError(path, std::string(kDamaged) + "its SQLite structure is broken" + detail);
    case SQLITE_IOERR:
        return fileError(path, "the file could not be read to the end" + detail);
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return fileError(path, "the file cannot be opened" + detail);
    case SQLITE_NOMEM:
        return fileError(path, "there is not enough memory to open the file" + detail);
    case SQLITE_INTERRUPT:
    case SQLITE_TOOBIG:
        return fileError(path, "opening it took more work or memory than any plan of its size needs, so it is "
                               "not a file Waveplan wrote" + detail);
    default:
        return fileError(path, std::string(kDamaged) + "it does not hold a readable Waveplan plan" + detail);
    }
}

/// The schedule the file keeps with the plan, or an empty one when it keeps none. A damaged
/// one is only a lost hint: the plan opens, the schedule is computed afresh, the log says why.
ScheduleReference acceptedScheduleIn(SQLite::Database &db, const fs::path &path)
{
    Result<ScheduleReference> accepted = store::readAcceptedSchedule(db);
    if (accepted)
        return std::move(accepted).value();
    std::string problems;
    for (const Error &e : accepted.errors())
        problems += (problems.empty() ? "" : "; ") + e.message;
    log::get("core.store")->warn("{}: the schedule the plan was saved with is damaged and is not used: {}",
                                 path.string(), problems);
    return {};
}

Result<Plan> readPlanFile(const fs::path &path, ScheduleReference *accepted, ScenarioSet *scenarios)
{
    if (const auto problem = checkBeforeOpening(path))
        return *problem;
    std::error_code sizeError;
    const auto bytes = static_cast<std::int64_t>(fs::file_size(path, sizeError));
    if (bytes > store::kMaxPlanFileBytes)
        return fileError(path, "the file is " + std::to_string(bytes >> 20) + " MB; Waveplan opens plan files of up to " +
                                   std::to_string(store::kMaxPlanFileBytes >> 20) + " MB");

    // Nothing the file holds may run unchecked: SQLite's defences first, on both connections.
    // Each connection lives in this one call on one thread: no SQLite mutex needed (NOMUTEX).
    SQLite::Database memory(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX);
    store::defendConnection(memory, store::workBudgetFor(bytes));
    int version = 0;
    {
        SQLite::Database file(immutableUri(path), SQLite::OPEN_READONLY | SQLite::OPEN_URI | SQLite::OPEN_NOMUTEX);
        store::defendConnection(file, store::workBudgetFor(bytes));
        const int applicationId = file.execAndGet("PRAGMA application_id").getInt();
        if (applicationId != store::kApplicationId)
            return fileError(path, "this is a SQLite database, but not a Waveplan plan (its application id is " +
                                       store::formatApplicationId(applicationId) + ", a plan's is " +
                                       store::formatApplicationId(store::kApplicationId) + ")");
        version = store::fileFormatVersion(file);
        if (version > store::kSchemaVersion)
            return fileError(path, "this plan was made by a newer version of Waveplan (file format " +
                                       std::to_string(version) + "; this version reads up to " +
                                       std::to_string(store::kSchemaVersion) + "): update Waveplan to open it");
        if (version < 1)
            return fileError(path, std::string(kDamaged) + "it has no valid file format version (found " +
                                       std::to_string(version) + ")");
        if (const std::int64_t declared = store::declaredBytes(file); declared > bytes)
            return fileError(path, std::string(kDamaged) + "it declares " + std::to_string(declared) +
                                       " bytes of pages but holds " + std::to_string(bytes));
        if (const auto foreign = store::foreignSchema(file, version))
            return fileError(path, "this file was not written by Waveplan: " + *foreign);
        SQLite::Backup copy(memory, file);
        if (copy.executeStep() != SQLITE_DONE)
            return fileError(path, "the file is in use by another program; try again");
    }

    // The integrity check looks for damage: pages, records, indexes that disagree with their
    // tables. The rules the schema's CHECK constraints state are left to the reader below, which
    // tests every one of them again on what it reads (structuralErrors, baselineErrors, the
    // row readers) and names the capability or team that breaks it; SQLite evaluating them as
    // well was a quarter of the time it takes to open a large plan.
    //
    // A file of the current format gets the quick check: every page, cell and record, in every
    // table and index, but not whether each index holds exactly its table's rows (which made the
    // full check cost as much as reading the plan: 0.26 of 0.65 s for 100,000 capabilities). No
    // query of the reader uses an index (each names its tables NOT INDEXED), so what it reads
    // comes from the tables alone, and the uniqueness an index would guarantee is tested again:
    // keys, team names, one demand per team and one arrow per pair by structuralErrors, a
    // baseline's keys and path places, scenario names and the accepted path by the row readers. An
    // older file is migrated by SQL that does use its indexes, so it gets the full check.
    memory.exec("PRAGMA ignore_check_constraints = ON");
    const bool current = version == store::kSchemaVersion;
    if (const std::string problems = integrityProblems(memory, current); !problems.empty())
        return fileError(path, std::string(kDamaged) + "SQLite's integrity check reports: " + problems);
    if (version < store::kSchemaVersion) {
        const Status migrated = store::migrate(memory, store::planMigrations(), store::kSchemaVersion);
        if (!migrated)
            return fileError(path, "this plan cannot be opened: " + migrated.errors().front().message);
    }
    if (const auto missing = store::missingTables(memory); !missing.empty()) {
        std::string list;
        for (const std::string &table : missing)
            list += (list.empty() ? "" : ", ") + table;
        return fileError(path, std::string(kDamaged) + "it lacks the table(s) " + list);
    }

    Result<Plan> plan = store::readPlan(memory);
    if (!plan) {
        Errors errors;
        for (const Error &e : plan.errors())
            errors.push_back(fileError(path, kDamaged + e.message));
        return errors;
    }
    if (const auto broken = structuralErrors(*plan); !broken.empty()) {
        Errors errors;
        for (const std::string &rule : broken)
            errors.push_back(fileError(path, "the plan in this file breaks a rule: " + rule));
        return errors;
    }
    ScheduleReference saved;
    if (accepted || scenarios)
        saved = acceptedScheduleIn(memory, path);
    if (scenarios) {
        Result<ScenarioSet> read = store::readScenarios(memory, plan.value(), saved);
        if (!read) {
            Errors errors;
            for (const Error &e : read.errors())
                errors.push_back(fileError(path, kDamaged + e.message));
            return errors;
        }
        *scenarios = std::move(read).value();
    }
    if (accepted)
        *accepted = std::move(saved);
    return plan;
}

} // namespace

Result<Plan> detail::openSqlitePlanFile(const fs::path &path, ScheduleReference *accepted, ScenarioSet *scenarios)
{
    const auto logger = log::get("core.store");
    logger->debug("opening {}", path.string());
    if (accepted)
        *accepted = {};
    Result<Plan> plan = [&]() -> Result<Plan> {
        try {
            return readPlanFile(path, accepted, scenarios);
        } catch (const SQLite::Exception &e) {
            return describeSqliteFailure(path, e);
        } catch (const std::exception &e) {
            return fileError(path, std::string("the file cannot be opened: ") + e.what());
        }
    }();
    if (plan)
        logger->debug("opened {}: {} capabilities, {} dependencies, {} teams, accepted schedule of {}",
                      path.string(), plan->capabilities.size(), plan->dependencies.size(), plan->teams.size(),
                      accepted ? accepted->capabilities.size() : 0);
    else
        logger->debug("could not open {}: {}", path.string(), plan.errorText());
    return plan;
}

} // namespace waveplan
