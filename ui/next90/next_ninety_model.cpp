#include "ui/next90/next_ninety_model.h"

#include "ui/capacity/status_colors.h"
#include "ui/text/wave_labels.h"
#include "ui/document/plan_document.h"
#include "ui/text/qt_text.h"
#include "core/model/plan_index.h"
#include "core/model/tracking.h"

#include <QApplication>
#include <QFont>

#include <algorithm>
#include <vector>

namespace waveplan::ui::next90 {

namespace {

QString scoreText(const QString &letter, const std::optional<int> &score)
{
    return score ? QStringLiteral("%1 %2").arg(letter).arg(*score) : QStringLiteral("%1 –").arg(letter);
}

} // namespace

NextNinetyModel::NextNinetyModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    // Rebuilt by its view when a new schedule comes (NextNinetyDaysView), once it can be seen.
    rebuild();
}

void NextNinetyModel::rebuild()
{
    beginResetModel();
    const Plan &plan = m_document->plan();
    const Schedule &schedule = m_document->schedule();
    m_rows.clear();
    m_hasSchedule = !schedule.capabilities.empty() || plan.capabilities.empty();
    m_rolling = plan.asOf.has_value();
    if (m_rolling) {
        const PlanDates dates(plan);
        m_windowFirst = *asOfDay(plan, dates);
        m_windowEnd = std::max(m_windowFirst + 1, dates.dayOf(addDays(*plan.asOf, 90)));
    } else {
        m_windowFirst = 0;
        m_windowEnd = waveGrid(plan).firstDay(2);
    }
    // Capabilities and their arrows by index: a plan of 10,000 capabilities is rebuilt after
    // every edit, and looking keys up one by one made that quadratic (seconds).
    const PlanIndex index(plan);
    std::vector<int> seenBy(plan.capabilities.size(), -1); // the row whose walk last reached it
    std::vector<int> stack;
    for (const ScheduledCapability &s : schedule.capabilities) {
        const int at = index.indexOf(s.key);
        if (at < 0)
            continue;
        const Capability &c = plan.capabilities[static_cast<std::size_t>(at)];
        const bool inWindow = m_rolling ? c.status != WorkStatus::Done && s.startDay < m_windowEnd &&
                                              std::max(s.startDay, s.finishDay) >= m_windowFirst
                                        : s.wave == 1;
        if (!inWindow)
            continue;
        Row row;
        row.capability = c;
        row.startDay = s.startDay;
        row.finishDay = s.finishDay;
        row.goLiveWave = s.goLiveWave;
        // Plan order for the direct successors; a walk for everything waiting further down.
        for (const int d : index.outgoing(static_cast<std::size_t>(at)))
            row.blocks << qs(plan.dependencies[static_cast<std::size_t>(d)].successor);
        const int walk = static_cast<int>(m_rows.size());
        seenBy[static_cast<std::size_t>(at)] = walk;
        stack.assign(1, at);
        int reached = 0;
        while (!stack.empty()) {
            const auto from = static_cast<std::size_t>(stack.back());
            stack.pop_back();
            for (const int d : index.outgoing(from)) {
                const int next = index.successorOf(static_cast<std::size_t>(d));
                if (next >= 0 && seenBy[static_cast<std::size_t>(next)] != walk) {
                    seenBy[static_cast<std::size_t>(next)] = walk;
                    ++reached;
                    stack.push_back(next);
                }
            }
        }
        row.blockedInAll = reached;
        m_rows.push_back(std::move(row));
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.startDay < b.startDay; });
    endResetModel();
}

int NextNinetyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int NextNinetyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int NextNinetyModel::rowOf(const QString &key) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (qs(m_rows[i].capability.key) == key)
            return static_cast<int>(i);
    return -1;
}

QString NextNinetyModel::keyAt(int row) const
{
    return row >= 0 && row < rowCount() ? qs(m_rows[static_cast<std::size_t>(row)].capability.key) : QString();
}

int NextNinetyModel::withoutOwner() const
{
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.capability.owner.empty(); }));
}

int NextNinetyModel::withoutKpi() const
{
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.capability.kpi.empty(); }));
}

int NextNinetyModel::withLowReadiness() const
{
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(),
                                          [](const Row &r) { return hasLowReadiness(r.capability.readiness); }));
}

int NextNinetyModel::goingLiveInWaveOne() const
{
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.goLiveWave == 1; }));
}

int NextNinetyModel::goingLiveInWindow() const
{
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(), [this](const Row &r) {
        return std::max(r.startDay, r.finishDay - 1) < m_windowEnd;
    }));
}

