#include "ui/problems/problems_panel.h"

#include "ui/document/plan_document.h"

#include "core/validate/validation.h"

#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace waveplan::ui {

namespace {

/// Validation and the scheduler can report the same problem; code and keys identify it.
bool sameProblem(const Problem &a, const Problem &b)
{
    return a.code == b.code && a.keys == b.keys;
}

} // namespace

ProblemsPanel::ProblemsPanel(PlanDocument *document, SelectionModel *selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    m_list->setAccessibleName(tr("Problems"));
    m_list->setWordWrap(true);
    connect(m_list, &QListWidget::itemClicked, this, &ProblemsPanel::activate);
    connect(m_list, &QListWidget::itemActivated, this, &ProblemsPanel::activate);
    // Validation depends on the plan, the schedule's problems on the schedule: a new schedule
    // follows every change that can alter either, and positions change neither.
    connect(m_document, &PlanDocument::scheduleChanged, this, &ProblemsPanel::refresh);
    refresh();
}

void ProblemsPanel::refresh()
{
    m_problems = validatePlan(m_document->plan());
    for (const Problem &p : m_document->schedule().problems) {
        const auto same = [&](const Problem &q) { return sameProblem(p, q); };
        if (std::none_of(m_problems.begin(), m_problems.end(), same))
            m_problems.push_back(p);
    }
    m_list->clear();
    for (const Problem &p : m_problems) {
        const bool error = p.severity == Severity::Error;
        auto *item = new QListWidgetItem(
            style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
            QString::fromStdString(p.message), m_list);
        QStringList keys;
        for (const std::string &key : p.keys)
            keys << QString::fromStdString(key);
        item->setData(KeysRole, keys);
        item->setToolTip(error ? tr("Error: %1").arg(item->text()) : tr("Warning: %1").arg(item->text()));
    }
}

void ProblemsPanel::activate(QListWidgetItem *item)
{
    if (!item)
        return;
    const QStringList keys = item->data(KeysRole).toStringList();
    if (!keys.isEmpty())
        m_selection->setSelectedKeys(keys);
    emit problemActivated(keys);
}

} // namespace waveplan::ui
