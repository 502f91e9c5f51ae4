#include "ui/window/changes_banner.h"

#include "ui/document/plan_document.h"

#include "core/schedule/schedule_changes.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>


namespace waveplan::ui {

namespace {

constexpr int kMostMovesListed = 25;

QString shiftWords(int days)
{
    // The same words as the status line's describeChanges and `waveplan compare`.
    return days == 0 ? QObject::tr("same start")
                     : QObject::tr("starts %1").arg(QString::fromStdString(daysLaterOrSooner(days)));
}

} // namespace

ChangesBanner::ChangesBanner(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_label(new QLabel(this))
    , m_dismiss(new QToolButton(this))
{
    setObjectName(QStringLiteral("changesBanner"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_label->setObjectName(QStringLiteral("changesText"));
    m_dismiss->setObjectName(QStringLiteral("dismissChanges"));
    m_dismiss->setText(QStringLiteral("\u00D7"));
    m_dismiss->setAutoRaise(true);
    m_dismiss->setToolTip(tr("Dismiss: clear the \"moved\" marks on the map and the board"));
    m_dismiss->setAccessibleName(tr("Dismiss what changed"));
    layout->addWidget(m_label);
    layout->addWidget(m_dismiss);
    layout->addStretch(1); // the dismiss button right after the words, not at the far end
    connect(m_dismiss, &QToolButton::clicked, m_document, &PlanDocument::dismissChanges);
    connect(m_document, &PlanDocument::changesChanged, this, &ChangesBanner::refresh);
    refresh();
}

QString ChangesBanner::text() const
{
    return m_label->text();
}

void ChangesBanner::setSuppressed(bool suppressed)
{
    m_suppressed = suppressed;
    refresh();
}

QString ChangesBanner::details() const
{
    const ScheduleChanges &changes = m_document->lastChanges();
    QStringList lines;
    for (const CapabilityMove &m : changes.moves) {
        if (lines.size() == kMostMovesListed) {
            lines << tr("... and %1 more").arg(static_cast<int>(changes.moves.size()) - kMostMovesListed);
            break;
        }
        const QString key = QString::fromStdString(m.key);
        lines << (m.changedWave() ? tr("%1: wave %2 \u2192 %3, %4").arg(key).arg(m.fromWave).arg(m.toWave)
                                  : tr("%1: wave %2, %3").arg(key).arg(m.toWave))
                     .arg(shiftWords(m.startShiftDays()));
    }
    for (const std::string &key : changes.added)
        lines << tr("%1: added").arg(QString::fromStdString(key));
    for (const std::string &key : changes.removed)
        lines << tr("%1: removed").arg(QString::fromStdString(key));
    if (!changes.joinedDrivingPath.empty() || !changes.leftDrivingPath.empty()) {
        QStringList joined, left;
        for (const std::string &key : changes.joinedDrivingPath)
            joined << QString::fromStdString(key);
        for (const std::string &key : changes.leftDrivingPath)
            left << QString::fromStdString(key);
        if (!joined.isEmpty())
            lines << tr("Now on the driving path: %1").arg(joined.join(QStringLiteral(", ")));
        if (!left.isEmpty())
            lines << tr("No longer on it: %1").arg(left.join(QStringLiteral(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}

void ChangesBanner::refresh()
{
    const ScheduleChanges &changes = m_document->lastChanges();
    if (changes.empty()) {
        // Nothing to tell (or dismissed): say nothing rather than "Nothing moved" forever.
        m_label->clear();
        setVisible(false);
        return;
    }
    m_label->setText(tr("Last change: %1").arg(QString::fromStdString(describeChanges(m_document->plan(), changes))));
    m_label->setToolTip(details());
    setVisible(!m_suppressed);
}

} // namespace waveplan::ui
