#pragma once
/// @file baseline_actions.h
/// Schedule menu > Freeze Baseline..., Show Baseline (None or one of the plan's baselines),
/// Rename Shown Baseline..., Delete Shown Baseline. Each change is one undoable edit
/// (core/edit/baseline_edits.h); showing one is a view setting of the document.

#include <QString>

class QMenu;
class QWidget;

namespace waveplan::ui {

class PlanDocument;

/// Adds the baseline actions to `menu`; dialogs and messages are parented to `parent`.
void addBaselineActions(QMenu *menu, PlanDocument *document, QWidget *parent);

/// The name Freeze Baseline... offers: "Baseline 2027-01-04" for `today`, made unique among the
/// plan's baselines with " (2)", " (3)"...
[[nodiscard]] QString suggestedBaselineName(const PlanDocument &document);

} // namespace waveplan::ui
