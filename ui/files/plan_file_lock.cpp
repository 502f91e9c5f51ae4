#include "ui/files/plan_file_lock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QStandardPaths>

#include <system_error>

namespace waveplan::ui {

namespace fs = std::filesystem;

std::string planPathKey(const fs::path &file)
{
    std::error_code error;
    const fs::path full = fs::absolute(file, error).lexically_normal();
    const QByteArray hash =
        QCryptographicHash::hash(QByteArray::fromStdString(full.string()), QCryptographicHash::Sha1).toHex().left(10);
    return file.stem().string() + "-" + hash.toStdString();
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
    claim.lock = FileLock::tryLock(lock, thisProcessAsHolder(QCoreApplication::applicationName().toStdString()));
    if (!claim.lock)
        claim.heldBy = FileLock::holderOf(lock);
    return claim;
}

std::optional<std::string> planFileHolder(const QString &directory, const fs::path &plan)
{
    return FileLock::holderOf(planLockPath(directory, plan));
}

} // namespace waveplan::ui
