#include "ui/problems/problems_panel.h"

#include "ui/document/plan_document.h"

#include "core/schedule/baseline_drift.h"
#include "core/schedule/schedule.h"
#include "core/validate/problem_order.h"
#include "core/validate/validation.h"

#include <QLineEdit>
#include <QEvent>
#include <QtConcurrent/QtConcurrentRun>
#include <QListWidget>
#include <QMap>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace waveplan::ui {

namespace {

/// The title of a group of advice: "Low readiness", "No KPI"; an unknown code in words
/// ("some-new-lint" -> "Some new lint").
QString codeInWords(const std::string &code)
{
    if (code == "missing-kpi")
        return ProblemsPanel::tr("No KPI");
    if (code == "missing-owner")
        return ProblemsPanel::tr("No owner");
    if (code == "no-team")
        return ProblemsPanel::tr("No team");
    if (code == "foundation-waits-on-additive")
        return ProblemsPanel::tr("A foundation waits on an add-on");
    if (code == "late-against-baseline")
        return ProblemsPanel::tr("Later than the baseline");
    QString words = QString::fromStdString(code).replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QString groupText(const QString &words, int count, bool open)
{
    return QStringLiteral("%1 %2: %3").arg(open ? QStringLiteral("\u25BE") : QStringLiteral("\u25B8"), words,
                                           ProblemsPanel::tr("%n capabilities", nullptr, count));
}

} // namespace

ProblemsPanel::ProblemsPanel(PlanDocument *document, SelectionModel *selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_check(new QFutureWatcher<std::vector<Problem>>(this))
{
    m_pool.setMaxThreadCount(1);
    connect(m_check, &QFutureWatcher<std::vector<Problem>>::finished, this, &ProblemsPanel::finishAside);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_filter->setObjectName(QStringLiteral("problemFilter"));
    m_filter->setPlaceholderText(tr("Filter problems"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter problems"));
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    m_list->setAccessibleName(tr("Problems"));
    m_list->setWordWrap(true);
    connect(m_list, &QListWidget::itemClicked, this, &ProblemsPanel::activate);
    connect(m_list, &QListWidget::itemActivated, this, &ProblemsPanel::activate);
    // The filter can find lines of closed groups, which are not made until needed.
    connect(m_filter, &QLineEdit::textChanged, this, &ProblemsPanel::rebuildList);
    // Validation depends on the plan, the schedule's problems on the schedule: a new schedule
    // follows every change that can alter either, and positions change neither.
    connect(m_document, &PlanDocument::scheduleChanged, this, &ProblemsPanel::refresh);
    connect(m_document, &PlanDocument::shownBaselineChanged, this, &ProblemsPanel::refresh);
    refresh();
}

QListWidgetItem *ProblemsPanel::itemOf(std::size_t index) const
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(ProblemRole).toInt() == static_cast<int>(index))
            return m_list->item(row);
    return nullptr;
}

ProblemsPanel::~ProblemsPanel()
{
    m_check->disconnect(this); // a check still running ends unseen; the pool waits for it
}

bool ProblemsPanel::isChecking() const
{
    return m_checking;
}

void ProblemsPanel::refresh()
{
    if (m_document->plan().capabilities.size() < kCheckedAsideFrom) {
        m_checkAgain = false;
        m_dropCheck = m_checking; // of a plan no longer shown (done or not: its result is still to come)
        showProblems(planProblems(m_document->plan(), m_document->schedule().problems));
        return;
    }
    if (m_checking) {
        m_checkAgain = true; // its result is already out of date: the next check starts when it ends
        return;
    }
    checkAside();
}

void ProblemsPanel::checkAside()
{
    m_checking = true;
    m_checkAgain = false;
    m_dropCheck = false;
    // The worker owns what it reads: a copy of the plan and of the schedule's problems.
    m_check->setFuture(QtConcurrent::run(&m_pool, [plan = m_document->plan(), scheduled = m_document->schedule().problems] {
        return planProblems(plan, scheduled);
    }));
}

void ProblemsPanel::finishAside()
{
    m_checking = false;
    if (m_checkAgain) {
        checkAside();
        return;
    }
    if (std::exchange(m_dropCheck, false))
        return;
    showProblems(m_check->future().takeResult());
}

void ProblemsPanel::showProblems(std::vector<Problem> problems)
{
    // Late against the shown baseline (issue 15): a flag per capability that now goes live later
    // than the baseline said, in the baseline's words.
    if (const Baseline *baseline = m_document->shownBaseline())
        for (const ScheduledCapability &s : m_document->schedule().capabilities)
            if (const std::optional<BaselineDrift> drift = driftOf(*baseline, m_document->plan(), s);
                drift && drift->finishDays > 0)
                problems.push_back({Severity::Warning, "late-against-baseline",
                                    s.key + ": " + driftSentence(*baseline, &*drift), {s.key}, {}});
    // Most edits leave the problems as they were (a plan of 10,000 capabilities has thousands
    // of lints): the list, its selection and its scroll position then stay as they are.
    if (m_listBuilt && problems == m_problems)
        return;
    m_problems = std::move(problems);
    rebuildList();
    emit problemsChanged();
}

void ProblemsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (m_listBuilt && (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange))
        rebuildList();
}

bool ProblemsPanel::inGroup(const Problem &problem) const
{
    const auto count = m_adviceCount.find(problem.code);
    return impactOf(problem) == ProblemImpact::Lint && count != m_adviceCount.end() && count->second >= kGroupFrom;
}

bool ProblemsPanel::filterFinds(const Problem &problem) const
{
    const QString filter = m_filter->text().trimmed();
    return !filter.isEmpty() && QString::fromStdString(problem.message).contains(filter, Qt::CaseInsensitive);
}

QListWidgetItem *ProblemsPanel::lineOf(std::size_t index) const
{
    const Problem &p = m_problems[index];
    const bool error = p.severity == Severity::Error;
    const bool member = inGroup(p);
    const QString text = QString::fromStdString(p.message);
    // Filled in before it joins the list: a line in the list tells the list of every change.
    auto *item = new QListWidgetItem(error ? m_icons.critical : m_icons.warning,
                                     member ? QStringLiteral("    ") + text : text);
    QStringList keys;
    for (const std::string &key : p.keys)
        keys << QString::fromStdString(key);
    item->setData(KeysRole, keys);
    item->setData(ProblemRole, static_cast<int>(index));
    item->setData(GroupRole, QString());
    item->setData(Qt::AccessibleTextRole, text);
    item->setToolTip(error ? tr("Error: %1").arg(text) : tr("Warning: %1").arg(text));
    if (member)
        item->setData(Qt::UserRole, QString::fromStdString(p.code)); // the group it belongs to
    return item;
}

void ProblemsPanel::rebuildList()
{
    // Advice repeated kGroupFrom times or more becomes one line, where its first one stood.
    m_adviceCount.clear();
    for (const Problem &p : m_problems)
        if (impactOf(p) == ProblemImpact::Lint)
            ++m_adviceCount[p.code];
    m_icons = {style()->standardIcon(QStyle::SP_MessageBoxInformation),
               style()->standardIcon(QStyle::SP_MessageBoxCritical),
               style()->standardIcon(QStyle::SP_MessageBoxWarning)};

    m_list->clear();
    QSet<QString> grouped;
    for (std::size_t i = 0; i < m_problems.size(); ++i) {
        const Problem &p = m_problems[i];
        const bool member = inGroup(p);
        const QString code = QString::fromStdString(p.code);
        if (member && !grouped.contains(code)) {
            grouped.insert(code);
            QStringList keys;
            for (const Problem &q : m_problems)
                if (q.code == p.code)
                    for (const std::string &key : q.keys)
                        keys << QString::fromStdString(key);
            auto *group = new QListWidgetItem(
                m_icons.info, groupText(codeInWords(p.code), m_adviceCount[p.code], m_openGroups.contains(code)));
            group->setData(KeysRole, keys);
            group->setData(ProblemRole, -1);
            group->setData(GroupRole, code);
            group->setToolTip(tr("Click to show or hide each of them"));
            m_list->addItem(group);
        }
        // The lines of a closed group are made when it opens (or the filter finds them): a plan
        // of 10,000 capabilities has thousands of them, and a list view keeps its hidden lines
        // in a list it searches for each one.
        if (member && !m_openGroups.contains(code) && !filterFinds(p))
            continue;
        m_list->addItem(lineOf(i));
    }
    // Groups that no longer exist are forgotten.
    m_openGroups.intersect(grouped);
    applyVisibility();
    m_listBuilt = true;
}

void ProblemsPanel::setGroupOpen(const QString &code, bool open)
{
    if (open)
        m_openGroups.insert(code);
    else
        m_openGroups.remove(code);
    int header = -1;
    for (int row = 0; row < m_list->count() && header < 0; ++row)
        if (m_list->item(row)->data(GroupRole).toString() == code)
            header = row;
    if (header < 0)
        return;
    const std::string groupCode = code.toStdString();
    m_list->item(header)->setText(groupText(codeInWords(groupCode), m_adviceCount[groupCode], open));
    // Walk the lines a full rebuild would make, in its order, beside the list: make the group's
    // lines it lacks when it opens, drop those the filter does not find when it closes.
    int row = 0;
    QSet<QString> headed;
    const auto at = [&](int r) { return r < m_list->count() ? m_list->item(r) : nullptr; };
    for (std::size_t i = 0; i < m_problems.size(); ++i) {
        const Problem &p = m_problems[i];
        const bool member = inGroup(p);
        const QString pCode = QString::fromStdString(p.code);
        if (member && !headed.contains(pCode)) {
            headed.insert(pCode);
            if (at(row) && at(row)->data(GroupRole).toString() == pCode)
                ++row;
        }
        const bool shown = at(row) && at(row)->data(GroupRole).toString().isEmpty()
                           && at(row)->data(ProblemRole).toInt() == static_cast<int>(i);
        if (p.code != groupCode) {
            row += shown ? 1 : 0;
        } else if (open && !shown) {
            m_list->insertItem(row++, lineOf(i));
        } else if (!open && shown && !filterFinds(p)) {
            delete m_list->takeItem(row);
        } else {
            row += shown ? 1 : 0;
        }
    }
    applyVisibility();
}

void ProblemsPanel::applyVisibility()
{
    const QString filter = m_filter->text().trimmed();
    const auto matches = [&](const QListWidgetItem *item) {
        if (filter.isEmpty())
            return true;
        const int index = item->data(ProblemRole).toInt();
        if (index < 0)
            return false;
        const Problem &p = m_problems[static_cast<std::size_t>(index)];
        return QString::fromStdString(p.message).contains(filter, Qt::CaseInsensitive);
    };
    // A member shows when its group is open or a filter finds it; a group line shows when the
    // filter is empty or finds one of its members.
    QSet<QString> groupsFound;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const QString group = item->data(Qt::UserRole).toString();
        if (item->data(GroupRole).toString().isEmpty()) {
            const bool found = matches(item);
            item->setHidden(!found || (!group.isEmpty() && filter.isEmpty() && !m_openGroups.contains(group)));
            if (found && !group.isEmpty())
                groupsFound.insert(group);
        }
    }
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const QString code = item->data(GroupRole).toString();
        if (!code.isEmpty())
            item->setHidden(!filter.isEmpty() && !groupsFound.contains(code));
    }
}

void ProblemsPanel::activate(QListWidgetItem *item)
{
    if (!item)
        return;
    if (const QString code = item->data(GroupRole).toString(); !code.isEmpty()) {
        // A click and the activation some styles send with it are one toggle, not two.
        if (code == m_lastToggled && m_sinceToggle.isValid() && m_sinceToggle.elapsed() < 400)
            return;
        m_lastToggled = code;
        m_sinceToggle.start();
        setGroupOpen(code, !m_openGroups.contains(code));
        return;
    }
    const QStringList keys = item->data(KeysRole).toStringList();
    if (!keys.isEmpty())
        m_selection->setSelectedKeys(keys);
    emit problemActivated(keys);
}

} // namespace waveplan::ui
