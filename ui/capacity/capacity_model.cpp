#include "ui/capacity/capacity_model.h"

#include "core/model/key_index.h"

#include "ui/text/wave_labels.h"
#include "ui/document/plan_document.h"
#include "ui/text/qt_text.h"

#include <algorithm>
#include <cmath>

namespace waveplan::ui::capacity {

namespace {

QString goLivesNoLimit(int goLives)
{
    return goLives == 1 ? CapacityModel::tr("1 go-live, no limit")
                        : CapacityModel::tr("%1 go-lives, no limit").arg(goLives);
}

} // namespace

CapacityModel::CapacityModel(PlanDocument *document, SelectionModel *selection, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_selection(selection)
{
    // Rebuilt by its view when a new schedule comes (CapacityView), once it can be seen.
    connect(m_selection, &SelectionModel::selectionChanged, this, [this] {
        if (rowCount() > 0 && columnCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {HoldsSelectionRole});
    });
    rebuild();
}

void CapacityModel::rebuild()
{
    beginResetModel();
    const Plan &plan = m_document->plan();
    const Schedule &schedule = m_document->schedule();
    m_teams.clear();
    m_cells.clear();
    m_waves = 0;
    for (const Team &team : plan.teams)
        m_teams << qs(team.name);
    for (const TeamWaveLoad &load : schedule.load)
        m_waves = std::max(m_waves, load.wave);
    if (schedule.capabilities.empty())
        m_waves = 0; // no schedule: nothing to show (the view says why)
    m_cells.resize(static_cast<std::size_t>(m_teams.size()) * static_cast<std::size_t>(m_waves));
    for (const TeamWaveLoad &load : schedule.load) {
        const auto row = m_teams.indexOf(qs(load.team));
        if (row < 0 || load.wave < 1 || load.wave > m_waves)
            continue;
        Cell &cell = m_cells[static_cast<std::size_t>(row * m_waves + load.wave - 1)];
        cell.load = load;
        cell.peopleDays = peopleDaysStatus(load.peopleDaysUsed, load.peopleDaysAvailable);
        cell.goLives = goLiveStatus(load.goLives, load.goLiveLimit);
    }
    // Who runs where: a capability is in every wave its days touch, for every team it uses.
    std::vector<const ScheduledCapability *> byStart;
    for (const ScheduledCapability &s : schedule.capabilities)
        byStart.push_back(&s);
    std::stable_sort(byStart.begin(), byStart.end(),
                     [](const auto *a, const auto *b) { return a->startDay < b->startDay; });
    const WaveGrid waves = waveGrid(plan);
    const KeyIndex capabilities(plan); // one look-up per capability, not a search of the plan
    for (const ScheduledCapability *s : byStart) {
        const int at = capabilities.indexOf(s->key);
        if (at < 0)
            continue;
        const Capability *c = &plan.capabilities[static_cast<std::size_t>(at)];
        const int firstWave = waves.waveOf(s->startDay);
        const int lastWave = std::min(m_waves, waves.waveOf(s->lastDay()));
        for (const TeamDemand &d : c->demand) {
            const auto row = m_teams.indexOf(qs(d.team));
            for (int wave = firstWave; row >= 0 && wave <= lastWave; ++wave)
                m_cells[static_cast<std::size_t>(row * m_waves + wave - 1)].keys << qs(s->key);
        }
    }
    endResetModel();
}

int CapacityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_waves == 0 ? 0 : static_cast<int>(m_teams.size());
}

int CapacityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_waves;
}

const CapacityModel::Cell *CapacityModel::cellAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= m_waves)
        return nullptr;
    return &m_cells[static_cast<std::size_t>(index.row() * m_waves + index.column())];
}

const TeamWaveLoad *CapacityModel::loadAt(const QModelIndex &index) const
{
    const Cell *cell = cellAt(index);
    return cell != nullptr ? &cell->load : nullptr;
}

QStringList CapacityModel::keysAt(const QModelIndex &index) const
{
    const Cell *cell = cellAt(index);
    return cell != nullptr ? cell->keys : QStringList();
}

int CapacityModel::overCount() const
{
    return static_cast<int>(std::count_if(m_cells.begin(), m_cells.end(),
                                          [](const Cell &c) { return loadStatus(c.load) == LoadStatus::Over; }));
}

int CapacityModel::nearFullCount() const
{
    return static_cast<int>(std::count_if(m_cells.begin(), m_cells.end(),
                                          [](const Cell &c) { return loadStatus(c.load) == LoadStatus::NearFull; }));
}

QString CapacityModel::markerText(const Cell &cell) const
{
    QStringList parts;
    if (cell.peopleDays == LoadStatus::Over)
        parts << tr("OVER capacity");
    else if (cell.peopleDays == LoadStatus::NearFull)
        parts << tr("! Near full");
    if (cell.goLives == LoadStatus::Over)
        parts << tr("OVER go-live limit");
    else if (cell.goLives == LoadStatus::NearFull)
        parts << tr("! At go-live limit");
    return parts.join(QStringLiteral(" · "));
}

