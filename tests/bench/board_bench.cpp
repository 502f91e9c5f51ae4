/// Times the wave board on generated plans of 500 and 2,000 capabilities: building the scene
/// from a plan, rendering the whole fitted board, and the edit-to-repaint latency (push a
/// command that changes one capability's duration, so a new schedule moves bars; let the board
/// sync; render the view into an image), plus a rename (one bar's text). Not a test; see
/// docs/benchmarks.md. Usage: waveplan_bench_board [--sizes N,N,...] [--repeats R]
/// With --screenshot PLAN PNG [dark] it renders the board of a plan file at 1600 x 1000 instead
/// (dependencies shown, the first capability selected).

#include "gui_bench_support.h"

#include "ui/board/board_scene.h"
#include "ui/board/board_view.h"
#include "ui/document/plan_document.h"
#include "ui/document/schedule_runner.h"

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
    int bars = 0;
    int lanes = 0;
    int waves = 0;
    double buildMs = 0;
    double renderMs = 0;
    double renderArrowsMs = 0;
    EditSamples edits;
    double scheduleMs = 0;
};

Figures measure(int size, int repeats)
{
    const Plan plan = generatedPlan(size); // the same plans as the map benchmark

    ui::PlanDocument document;
    document.scheduleRunner()->setImprovementEnabled(false);
    document.resetPlan(plan);
    ui::SelectionModel selection;

    Figures f;
    f.capabilities = size;
    std::unique_ptr<ui::board::BoardScene> scene;
    f.buildMs = millisecondsOf([&] { scene = std::make_unique<ui::board::BoardScene>(&document, &selection); });
    f.bars = static_cast<int>(scene->allBars().size());
    f.lanes = scene->laneCount();
    f.waves = scene->waveCount();
    ui::board::BoardView view(scene.get());
    view.resize(1600, 1000);
    view.show();
    view.fitAll();
    QApplication::processEvents();
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    render(view, image); // a first paint, as the window shows before any edit

    std::vector<double> paint, paintArrows, schedule;
    ScheduleOptions first;
    first.firstScheduleOnly = true;
    for (int r = 0; r < repeats; ++r) {
        paint.push_back(millisecondsOf([&] { render(view, image); }));
        schedule.push_back(millisecondsOf([&] { (void)computeSchedule(document.plan(), first); }));

        const std::string key = plan.capabilities[static_cast<std::size_t>(r * 7) % plan.capabilities.size()].key;
        const EditTimes times = timeEdits(document, key, view, image);
        f.edits.add(times);
    }
    scene->setShowDependencies(true);
    render(view, image);
    for (int r = 0; r < repeats; ++r)
        paintArrows.push_back(millisecondsOf([&] { render(view, image); }));
    f.renderMs = median(paint);
    f.renderArrowsMs = median(paintArrows);
    f.scheduleMs = median(schedule);
    return f;
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(30, 30, 32));
    dark.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(45, 45, 48));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    return dark;
}

/// Renders the board of the plan at `planPath` into `pngPath`; returns a process exit code.
int screenshot(const char *planPath, const char *pngPath, bool dark)
{
    if (dark)
        QApplication::setPalette(darkPalette());
    ui::PlanDocument document;
    if (!openPlan(document, planPath))
        return 1;
    ui::SelectionModel selection;
    ui::board::BoardScene scene(&document, &selection);
    scene.setShowDependencies(true);
    ui::board::BoardView view(&scene);
    return saveScreenshot(view, document, selection, pngPath);
}

} // namespace

int main(int argc, char **argv)
{
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QApplication app(argc, argv);
    if (argc >= 4 && std::string(argv[1]) == "--screenshot")
        return screenshot(argv[2], argv[3], argc >= 5 && std::string(argv[4]) == "dark");
    const RunOptions run = parseRunOptions(argc, argv, {500, 2000});
    std::printf("| capabilities | bars | lanes | waves | build scene (ms) | render view (ms) | render with "
                "dependencies (ms) | first schedule (ms) | %s |\n",
                EditSamples::headers());
    std::printf("|---:|---:|---:|---:|---:|---:|---:|---:|%s|\n", EditSamples::alignment());
    for (const int size : run.sizes) {
        const Figures f = measure(size, run.repeats);
        std::printf("| %d | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %s |\n", f.capabilities, f.bars, f.lanes, f.waves,
                    f.buildMs, f.renderMs, f.renderArrowsMs, f.scheduleMs, f.edits.values().c_str());
        std::fflush(stdout);
    }
    return 0;
}
