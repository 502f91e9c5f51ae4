/// Times the dependency map on generated plans of 100, 500 and 2,000 capabilities: building the
/// scene from a plan (what the window waits for) and until the map shows laid out (a map of
/// more than MapScene::kBackgroundLayoutCards is laid out in the background), the automatic
/// layout alone, and the edit-to-repaint latency (push an edit command, let the map sync and
/// the view repaint; then a full render into an image; then, for a large map, until its
/// background layout is in and repainted), for an edit that only renames a card and one that
/// changes a duration (new schedule, possibly a new layout). Not a test; see
/// docs/benchmarks.md. Usage: waveplan_bench_map [--sizes N,N,...] [--repeats R]
/// With --screenshot PLAN PNG it renders the map of a plan file at 1600 x 1000 instead (for
/// docs and for eyeballing the map's look), critical path and chain shown.

#include "gui_bench_support.h"

#include "ui/document/plan_document.h"
#include "ui/document/schedule_runner.h"
#include "ui/map/map_scene.h"
#include "ui/map/map_view.h"

#include <QApplication>
#include <QImage>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

using namespace waveplan;

namespace {

using namespace bench;

struct Figures {
    int capabilities = 0;
    std::size_t dependencies = 0;
    int waves = 0;
    double buildMs = 0;
    double layoutMs = 0;
    EditSamples edits;
    double openMs = 0;    ///< until the map first shows its cards laid out
    double settledMs = 0; ///< duration edit -> the map laid out again and repainted
    double renderMs = 0;
    double repaintMs = 0; ///< the view repainting all of itself, nothing changed
    double scheduleMs = 0; ///< the engine's first schedule alone, part of every edit but the map's
};

Figures measure(int size, int repeats)
{
    const Plan plan = generatedPlan(size);

    ui::PlanDocument document;
    document.scheduleRunner()->setImprovementEnabled(false); // the first schedule only, as after each edit
    document.resetPlan(plan);
    ui::SelectionModel selection;

    Figures f;
    f.capabilities = size;
    f.dependencies = plan.dependencies.size();
    std::unique_ptr<ui::map::MapScene> scene;
    const auto busy = [&] { return scene->isLayingOut(); };
    f.openMs = millisecondsOf([&] {
        f.buildMs = millisecondsOf([&] { scene = std::make_unique<ui::map::MapScene>(&document, &selection); });
        waitUntilIdle(busy); // a large map's first layout, in the background
    });
    ui::map::MapView view(scene.get());
    view.resize(1600, 1000);
    view.show();
    view.fitAll();
    QApplication::processEvents();
    f.waves = static_cast<int>(scene->waveBands().size());
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    render(view, image); // fill the card caches once

    std::vector<double> layout, paint, repaint, schedule, settled;
    ScheduleOptions first;
    first.firstScheduleOnly = true;
    for (int r = 0; r < repeats; ++r) {
        layout.push_back(millisecondsOf([&] { scene->relayout(); }));
        paint.push_back(millisecondsOf([&] { render(view, image); }));
        repaint.push_back(millisecondsOf([&] { view.viewport()->repaint(); }));
        schedule.push_back(millisecondsOf([&] { (void)computeSchedule(document.plan(), first); }));

        const std::string key = plan.capabilities[static_cast<std::size_t>(r) % plan.capabilities.size()].key;
        const EditTimes times = timeEdits(document, key, view, image, busy);
        f.edits.add(times);
        settled.push_back(times.duration.settledMs);
    }
    f.layoutMs = median(layout);
    f.renderMs = median(paint);
    f.repaintMs = median(repaint);
    f.scheduleMs = median(schedule);
    f.settledMs = median(settled);
    return f;
}

/// Renders the map of the plan at `planPath` into `pngPath`; returns a process exit code.
int screenshot(const char *planPath, const char *pngPath)
{
    ui::PlanDocument document;
    if (!openPlan(document, planPath))
        return 1;
    ui::SelectionModel selection;
    ui::map::MapScene scene(&document, &selection);
    scene.setShowCriticalPath(true);
    scene.setShowCriticalChain(true);
    ui::map::MapView view(&scene);
    return saveScreenshot(view, document, selection, pngPath);
}

} // namespace

int main(int argc, char **argv)
{
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QApplication app(argc, argv);
    if (argc == 4 && std::string(argv[1]) == "--screenshot")
        return screenshot(argv[2], argv[3]);
    const RunOptions run = parseRunOptions(argc, argv, {100, 500, 2000});
    std::printf("| capabilities | dependencies | waves | build scene (ms) | map laid out (ms) | layout (ms) | "
                "render view (ms) | repaint (ms) | first schedule (ms) | %s | duration edit -> map settled (ms) |\n",
                EditSamples::headers());
    std::printf("|---:|---:|---:|---:|---:|---:|---:|---:|---:|%s|---:|\n", EditSamples::alignment());
    for (const int size : run.sizes) {
        const Figures f = measure(size, run.repeats);
        std::printf("| %d | %zu | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %s | %.1f |\n", f.capabilities,
                    f.dependencies, f.waves, f.buildMs, f.openMs, f.layoutMs, f.renderMs, f.repaintMs, f.scheduleMs,
                    f.edits.values().c_str(),
                    f.settledMs);
        std::fflush(stdout);
    }
    return 0;
}
