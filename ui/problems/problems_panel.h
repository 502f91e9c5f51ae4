#pragma once
/// @file problems_panel.h
/// The plan's problems in one list: what validation finds plus the schedule's clashes and
/// risks (a problem both report is shown once), each with a severity icon and its sentence,
/// most severe first (core/validate/problem_order.h: errors, clashes, horizon and deadlines,
/// overloads, lints). Advice repeated for several capabilities (low readiness, a missing
/// owner...) is one line, "Low readiness: 16 capabilities", that opens to show each when
/// clicked. A filter above the list keeps the problems whose sentence holds the text typed.
/// Clicking a problem selects the capabilities it concerns.

#include "core/model/problem.h"

#include <QElapsedTimer>
#include <QIcon>
#include <QSet>
#include <QStringList>
#include <QWidget>

#include <map>
#include <string>
#include <vector>

class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace waveplan::ui {

class PlanDocument;
class SelectionModel;

class ProblemsPanel : public QWidget {
    Q_OBJECT
public:
    /// Item data role holding a problem's capability keys (QStringList); a group line holds
    /// the keys of all its problems.
    static constexpr int KeysRole = Qt::UserRole + 1;
    /// Item data role holding the index in problems() of the problem a line shows; -1 on a
    /// group line.
    static constexpr int ProblemRole = Qt::UserRole + 2;
    /// Item data role holding the code of a group line's problems (empty on other lines).
    static constexpr int GroupRole = Qt::UserRole + 3;
    /// Advice given this many times or more is grouped into one line.
    static constexpr int kGroupFrom = 3;

    ProblemsPanel(PlanDocument *document, SelectionModel *selection, QWidget *parent = nullptr);

    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }
    /// The problems, most severe first (see the file comment).
    [[nodiscard]] const std::vector<Problem> &problems() const { return m_problems; }
    /// The line showing problems()[index] (inside its group when grouped); null for a line of a
    /// closed group the filter does not find: those are made when their group opens.
    [[nodiscard]] QListWidgetItem *itemOf(std::size_t index) const;

    /// Recomputes the list from the document (it also follows the document's signals).
    void refresh();
    /// Opens or closes the group of problems with this code.
    void setGroupOpen(const QString &code, bool open);

signals:
    /// The user clicked (or activated) a problem concerning these capabilities.
    void problemActivated(const QStringList &keys);

protected:
    /// A new style or palette (View > Theme): the lines are made again with its icons.
    void changeEvent(QEvent *event) override;

private:
    void activate(QListWidgetItem *item);
    /// The list again from problems(): lines, group headers, and the lines of open groups.
    void rebuildList();
    [[nodiscard]] bool inGroup(const Problem &problem) const;
    /// The filter is not empty and the problem's text holds it.
    [[nodiscard]] bool filterFinds(const Problem &problem) const;
    /// A new line for problems()[index], not yet in the list.
    [[nodiscard]] QListWidgetItem *lineOf(std::size_t index) const;
    void applyVisibility();

    PlanDocument *m_document;
    SelectionModel *m_selection;
    QLineEdit *m_filter;
    QListWidget *m_list;
    std::vector<Problem> m_problems;
    bool m_listBuilt = false; ///< the list shows m_problems
    std::map<std::string, int, std::less<>> m_adviceCount; ///< lints by code: how many
    struct Icons {
        QIcon info, critical, warning;
    } m_icons;
    QSet<QString> m_openGroups;
    QString m_lastToggled;
    QElapsedTimer m_sinceToggle;
};

} // namespace waveplan::ui
