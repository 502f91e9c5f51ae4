#pragma once
/// @file autosave.h
/// Periodic recovery copies of the open plan, so a crash loses at most a minute of work.

#include <QObject>
#include <QString>

#include <filesystem>
#include <optional>

class QTimer;

namespace waveplan::ui {

class PlanDocument;

/// While the document has unsaved changes, writes it every interval (60 s by default) to
/// `<directory>/<name>.waveplan` (atomically, through the PlanStore interface), where name is the plan file's
/// stem or "untitled". The recovery file is deleted as soon as the document is clean again
/// (saved, or replaced by New/Open) and by discardRecoveryFile() on a clean close.
class Autosave : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 60'000;

    explicit Autosave(PlanDocument *document, QObject *parent = nullptr);

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
    /// The most recently written recovery file in `directory`, if any.
    [[nodiscard]] static std::optional<std::filesystem::path> findRecoveryFile(const QString &directory);

private:
    void followFileState();

    PlanDocument *m_document = nullptr;
    QTimer *m_timer = nullptr;
    QString m_directory;
    std::filesystem::path m_written; ///< the recovery file on disk, empty if none
    quint64 m_writtenRevision = 0;
};

} // namespace waveplan::ui