bool NextNinetyModel::flagged(const Row &row, int column) const
{
    switch (column) {
    case Owner: return row.capability.owner.empty();
    case Kpi: return row.capability.kpi.empty();
    case ReadinessColumn: return hasLowReadiness(row.capability.readiness);
    default: return false;
    }
}

QVariant NextNinetyModel::display(const Row &row, int column) const
{
    const Plan &plan = m_document->plan();
    const Capability &c = row.capability;
    switch (column) {
    case CapabilityColumn: return c.name.empty() ? qs(c.key) : tr("%1 – %2").arg(qs(c.key), qs(c.name));
    case Kind: return c.kind == CapabilityKind::Foundational ? tr("Foundational") : tr("Additive");
    case Starts: return tr("%1 (day %2)").arg(shortDate(qDateOfDay(plan, row.startDay))).arg(row.startDay);
    case GoesLive:
        return tr("%1 (wave %2)").arg(shortDate(qDateOfDay(plan, std::max(row.startDay, row.finishDay - 1)))).arg(row.goLiveWave);
    case Owner: return c.owner.empty() ? tr("! No owner") : qs(c.owner);
    case Kpi: return c.kpi.empty() ? tr("! No KPI") : qs(c.kpi);
    case ReadinessColumn: {
        const Readiness &r = c.readiness;
        const QString scores = QStringList{scoreText(tr("T"), r.technical), scoreText(tr("S"), r.skills),
                                           scoreText(tr("P"), r.process)}
                                   .join(QStringLiteral(" · "));
        return hasLowReadiness(r) ? tr("! Low: %1").arg(scores) : scores;
    }
    case Blocks:
        if (row.blocks.isEmpty())
            return tr("nothing");
        if (row.blockedInAll > row.blocks.size())
            return tr("%1 (%2 in all)").arg(row.blocks.join(QStringLiteral(", "))).arg(row.blockedInAll);
        return row.blocks.join(QStringLiteral(", "));
    default: return {};
    }
}

QVariant NextNinetyModel::toolTip(const Row &row, int column) const
{
    const Capability &c = row.capability;
    switch (column) {
    case Owner:
        return c.owner.empty() ? tr("Nobody owns %1 yet: name an internal owner with authority before it starts.")
                                     .arg(qs(c.key))
                               : QVariant();
    case Kpi:
        return c.kpi.empty() ? tr("No commercial KPI agreed for %1: agree one before deployment.").arg(qs(c.key))
                             : QVariant();
    case ReadinessColumn: {
        const auto part = [](const QString &name, const std::optional<int> &score) {
            if (!score)
                return tr("%1 not assessed").arg(name);
            return isLowReadiness(score) ? tr("%1 %2 (low)").arg(name).arg(*score) : tr("%1 %2").arg(name).arg(*score);
        };
        const Readiness &r = c.readiness;
        return tr("Readiness from 1 (not ready) to 5: %1, %2, %3.")
            .arg(part(tr("technical"), r.technical), part(tr("skills"), r.skills), part(tr("process"), r.process));
    }
    case Blocks:
        if (row.blocks.isEmpty())
            return tr("Nothing waits on %1.").arg(qs(c.key));
        return tr("Waiting on %1: %2 directly; %3 in all, counting those that wait on them.")
            .arg(qs(c.key), row.blocks.join(QStringLiteral(", ")))
            .arg(row.blockedInAll);
    default: return display(row, column);
    }
}

QVariant NextNinetyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return display(row, column);
    case Qt::ToolTipRole: return toolTip(row, column);
    case Qt::AccessibleTextRole: return display(row, column);
    case KeyRole: return qs(row.capability.key);
    case FlaggedRole: return flagged(row, column);
    case Qt::BackgroundRole:
    case Qt::ForegroundRole: {
        if (!flagged(row, column))
            return {};
        const auto colors = capacity::StatusColors::fromPalette(QApplication::palette());
        return role == Qt::BackgroundRole ? colors.flagFill : colors.flagText;
    }
    case Qt::FontRole:
        if (flagged(row, column)) {
            QFont font = QApplication::font();
            font.setBold(true);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant NextNinetyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        if (section == ReadinessColumn)
            return tr("Technical, skills and process readiness from 1 (not ready) to 5; 2 or less is low.");
        if (section == Blocks)
            return tr("The capabilities that wait on it directly, and how many wait on it in all.");
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CapabilityColumn: return tr("Capability");
    case Kind: return tr("Kind");
    case Starts: return tr("Starts");
    case GoesLive: return tr("Goes live");
    case Owner: return tr("Owner");
    case Kpi: return tr("KPI");
    case ReadinessColumn: return tr("Readiness (T · S · P)");
    case Blocks: return tr("Blocks");
    default: return {};
    }
}

} // namespace waveplan::ui::next90
