#include "ui/files/autosave.h"

#include "ui/document/plan_document.h"
#include "ui/files/plan_file_lock.h"

#include "core/log/logging.h"
#include "core/store/plan_store.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <system_error>
#include <utility>

namespace waveplan::ui {

Autosave::Autosave(PlanDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_timer(new QTimer(this))
    , m_directory(defaultDirectory())
    , m_token(QString::number(QRandomGenerator::global()->generate(), 16))
{
    m_timer->setInterval(kDefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &Autosave::writeNow);
    connect(m_document, &PlanDocument::fileStateChanged, this, &Autosave::followFileState);
    followFileState();
}

Autosave::~Autosave() = default;

namespace {

namespace fs = std::filesystem;

fs::path lockPathOf(const fs::path &recovery)
{
    return fs::path(recovery.string() + ".lock");
}

/// The lock on `recovery`, unless another instance holds it.
std::optional<FileLock> tryLocking(const fs::path &recovery)
{
    return FileLock::tryLock(lockPathOf(recovery), thisProcessAsHolder());
}

/// True while a running instance owns `recovery`.
bool ownedElsewhere(const fs::path &recovery)
{
    return FileLock::holderOf(lockPathOf(recovery)).has_value();
}

} // namespace

QString Autosave::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

std::filesystem::path Autosave::recoveryPath() const
{
    const fs::path &file = m_document->filePath();
    const std::string name = file.empty() ? "untitled-" + m_token.toStdString() : planPathKey(file);
    const fs::path folder(m_directory.toStdString());
    const fs::path keyed = folder / (name + ".waveplan");
    // Another instance has this plan open and unsaved too: it owns that file; this one writes its own.
    if (m_written == keyed || file.empty() || !ownedElsewhere(keyed))
        return keyed;
    return folder / (name + "-" + m_token.toStdString() + ".waveplan");
}

bool Autosave::own(const fs::path &path)
{
    if (m_lock && (m_written == path || m_lock->path() == lockPathOf(path)))
        return true;
    std::optional<FileLock> lock = tryLocking(path);
    if (!lock)
        return false;
    m_lock = std::move(lock);
    return true;
}

bool Autosave::writeNow()
{
    if (!m_document->isModified())
        return true;
    const std::filesystem::path path = recoveryPath();
    if (path == m_written && m_writtenRevision == m_document->revision())
        return true;
    std::error_code error;
    // Private: a plan's contents are nobody else's business.
    fs::create_directories(path.parent_path(), error);
    fs::permissions(path.parent_path(), fs::perms::owner_all, fs::perm_options::replace, error);
    std::optional<FileLock> previous;
    if (path != m_written) {
        previous = std::exchange(m_lock, std::nullopt);
        if (!own(path)) {
            m_lock = std::move(previous);
            log::get("ui.files")->warn("Cannot write the recovery file {}: another instance owns it", path.string());
            return false;
        }
    }
    // Every scenario, the open one with the schedule on screen, so a recovered plan comes back
    // with the same waves.
    const Status saved = saveScenarios(m_document->scenarios(), PlanLocation::ofFile(path));
    if (!saved) {
        log::get("ui.files")->warn("Cannot write the recovery file {}: {}", path.string(), saved.errorText());
        if (path != m_written)
            m_lock = std::move(previous); // still owning the copy written last, which stays
        return false;
    }
    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace, error);
    if (!m_written.empty() && m_written != path)
        fs::remove(m_written, error); // `previous` unlocks it after
    m_written = path;
    m_writtenRevision = m_document->revision();
    return true;
}

void Autosave::discardRecoveryFile()
{
    if (m_written.empty())
        return;
    std::error_code error;
    fs::remove(m_written, error);
    m_written.clear();
    m_lock.reset(); // removes the lock file
}

void Autosave::followFileState()
{
    if (m_document->isModified()) {
        if (!m_timer->isActive())
            m_timer->start();
        return;
    }
    m_timer->stop();
    discardRecoveryFile();
}

std::optional<std::filesystem::path> Autosave::findRecoveryFile(const QString &directory)
{
    std::error_code error;
    const std::filesystem::path folder(directory.toStdString());
    std::optional<std::filesystem::path> newest;
    std::filesystem::file_time_type newestTime{};
    for (const auto &entry : std::filesystem::directory_iterator(folder, error)) {
        if (entry.path().extension() != ".waveplan" || !entry.is_regular_file(error))
            continue;
        // Owned by an instance that is running: its work, not a crash's.
        if (ownedElsewhere(entry.path()))
            continue;
        const auto time = entry.last_write_time(error);
        if (!newest || time > newestTime) {
            newest = entry.path();
            newestTime = time;
        }
    }
    return newest;
}

std::filesystem::path Autosave::setAside(const std::filesystem::path &recovery)
{
    fs::path aside(recovery.string() + ".unreadable");
    std::error_code error;
    fs::rename(recovery, aside, error);
    return error ? recovery : aside;
}

} // namespace waveplan::ui
