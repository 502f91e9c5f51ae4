#pragma once
/// What the map and board benchmarks share: the generated plans they time, the clock, the
/// command line (--sizes N,N,... --repeats R), the edit-to-repaint harness (push an edit command,
/// let the view sync and repaint, then render it whole into an image) and the --screenshot mode. Not a test.

#include "core/model/plan.h"

#include <QImage>

#include <functional>
#include <string>
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

/// One edit, timed in milliseconds from the push of its command.
struct EditTime {
    double syncMs = 0;   ///< building and pushing the edit, the document's schedule and the scene's
                         ///< sync, before anything repaints
    double screenMs = 0; ///< to the end of the view's own repaint: what the screen shows (the view
                         ///< repaints the part of it the edit changed)
    double fullMs = 0;   ///< screenMs plus a render of the whole view into an image (as the
                         ///< benchmark measured before the view's own repaint was timed)
    double settledMs = 0; ///< to the end of the repaint after work the view finishes in the
                          ///< background (a large map's layout), wall clock with the full
                          ///< render done meanwhile; screenMs when there is none
};
/// Edit-to-repaint times of one rename and one duration edit (+45 days).
struct EditTimes {
    EditTime rename;
    EditTime duration;
};
/// Renames capability `key` and then makes it 45 days longer, each as an undoable command,
/// timing each from the push through the view's sync and repaint (the paint events of its
/// viewport, delivered as on screen) and then a render of the whole `view` into `image`.
/// Repaints still pending from before are done before each clock starts. `view` must be shown.
/// When `busy` is given, each edit is also timed until it returns false (work the view does
/// in the background) and the view has repainted after it.
[[nodiscard]] EditTimes timeEdits(ui::PlanDocument &document, const std::string &key, QGraphicsView &view,
                                  QImage &image, const std::function<bool()> &busy = {});
/// Processes events until `busy` returns false (or `seconds` pass), then the repaint that follows.
void waitUntilIdle(const std::function<bool()> &busy, double seconds = 600);

/// Medians of many timeEdits, and the table columns both benchmarks print for them.
class EditSamples {
public:
    void add(const EditTimes &times);
    /// Header cells "rename -> screen (ms) | duration edit -> screen (ms) | of which sync (ms) |
    /// duration edit -> full render (ms)", their markdown alignment cells, and the medians' cells.
    [[nodiscard]] static const char *headers();
    [[nodiscard]] static const char *alignment();
    [[nodiscard]] std::string values() const;

private:
    std::vector<double> m_renameScreen, m_durationScreen, m_durationSync, m_durationFull;
};

/// Opens `planPath` (first schedule only, as after each edit); prints why on stderr if it cannot.
[[nodiscard]] bool openPlan(ui::PlanDocument &document, const char *planPath);
/// Shows `view` at 1600 x 1000, fitted, the plan's first capability selected, and saves it as
/// `pngPath`; returns a process exit code.
[[nodiscard]] int saveScreenshot(ui::ZoomableView &view, const ui::PlanDocument &document,
                                 ui::SelectionModel &selection, const char *pngPath);

} // namespace waveplan::bench
