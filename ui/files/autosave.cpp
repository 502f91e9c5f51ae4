#include "ui/files/autosave.h"

#include "ui/document/plan_document.h"

#include "core/log/logging.h"
#include "core/store/plan_store.h"

#include <QStandardPaths>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <system_error>

namespace waveplan::ui {

Autosave::Autosave(PlanDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_timer(new QTimer(this))
    , m_directory(defaultDirectory())
{
    m_timer->setInterval(kDefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &Autosave::writeNow);
    connect(m_document, &PlanDocument::fileStateChanged, this, &Autosave::followFileState);
    followFileState();
}

QString Autosave::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

std::filesystem::path Autosave::recoveryPath() const
{
    const std::filesystem::path &file = m_document->filePath();
    const std::string name = file.empty() ? std::string("untitled") : file.stem().string();
    return std::filesystem::path(m_directory.toStdString()) / (name + ".waveplan");
}

bool Autosave::writeNow()
{
    if (!m_document->isModified())
        return true;
    const std::filesystem::path path = recoveryPath();
    if (path == m_written && m_writtenRevision == m_document->revision())
        return true;
    std::error_code error;
    std::filesystem::create_directories(path.parent_path(), error);
    // Every scenario, the open one with the schedule on screen, so a recovered plan comes back
    // with the same waves.
    const Status saved = saveScenarios(m_document->scenarios(), PlanLocation::ofFile(path));
    if (!saved) {
        log::get("ui.files")->warn("Cannot write the recovery file {}: {}", path.string(), saved.errorText());
        return false;
    }
    if (!m_written.empty() && m_written != path)
        std::filesystem::remove(m_written, error);
    m_written = path;
    m_writtenRevision = m_document->revision();
    return true;
}

void Autosave::discardRecoveryFile()
{
    if (m_written.empty())
        return;
    std::error_code error;
    std::filesystem::remove(m_written, error);
    m_written.clear();
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
        const auto time = entry.last_write_time(error);
        if (!newest || time > newestTime) {
            newest = entry.path();
            newestTime = time;
        }
    }
    return newest;
}

} // namespace waveplan::ui
