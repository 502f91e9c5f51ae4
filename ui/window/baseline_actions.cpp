#include "ui/window/baseline_actions.h"

#include "ui/commands/plan_edit_command.h"
#include "ui/document/plan_document.h"
#include "ui/window/desktop.h"
#include "ui/text/qt_text.h"
#include "ui/text/wave_labels.h"

#include "core/edit/baseline_edits.h"
#include "core/schedule/baseline_drift.h"
#include "core/schedule/schedule.h"

#include <QAction>
#include <QActionGroup>
#include <QDate>
#include <QMenu>
#include <QMessageBox>

#include <chrono>

namespace waveplan::ui {

namespace {

void freeze(PlanDocument *document, QWidget *parent) {
    const QString title = QObject::tr("Freeze Baseline");
    if (document->schedule().capabilities.empty()) {
        QMessageBox::information(
            parent, title,
            QObject::tr("The plan has no schedule to freeze yet: fix the problems listed in the "
                        "Problems panel first."));
        return;
    }
    askForName(
        parent, title,
        QObject::tr(
            "Freeze the schedule on screen as a baseline, to measure later changes against.\n"
            "Name (for example \"Board approved, Jan 2027\"):"),
        suggestedBaselineName(*document), [&](const QString &name) {
            const Plan &plan = document->plan();
            return pushEdit(document,
                            edit::freezeBaseline(plan, baselineOf(name.toStdString(), todayDate(), plan,
                                                                  document->schedule())));
        });
}

void renameShown(PlanDocument *document, QWidget *parent) {
    const Baseline *shown = document->shownBaseline();
    if (shown == nullptr)
        return;
    const std::string from = shown->name;
    askForName(parent, QObject::tr("Rename Baseline"),
               QObject::tr("New name for the baseline \"%1\":").arg(qs(from)), qs(from),
               [&](const QString &name) {
                   return pushEdit(
                       document, edit::renameBaseline(document->plan(), from, name.toStdString()));
               });
}

void deleteShown(PlanDocument *document, QWidget *parent) {
    const Baseline *shown = document->shownBaseline();
    if (shown == nullptr)
        return;
    if (const QString refused =
            pushEdit(document, edit::deleteBaseline(document->plan(), shown->name));
        !refused.isEmpty())
        QMessageBox::warning(parent, QObject::tr("Delete Baseline"), refused);
}

/// Show Baseline's items: None, then every baseline in the order they were frozen.
void fillShowMenu(QMenu *menu, PlanDocument *document) {
    menu->clear();
    auto *group = new QActionGroup(menu);
    const Baseline *shown = document->shownBaseline();
    QAction *none = menu->addAction(QObject::tr("&None"));
    none->setCheckable(true);
    none->setChecked(shown == nullptr);
    group->addAction(none);
    QObject::connect(none, &QAction::triggered, document,
                     [document] { document->showBaseline({}); });
    for (const Baseline &b : document->plan().baselines) {
        const QString name = qs(b.name);
        QAction *item =
            menu->addAction(QObject::tr("%1 (frozen %2)").arg(name, qs(formatIsoDate(b.frozenOn))));
        item->setCheckable(true);
        item->setChecked(shown != nullptr && shown->name == b.name);
        group->addAction(item);
        QObject::connect(item, &QAction::triggered, document,
                         [document, name] { document->showBaseline(name); });
    }
}

} // namespace

QString suggestedBaselineName(const PlanDocument &document) {
    const QString base = QObject::tr("Baseline %1").arg(qs(formatIsoDate(todayDate())));
    QString name = base;
    for (int n = 2; document.plan().findBaseline(name.toStdString()); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}

void addBaselineActions(QMenu *menu, PlanDocument *document, QWidget *parent) {
    QAction *freezeAction = menu->addAction(QObject::tr("&Freeze Baseline..."));
    freezeAction->setObjectName(QStringLiteral("freezeBaselineAction"));
    freezeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    freezeAction->setStatusTip(
        QObject::tr("Keep the schedule on screen under a name, to see later how far the plan has "
                    "drifted from it"));
    QObject::connect(freezeAction, &QAction::triggered, parent,
                     [document, parent] { freeze(document, parent); });

    QMenu *show = menu->addMenu(QObject::tr("&Show Baseline"));
    show->setObjectName(QStringLiteral("showBaselineMenu"));
    QObject::connect(show, &QMenu::aboutToShow, show,
                     [show, document] { fillShowMenu(show, document); });
    fillShowMenu(show, document); // so the menu is never empty, even before it is opened

    QAction *rename = menu->addAction(QObject::tr("&Rename Shown Baseline..."));
    rename->setObjectName(QStringLiteral("renameBaselineAction"));
    QObject::connect(rename, &QAction::triggered, parent,
                     [document, parent] { renameShown(document, parent); });
    QAction *remove = menu->addAction(QObject::tr("De&lete Shown Baseline"));
    remove->setObjectName(QStringLiteral("deleteBaselineAction"));
    remove->setStatusTip(QObject::tr("Delete the shown baseline (Undo brings it back)"));
    QObject::connect(remove, &QAction::triggered, parent,
                     [document, parent] { deleteShown(document, parent); });

    const auto enable = [document, show, rename, remove] {
        const bool any = !document->plan().baselines.empty();
        show->setEnabled(any);
        rename->setEnabled(document->shownBaseline() != nullptr);
        remove->setEnabled(document->shownBaseline() != nullptr);
    };
    QObject::connect(document, &PlanDocument::shownBaselineChanged, menu, enable);
    QObject::connect(document, &PlanDocument::planChanged, menu, enable);
    enable();
}

} // namespace waveplan::ui
