#pragma once
/// @file problems_panel.h
/// The plan's problems in one list: what validation finds plus the schedule's clashes and
/// risks (a problem both report is shown once), each with a severity icon and its sentence,
/// most severe first (core/validate/problem_order.h: errors, clashes, horizon and deadlines,
/// overloads, lints). Advice repeated for several capabilities (low readiness, a missing
/// owner...) is one line, "Low readiness: 16 capabilities", that opens to show each when
/// clicked. A filter above the list keeps the problems whose sentence holds the text typed.
/// Clicking a problem selects the capabilities it concerns.
///
/// A plan of kCheckedAsideFrom capabilities or more is checked on another thread: validating
/// 10,000 capabilities took a third of every edit on the GUI thread. The list keeps what it
/// showed until the check of the latest plan is in (a check of a plan edited since is not
/// shown: the next one starts instead), then says so with problemsChanged().

#include "core/model/problem.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QIcon>
#include <QSet>
#include <QStringList>
#include <QThreadPool>
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
    /// Plans of this many capabilities or more are checked on another thread (see above).
    static constexpr std::size_t kCheckedAsideFrom = 2000;

    ProblemsPanel(PlanDocument *document, SelectionModel *selection, QWidget *parent = nullptr);
    ~ProblemsPanel() override;

    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }
    /// The problems, most severe first (see the file comment).
    [[nodiscard]] const std::vector<Problem> &problems() const { return m_problems; }
    /// The line showing problems()[index] (inside its group when grouped); null for a line of a
    /// closed group the filter does not find: those are made when their group opens.
    [[nodiscard]] QListWidgetItem *itemOf(std::size_t index) const;

    /// Recomputes the list from the document (it also follows the document's signals); for a
    /// large plan, starts the check on another thread.
    void refresh();
    /// True from the start of a large plan's check on another thread until its result is in.
    [[nodiscard]] bool isChecking() const;
    /// Opens or closes the group of problems with this code.
    void setGroupOpen(const QString &code, bool open);

signals:
    /// The user clicked (or activated) a problem concerning these capabilities.
    void problemActivated(const QStringList &keys);
    /// problems() changed.
    void problemsChanged();

protected:
    /// A new style or palette (View > Theme): the lines are made again with its icons.
    void changeEvent(QEvent *event) override;

private:
    void activate(QListWidgetItem *item);
    /// Shows `problems` (the plan's and the schedule's) with the lateness against the shown
    /// baseline added, when they differ from those shown.
    void showProblems(std::vector<Problem> problems);
    /// Checks the plan as it is now on the other thread.
    void checkAside();
    /// The check on the other thread is done.
    void finishAside();
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
    QThreadPool m_pool; ///< one thread, for the checks of large plans; waited for when destroyed
    QFutureWatcher<std::vector<Problem>> *m_check;
    /// A check started whose result has not come in yet (the worker may be done: its result
    /// comes as an event).
    bool m_checking = false;
    bool m_checkAgain = false; ///< the plan changed while it was being checked
    bool m_dropCheck = false;  ///< the check running is of a large plan since replaced by a small one
};

} // namespace waveplan::ui
