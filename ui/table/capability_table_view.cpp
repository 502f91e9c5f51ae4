#include "ui/table/capability_table_view.h"

#include "ui/table/capability_table_delegate.h"
#include "ui/table/capability_table_model.h"

#include <QHeaderView>
#include <QScrollBar>

namespace waveplan::ui {

namespace {

constexpr int kKey = CapabilityTableModel::Key;

} // namespace

CapabilityTableView::CapabilityTableView(QWidget *parent)
    : QTableView(parent)
    , m_frozen(new QTableView(this))
{
    setItemDelegate(new CapabilityTableDelegate(this));
    setSelectionBehavior(SelectRows);
    setAlternatingRowColors(true);
    setHorizontalScrollMode(ScrollPerPixel); // the columns slide under the frozen one smoothly
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);

    m_frozen->setObjectName(QStringLiteral("frozenKeyColumn"));
    m_frozen->setItemDelegate(new CapabilityTableDelegate(m_frozen));
    m_frozen->setFocusPolicy(Qt::NoFocus); // keys go to the table under it
    m_frozen->verticalHeader()->hide();
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->setSelectionBehavior(SelectRows);
    m_frozen->setAlternatingRowColors(true);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollMode(verticalScrollMode());
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->setStyleSheet(QStringLiteral("QTableView { border-right: 1px solid palette(mid); }"));
    viewport()->stackUnder(m_frozen);

    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section, int, int size) {
        if (section == kKey) {
            m_frozen->setColumnWidth(kKey, size);
            placeFrozenView();
        }
    });
    connect(verticalHeader(), &QHeaderView::sectionResized, this,
            [this](int row, int, int size) { m_frozen->setRowHeight(row, size); });
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(), &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(), &QAbstractSlider::setValue);
    // A click on the frozen key header sorts the table, as one on the table's own would.
    m_frozen->horizontalHeader()->setSortIndicatorShown(true);
    connect(m_frozen->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
        const bool again = horizontalHeader()->sortIndicatorSection() == section;
        const Qt::SortOrder order = again && horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder
                                        ? Qt::DescendingOrder
                                        : Qt::AscendingOrder;
        sortByColumn(section, order);
    });
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder order) {
        m_frozen->horizontalHeader()->setSortIndicator(section, order);
    });
}

void CapabilityTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    if (!model)
        return;
    for (int column = 0; column < model->columnCount(); ++column)
        m_frozen->setColumnHidden(column, column != kKey);
    m_frozen->setColumnWidth(kKey, columnWidth(kKey));
    // When, then why: the schedule's columns right after the name, the reason (long) last.
    int visual = horizontalHeader()->visualIndex(CapabilityTableModel::Name) + 1;
    for (const int column : {CapabilityTableModel::Wave, CapabilityTableModel::StartDate,
                             CapabilityTableModel::FinishDate, CapabilityTableModel::Slack, CapabilityTableModel::Drift})
        horizontalHeader()->moveSection(horizontalHeader()->visualIndex(column), visual++);
    horizontalHeader()->moveSection(horizontalHeader()->visualIndex(CapabilityTableModel::Reason),
                                    model->columnCount() - 1);
    placeFrozenView();
}

void CapabilityTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    placeFrozenView();
}

void CapabilityTableView::updateGeometries()
{
    QTableView::updateGeometries();
    placeFrozenView();
}

void CapabilityTableView::placeFrozenView()
{
    m_frozen->setGeometry(frameWidth(), frameWidth(), columnWidth(kKey),
                          viewport()->height() + horizontalHeader()->height());
    m_frozen->horizontalHeader()->setFixedHeight(horizontalHeader()->height());
}

QModelIndex CapabilityTableView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = QTableView::moveCursor(action, modifiers);
    // Moving left onto a cell hidden under the frozen column scrolls it out from under it.
    if (action == MoveLeft && current.column() != kKey &&
        visualRect(current).topLeft().x() < m_frozen->columnWidth(kKey)) {
        const int hidden = m_frozen->columnWidth(kKey) - visualRect(current).topLeft().x();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - hidden);
    }
    return current;
}

void CapabilityTableView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    // The key column is always in view; scrolling to it would only jerk the others about.
    if (index.column() != kKey)
        QTableView::scrollTo(index, hint);
    else if (index.isValid())
        QTableView::scrollTo(index.sibling(index.row(), horizontalHeader()->logicalIndexAt(columnWidth(kKey) + 1)),
                             hint);
}

} // namespace waveplan::ui
