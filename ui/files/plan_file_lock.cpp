#include "ui/files/plan_file_lock.h"

#include <QCryptographicHash>
#include <QStandardPaths>

#include <system_error>

namespace waveplan::ui {

namespace fs = std::filesystem;

std::string planPathKey(const fs::path &file)
{
    // Through symbolic links, so one file reached by two paths has one key.
    std::error_code error;
    fs::path full = fs::weakly_canonical(file, error);
    if (error)
        full = fs::absolute(file, error).lexically_normal();
    const QByteArray hash =
        QCryptographicHash::hash(QByteArray::fromStdString(full.string()), QCryptographicHash::Sha1).toHex().left(10);
    // The stem is cut so that the name with its hash and suffix stays within 255 bytes.
    return full.stem().string().substr(0, 100) + "-" + hash.toStdString();
}

QString defaultPlanLockDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/open");
}

fs::path planLockPath(const QString &directory, const fs::path &plan)
{
    return fs::path(directory.toStdString()) / (planPathKey(plan) + ".lock");
}

PlanFileClaim claimPlanFile(const QString &directory, const fs::path &plan)
{
    std::error_code error;
    const fs::path folder(directory.toStdString());
    if (fs::create_directories(folder, error))
        fs::permissions(folder, fs::perms::owner_all, fs::perm_options::replace, error);
    const fs::path lock = planLockPath(directory, plan);
    PlanFileClaim claim;
    // A lock let go, or looked at by another window, between the two calls: try again.
    for (int attempt = 0; attempt < 3 && !claim.lock && !claim.heldBy; ++attempt) {
        claim.lock = FileLock::tryLock(lock, thisProcessAsHolder());
        if (!claim.lock)
            claim.heldBy = FileLock::holderOf(lock);
    }
    return claim;
}

std::optional<std::string> planFileHolder(const QString &directory, const fs::path &plan)
{
    return FileLock::holderOf(planLockPath(directory, plan));
}

} // namespace waveplan::ui
