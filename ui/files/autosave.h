#pragma once
/// @file autosave.h
/// Periodic recovery copies of the open plan, so a crash loses at most a minute of work.

#include "core/io/file_lock.h"

#include <QObject>
#include <QString>

#include <filesystem>
#include <memory>
#include <optional>

class QTimer;

namespace waveplan::ui {

class PlanDocument;

/// While the document has unsaved changes, writes it every interval (60 s by default) to
/// `<directory>/<name>.waveplan` (atomically, through the PlanStore interface). The name is the
/// plan file's stem and a hash of its full path ("roadmap-3f2a9c01d4"), so plans of one name in
/// two folders never share a recovery file; an untitled plan's is "untitled-" and this
/// instance's own token. The instance that writes a recovery file owns it (a lock file beside
/// it) until it deletes it, so another instance neither offers it nor writes it (it writes its
/// own, with its token). The folder is private (0700) and the files too (0600).
/// The recovery file is deleted as soon as the document is clean again (saved, or replaced by
/// New/Open) and by discardRecoveryFile() on a clean close.
class Autosave : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 60'000;

    explicit Autosave(PlanDocument *document, QObject *parent = nullptr);
    ~Autosave() override;

    /// QStandardPaths::AppDataLocation + "/recovery".
    [[nodiscard]] static QString defaultDirectory();
    /// Where recovery files go (tests point it at a temporary folder).
    void setDirectory(const QString &directory) { m_directory = directory; }
    [[nodiscard]] const QString &directory() const { return m_directory; }

    /// The timer that triggers writes (its interval may be changed).
    [[nodiscard]] QTimer *timer() const { return m_timer; }

    /// The recovery file for the document as it is now.
    [[nodiscard]] std::filesystem::path recoveryPath() const;
    /// Writes the recovery file now if the document is modified and changed since the last
    /// write; returns false only when writing failed (the reason is logged).
    bool writeNow();
    /// Deletes the recovery file written last, if any.
    void discardRecoveryFile();
    /// The most recently written recovery file in `directory` that no running instance owns, if any.
    [[nodiscard]] static std::optional<std::filesystem::path> findRecoveryFile(const QString &directory);
    /// Sets a recovery file that cannot be read aside (".unreadable" added to its name), so it is
    /// kept but no longer offered; returns where it is now.
    [[nodiscard]] static std::filesystem::path setAside(const std::filesystem::path &recovery);

private:
    void followFileState();
    /// Owns `path` (its lock file) unless this instance does already; false when another does.
    bool own(const std::filesystem::path &path);

    PlanDocument *m_document = nullptr;
    QTimer *m_timer = nullptr;
    QString m_directory;
    std::filesystem::path m_written; ///< the recovery file on disk, empty if none
    quint64 m_writtenRevision = 0;
    std::optional<FileLock> m_lock; ///< held on m_written's lock file
    QString m_token;                   ///< this instance's, for names no other instance uses
};

} // namespace waveplan::ui
