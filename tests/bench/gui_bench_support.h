#pragma once
/// What the map and board benchmarks share: the generated plans they time, the clock, the
/// command line (--sizes N,N,... --repeats R), the edit-to-repaint harness (push an edit command,
/// let the view sync, render it into an image) and the --screenshot mode. Not a test.

#include "core/model/plan.h"

#include <QImage>

#include <functional>
#include <vector>

class QGraphicsView;

namespace waveplan::ui {
class PlanDocument;
class SelectionModel;
class ZoomableView;
} // namespace waveplan::ui

namespace waveplan::bench {

/// Milliseconds `work` takes.
[[nodiscard]] double millisecondsOf(const std::function<void()> &work);
[[nodiscard]] double median(std::vector<double> values);

/// A generated plan of `size` capabilities, about 1.5 dependencies each, five teams large enough
/// for a roadmap that spans a handful of waves (as real ones do) rather than hundreds of waves of
/// a capacity-starved plan; no pins or deadlines that clash.
[[nodiscard]] Plan generatedPlan(int size);

/// Sizes and repeats from the command line, `sizes` and 7 repeats unless given.
struct RunOptions {
    std::vector<int> sizes;
    int repeats = 7;
};
[[nodiscard]] RunOptions parseRunOptions(int argc, char **argv, std::vector<int> sizes);

/// Fills `image` with the window colour and renders `view` into it.
void render(QGraphicsView &view, QImage &image);

/// Edit-to-repaint times, in milliseconds, of one rename and one duration edit (+45 days).
struct EditTimes {
    double renameMs = 0;
    double durationMs = 0;
    double durationSyncMs = 0; ///< of durationMs: building and pushing the edit, the document's
                               ///< schedule and the scene's sync, before anything repaints
};
/// Renames capability `key` and then makes it 45 days longer, each as an undoable command,
/// timing each from the push through the view's sync to a finished render of `view`. Repaints
/// still pending from before are done before each clock starts.
[[nodiscard]] EditTimes timeEdits(ui::PlanDocument &document, const std::string &key, QGraphicsView &view,
                                  QImage &image);

/// Opens `planPath` (first schedule only, as after each edit); prints why on stderr if it cannot.
[[nodiscard]] bool openPlan(ui::PlanDocument &document, const char *planPath);
/// Shows `view` at 1600 x 1000, fitted, the plan's first capability selected, and saves it as
/// `pngPath`; returns a process exit code.
[[nodiscard]] int saveScreenshot(ui::ZoomableView &view, const ui::PlanDocument &document,
                                 ui::SelectionModel &selection, const char *pngPath);

} // namespace waveplan::bench
