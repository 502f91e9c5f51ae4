#include "ui/window/scenario_actions.h"

#include "ui/document/plan_document.h"
#include "ui/window/desktop.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>

namespace waveplan::ui {

namespace {

/// "Main plan (2)", "(3)"...: a name no scenario has yet.
QString freeName(const PlanDocument &document, const QString &base) {
    QString name = base;
    for (int n = 2; document.scenarioNames().contains(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}

void fillSwitchMenu(QMenu *menu, PlanDocument *document) {
    menu->clear();
    auto *group = new QActionGroup(menu);
    const QStringList names = document->scenarioNames();
    for (int i = 0; i < names.size(); ++i) {
        const QString name = names[i];
        // Numbered for the keyboard, as recent files are; a '&' in a name stays a '&'.
        QString text = QString(name).replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *item =
            menu->addAction(i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(text) : text);
        item->setCheckable(true);
        item->setChecked(name == document->scenarioName());
        if (i < 9)
            item->setShortcut(
                QKeySequence(Qt::CTRL | Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)));
        group->addAction(item);
        QObject::connect(item, &QAction::triggered, document,
                         [document, name] { document->switchToScenario(name); });
    }
}

} // namespace

void addScenarioActions(QMenu *menu, PlanDocument *document, QWidget *parent) {
    QAction *create = menu->addAction(QObject::tr("&New Scenario from Current..."));
    create->setObjectName(QStringLiteral("newScenarioAction"));
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    create->setStatusTip(
        QObject::tr("Copy the open scenario under a new name, to try a change without losing it"));
    QObject::connect(create, &QAction::triggered, parent, [document, parent] {
        askForName(parent, QObject::tr("New Scenario"),
                   QObject::tr("A copy of \"%1\" as it is now, to change on its own.\nName (for "
                               "example \"Buy the CDP\"):")
                       .arg(document->scenarioName()),
                   freeName(*document, document->scenarioName()), [document](const QString &name) {
                       return document->newScenarioFromCurrent(name);
                   });
    });

    QMenu *switchMenu = menu->addMenu(QObject::tr("&Switch To"));
    switchMenu->setObjectName(QStringLiteral("switchScenarioMenu"));
    QObject::connect(document, &PlanDocument::scenariosChanged, switchMenu,
                     [switchMenu, document] { fillSwitchMenu(switchMenu, document); });
    fillSwitchMenu(switchMenu, document);

    QAction *rename = menu->addAction(QObject::tr("&Rename Scenario..."));
    rename->setObjectName(QStringLiteral("renameScenarioAction"));
    QObject::connect(rename, &QAction::triggered, parent, [document, parent] {
        const QString from = document->scenarioName();
        askForName(
            parent, QObject::tr("Rename Scenario"), QObject::tr("New name for \"%1\":").arg(from),
            from,
            [document, from](const QString &name) { return document->renameScenario(from, name); });
    });
    QAction *remove = menu->addAction(QObject::tr("&Delete Scenario..."));
    remove->setObjectName(QStringLiteral("deleteScenarioAction"));
    QObject::connect(remove, &QAction::triggered, parent, [document, parent] {
        const QString name = document->scenarioName();
        if (QMessageBox::question(
                parent, QObject::tr("Delete Scenario"),
                QObject::tr("Delete the scenario \"%1\" and its undo history? The other scenarios "
                            "stay. This cannot be undone, but the file keeps it until you save.")
                    .arg(name)) != QMessageBox::Yes)
            return;
        if (const QString refused = document->deleteScenario(name); !refused.isEmpty())
            QMessageBox::warning(parent, QObject::tr("Delete Scenario"), refused);
    });
    const auto enable = [document, rename, remove] {
        remove->setEnabled(document->scenarioNames().size() > 1);
        rename->setEnabled(true);
    };
    QObject::connect(document, &PlanDocument::scenariosChanged, menu, enable);
    enable();
}

ScenarioChooser::ScenarioChooser(PlanDocument *document, QWidget *parent)
    : QComboBox(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("scenarioChooser"));
    setAccessibleName(tr("Scenario"));
    setToolTip(tr(
        "The scenario shown: another variant of this plan (Scenario > New Scenario from Current)"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_document, &PlanDocument::scenariosChanged, this, &ScenarioChooser::refresh);
    connect(this, &QComboBox::currentTextChanged, this, [this](const QString &name) {
        if (!m_refreshing)
            m_document->switchToScenario(name);
    });
    refresh();
}

void ScenarioChooser::refresh() {
    m_refreshing = true;
    clear();
    addItems(m_document->scenarioNames());
    setCurrentText(m_document->scenarioName());
    m_refreshing = false;
}

} // namespace waveplan::ui