QString CapacityModel::toolTip(const Cell &cell) const
{
    const Plan &plan = m_document->plan();
    const TeamWaveLoad &l = cell.load;
    QStringList lines;
    lines << tr("%1, wave %2 (%3)").arg(qs(l.team)).arg(l.wave).arg(waveDatesText(plan, l.wave));
    lines << tr("%1 of %2 people-days used").arg(l.peopleDaysUsed).arg(l.peopleDaysAvailable);
    lines << (l.goLiveLimit ? tr("%1 of %2 go-lives").arg(l.goLives).arg(*l.goLiveLimit)
                            : goLivesNoLimit(l.goLives));
    if (const QString marker = markerText(cell); !marker.isEmpty())
        lines << marker;
    if (cell.keys.isEmpty()) {
        lines << tr("Nothing runs here.");
    } else {
        lines << tr("Running in this wave:");
        for (const QString &key : cell.keys) {
            const Capability *c = plan.findCapability(str(key));
            const int people = demandOn(*c, l.team);
            lines << (people == 1 ? tr("  %1 %2 (1 person)").arg(key, qs(c->name))
                                  : tr("  %1 %2 (%3 people)").arg(key, qs(c->name)).arg(people));
        }
        lines << tr("Click or press Enter to select them.");
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant CapacityModel::data(const QModelIndex &index, int role) const
{
    const Cell *cell = cellAt(index);
    if (cell == nullptr)
        return {};
    const TeamWaveLoad &l = cell->load;
    switch (role) {
    case Qt::DisplayRole:
        return QStringList{data(index, PeopleDaysTextRole).toString(), data(index, PercentTextRole).toString(),
                           data(index, GoLivesTextRole).toString(), markerText(*cell)}
            .join(QLatin1Char('\n'))
            .trimmed();
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return toolTip(*cell);
    case LoadStatusRole: return int(cell->peopleDays);
    case GoLiveStatusRole: return int(cell->goLives);
    case StatusRole: return int(loadStatus(cell->load));
    case FractionRole:
        return l.peopleDaysAvailable > 0
                   ? static_cast<double>(l.peopleDaysUsed) / static_cast<double>(l.peopleDaysAvailable)
                   : (l.peopleDaysUsed > 0 ? 1.0 : 0.0);
    case PeopleDaysTextRole: return tr("%1 / %2 people-days").arg(l.peopleDaysUsed).arg(l.peopleDaysAvailable);
    case PercentTextRole:
        if (l.peopleDaysAvailable == 0)
            return tr("no people");
        return tr("%1 %").arg(std::llround(100.0 * static_cast<double>(l.peopleDaysUsed) /
                                           static_cast<double>(l.peopleDaysAvailable)));
    case GoLivesTextRole:
        return l.goLiveLimit ? tr("%1 / %2 go-lives").arg(l.goLives).arg(*l.goLiveLimit)
                             : goLivesNoLimit(l.goLives);
    case MarkerTextRole: return markerText(*cell);
    case KeysRole: return cell->keys;
    case HoldsSelectionRole: {
        const QStringList &selected = m_selection->selectedKeys();
        return std::any_of(cell->keys.begin(), cell->keys.end(),
                           [&](const QString &key) { return selected.contains(key); });
    }
    default: return {};
    }
}

QVariant CapacityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const Plan &plan = m_document->plan();
    if (orientation == Qt::Horizontal && section >= 0 && section < m_waves) {
        const int wave = section + 1;
        if (role == Qt::DisplayRole)
            return tr("%1\n%2").arg(waveName(plan, wave), waveDatesShortText(plan, wave));
        if (role == Qt::ToolTipRole)
            return tr("%1: %2").arg(waveName(plan, wave), waveDatesText(plan, wave));
    }
    if (orientation == Qt::Vertical && section >= 0 && section < m_teams.size()) {
        const Team *team = plan.findTeam(str(m_teams[section]));
        if (team == nullptr)
            return {};
        if (role == Qt::DisplayRole) {
            QString detail = team->capacity == 1 ? tr("1 person") : tr("%1 people").arg(team->capacity);
            if (!team->capacityByWave.empty())
                detail += tr(" (varies)");
            if (team->goLiveLimit)
                detail += tr(", ≤ %1 go-lives").arg(*team->goLiveLimit);
            return QStringLiteral("%1\n%2").arg(qs(team->name), detail);
        }
        if (role == Qt::ToolTipRole)
            return tr("%1: %2 people on every day unless a wave says otherwise; at most %3 go-lives per wave")
                .arg(qs(team->name))
                .arg(team->capacity)
                .arg(team->goLiveLimit ? QString::number(*team->goLiveLimit) : tr("any number of"));
    }
    return {};
}

} // namespace waveplan::ui::capacity
