#pragma once
/// @file scenario_actions.h
/// The Scenario menu (New Scenario from Current..., Switch To, Rename..., Delete...) and the
/// toolbar's scenario chooser: named variants of the plan kept in one file, each with its own
/// undo history while open (PlanDocument, "Scenarios").

#include <QComboBox>

class QMenu;
class QWidget;

namespace waveplan::ui {

class PlanDocument;

/// Adds the scenario actions to `menu`; dialogs are parented to `parent`.
void addScenarioActions(QMenu *menu, PlanDocument *document, QWidget *parent);

/// The toolbar's chooser: every scenario, the open one selected; choosing one opens it.
class ScenarioChooser : public QComboBox {
    Q_OBJECT
public:
    ScenarioChooser(PlanDocument *document, QWidget *parent = nullptr);

private:
    void refresh();

    PlanDocument *m_document;
    bool m_refreshing = false;
};

} // namespace waveplan::ui
