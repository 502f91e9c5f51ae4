#pragma once
/// @file problems_panel.h
/// The plan's problems in one list: what validation finds plus the schedule's clashes and
/// risks (a problem both report is shown once), each with a severity icon and its sentence.
/// Clicking a problem selects the capabilities it concerns.

#include "core/model/problem.h"

#include <QStringList>
#include <QWidget>

#include <vector>

class QListWidget;
class QListWidgetItem;

namespace waveplan::ui {

class PlanDocument;
class SelectionModel;

class ProblemsPanel : public QWidget {
    Q_OBJECT
public:
    /// Item data role holding a problem's capability keys (QStringList).
    static constexpr int KeysRole = Qt::UserRole + 1;

    ProblemsPanel(PlanDocument *document, SelectionModel *selection, QWidget *parent = nullptr);

    [[nodiscard]] QListWidget *list() const { return m_list; }
    /// The problems shown, in list order: validation's first, then the schedule's new ones.
    [[nodiscard]] const std::vector<Problem> &problems() const { return m_problems; }

    /// Recomputes the list from the document (it also follows the document's signals).
    void refresh();

signals:
    /// The user clicked (or activated) a problem concerning these capabilities.
    void problemActivated(const QStringList &keys);

private:
    void activate(QListWidgetItem *item);

    PlanDocument *m_document;
    SelectionModel *m_selection;
    QListWidget *m_list;
    std::vector<Problem> m_problems;
};

} // namespace waveplan::ui
