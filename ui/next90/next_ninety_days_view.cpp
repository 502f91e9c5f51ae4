#include "ui/next90/next_ninety_days_view.h"

#include "ui/text/wave_labels.h"
#include "ui/document/plan_document.h"
#include "ui/graphics/refresh_when_shown.h"
#include "ui/next90/next_ninety_model.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace waveplan::ui {

using next90::NextNinetyModel;

NextNinetyDaysView::NextNinetyDaysView(PlanDocument *document, SelectionModel *selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_model(new NextNinetyModel(document, this))
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    m_heading->setObjectName(QStringLiteral("nextNinetyHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    m_heading->setFont(headingFont);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_heading);
    m_summary->setObjectName(QStringLiteral("nextNinetySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_table->setObjectName(QStringLiteral("nextNinetyTable"));
    m_table->setAccessibleName(tr("Capabilities starting in wave 1"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Fitting the columns (each refresh while shown) reads the text of the visible rows and a few
    // more, not of every row: it was a quarter of an edit's time with a 500-capability plan open.
    m_table->horizontalHeader()->setResizeContentsPrecision(50);
    layout->addWidget(m_table, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NextNinetyDaysView::selectFromTable);
    connect(m_selection, &SelectionModel::selectionChanged, this, &NextNinetyDaysView::selectFromModel);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NextNinetyDaysView::refresh);
    // Every plan change that can alter the table (all but map positions and baselines) is
    // followed by a new schedule: rebuilt once then, or when next shown if this tab is hidden.
    auto *rebuild = new RefreshWhenShown(this, [this] { m_model->rebuild(); });
    connect(m_document, &PlanDocument::scheduleChanged, rebuild, &RefreshWhenShown::request);
    refresh();
}

QString NextNinetyDaysView::headingText() const
{
    return m_heading->text();
}

QString NextNinetyDaysView::summaryText() const
{
    return m_summary->text();
}

void NextNinetyDaysView::refresh()
{
    const Plan &plan = m_document->plan();
    const int starting = m_model->rowCount();
    if (m_model->rolling()) {
        // Rolled to the as-of date: what is under way and what starts in the 90 days from it.
        m_heading->setText(tr("Next 90 days: %1 (as of %2)")
                               .arg(dayRangeText(plan, m_model->windowFirstDay(), m_model->windowEndDay() - 1),
                                    shortDate(toQDate(*plan.asOf))));
    } else {
        const QString days =
            plan.waveLengthDays == 90 ? tr("Next 90 days") : tr("Next %1 days").arg(plan.waveLengthDays);
        m_heading->setText(tr("%1: Wave 1 – %2").arg(days, waveDatesText(plan, 1)));
    }
    if (m_model->rolling() && m_model->hasSchedule()) {
        const int live = m_model->goingLiveInWindow();
        m_summary->setText(starting == 0 ? tr("Nothing is under way or starts in these 90 days.")
                                         : tr("%1 under way or starting in these 90 days").arg(starting) +
                                               (live == 1 ? tr(" (1 goes live in them)")
                                                          : tr(" (%1 go live in them)").arg(live)));
        if (starting > 0) {
            QStringList parts{m_summary->text()};
            if (const int n = m_model->withoutOwner(); n > 0)
                parts << tr("%1 without an owner").arg(n);
            if (const int n = m_model->withoutKpi(); n > 0)
                parts << tr("%1 without a KPI").arg(n);
            if (const int n = m_model->withLowReadiness(); n > 0)
                parts << tr("%1 with low readiness (2 or less)").arg(n);
            m_summary->setText(parts.join(QStringLiteral("; ")));
        }
    } else if (!m_model->hasSchedule()) {
        m_summary->setText(tr("No schedule: fix the errors in the Problems panel to see what starts in wave 1."));
    } else if (starting == 0) {
        m_summary->setText(tr("Nothing starts in wave 1 yet: add capabilities, or check their earliest and pinned waves."));
    } else {
        QStringList parts;
        const int live = m_model->goingLiveInWaveOne();
        parts << (starting == 1 ? tr("1 starts in wave 1") : tr("%1 start in wave 1").arg(starting)) +
                     (live == 0   ? tr(" (none goes live in it)")
                      : live == 1 ? tr(" (1 also goes live in it)")
                                  : tr(" (%1 also go live in it)").arg(live));
        const auto have = [this](int n, const QString &what) {
            return n == 1 ? tr("1 has %1").arg(what) : tr("%1 have %2").arg(n).arg(what);
        };
        if (const int n = m_model->withoutOwner(); n > 0)
            parts << have(n, tr("no owner"));
        if (const int n = m_model->withoutKpi(); n > 0)
            parts << have(n, tr("no KPI"));
        if (const int n = m_model->withLowReadiness(); n > 0)
            parts << have(n, tr("low readiness (2 or less)"));
        m_summary->setText(parts.join(QStringLiteral("; ")));
    }
    m_columnsStale = true;
    fitColumns();
    selectFromModel();
}

void NextNinetyDaysView::fitColumns()
{
    // Measuring the rows' text is most of a refresh (at 2,000 capabilities, as much as the
    // window's whole re-plan), and most edits are made with another tab in front: a hidden
    // table is fitted when it is shown.
    if (!m_columnsStale || !m_table->isVisible())
        return;
    m_columnsStale = false;
    // Fit the columns to their text, but no column crowds out the others (full text in tooltips).
    m_table->resizeColumnsToContents();
    const int widest = m_table->fontMetrics().averageCharWidth() * 30;
    for (int column = 0; column < NextNinetyModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
}

void NextNinetyDaysView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitColumns(); // the table is visible from here on
}

void NextNinetyDaysView::selectFromTable()
{
    if (m_syncing)
        return;
    QStringList keys;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        keys << m_model->keyAt(row.row());
    m_syncing = true;
    m_selection->setSelectedKeys(keys);
    m_syncing = false;
}

void NextNinetyDaysView::selectFromModel()
{
    if (m_syncing)
        return;
    m_syncing = true;
    QItemSelection selection;
    for (const QString &key : m_selection->selectedKeys())
        if (const int row = m_model->rowOf(key); row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, NextNinetyModel::ColumnCount - 1));
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        m_table->scrollTo(selection.indexes().constLast().siblingAtColumn(0));
    m_syncing = false;
}

} // namespace waveplan::ui
