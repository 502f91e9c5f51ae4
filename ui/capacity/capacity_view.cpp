#include "ui/capacity/capacity_view.h"

#include "ui/capacity/capacity_delegate.h"
#include "ui/capacity/capacity_model.h"
#include "ui/document/plan_document.h"
#include "ui/graphics/refresh_when_shown.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace waveplan::ui {

using capacity::CapacityModel;

CapacityView::CapacityView(PlanDocument *document, SelectionModel *selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_model(new CapacityModel(document, selection, this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("capacitySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);
    layout->addWidget(m_summary);

    auto *legend = new QLabel(tr("Each cell: people-days used of available in the wave, and go-lives against the "
                                 "team's change limit. \"OVER\" = over capacity or limit; \"!\" = 85 % or more, or "
                                 "at the limit. Click a cell to select what runs there."),
                              this);
    legend->setObjectName(QStringLiteral("capacityLegend"));
    legend->setWordWrap(true);
    layout->addWidget(legend);

    m_table->setObjectName(QStringLiteral("capacityTable"));
    m_table->setAccessibleName(tr("Team load by wave"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new capacity::CapacityDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::NoSelection); // the shared selection is framed instead
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableView::clicked, this, &CapacityView::selectCell);
    connect(m_table, &QTableView::activated, this, &CapacityView::selectCell);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CapacityView::refresh);
    // Every plan change that can alter the grid (all but map positions and baselines) is
    // followed by a new schedule: rebuilt once then, or when next shown if this tab is hidden.
    auto *rebuild = new RefreshWhenShown(this, [this] { m_model->rebuild(); });
    connect(m_document, &PlanDocument::scheduleChanged, rebuild, &RefreshWhenShown::request);
    refresh();
}

QString CapacityView::summaryText() const
{
    return m_summary->text();
}

void CapacityView::refresh()
{
    const Plan &plan = m_document->plan();
    if (plan.teams.empty()) {
        m_summary->setText(tr("No teams yet: add teams (Teams panel) to see their load per wave."));
        return;
    }
    if (m_model->columnCount() == 0) {
        m_summary->setText(tr("No schedule: fix the errors in the Problems panel to see team load."));
        return;
    }
    const int over = m_model->overCount();
    const int near = m_model->nearFullCount();
    if (over == 0 && near == 0) {
        m_summary->setText(tr("Every team has room in every wave (below 85 % and within its go-live limit)."));
        return;
    }
    QStringList parts;
    const auto teamWaves = [](int n) { return n == 1 ? tr("1 team-wave") : tr("%1 team-waves").arg(n); };
    if (over > 0)
        parts << tr("OVER: %1 over capacity or go-live limit").arg(teamWaves(over));
    if (near > 0)
        parts << tr("! %1 near full (85 % or more, or at the go-live limit)").arg(teamWaves(near));
    m_summary->setText(parts.join(QStringLiteral("; ")));
}

void CapacityView::selectCell(const QModelIndex &index)
{
    const QStringList keys = m_model->keysAt(index);
    if (!keys.isEmpty())
        m_selection->setSelectedKeys(keys);
}

} // namespace waveplan::ui
