#pragma once
/// @file capability_table_view.h
/// The capabilities table as the window shows it: rows selected whole, sortable (plan order
/// until the user sorts), the schedule's columns (wave, start, finish, slack) right after the
/// name so they are on screen at 1080p with the reason last, and the key column frozen: it stays
/// at the left edge, in a second view over the first that shares its model and selection, while
/// the other columns scroll under it (the layout of Qt's frozen-column example).

#include <QTableView>

namespace waveplan::ui {

class CapabilityTableView : public QTableView {
    Q_OBJECT
public:
    explicit CapabilityTableView(QWidget *parent = nullptr);

    /// Also hands `model` and the selection to the frozen key column, and puts the schedule's
    /// columns after the name.
    void setModel(QAbstractItemModel *model) override;
    /// The view that draws the frozen key column.
    [[nodiscard]] QTableView *frozenKeyView() const { return m_frozen; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    void updateGeometries() override;

private:
    void placeFrozenView();

    QTableView *m_frozen;
};

} // namespace waveplan::ui
