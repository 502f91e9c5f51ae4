/// Times the dependency map on generated plans of 100, 500 and 2,000 capabilities: building the
/// scene from a plan, the automatic layout alone, and the edit-to-repaint latency (push an edit
/// command, let the map sync, render the view into an image), for an edit that only renames a
/// card and one that changes a duration (new schedule, possibly a new layout). Not a test; see
/// docs/benchmarks.md. Usage: waveplan_bench_map [--sizes N,N,...] [--repeats R]
/// With --screenshot PLAN PNG it renders the map of a plan file at 1600 x 1000 instead (for
/// docs and for eyeballing the map's look), critical path and chain shown.

#include "support/plan_generator.h"
#include "ui/commands/capability_commands.h"
#include "ui/document/plan_document.h"
#include "ui/document/schedule_runner.h"
#include "ui/map/map_scene.h"
#include "ui/map/map_view.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QUndoStack>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

using namespace waveplan;

namespace {

using Clock = std::chrono::steady_clock;

double millisecondsOf(const std::function<void()> &work)
{
    const auto start = Clock::now();
    work();
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

struct Figures {
    int capabilities = 0;
    std::size_t dependencies = 0;
    int waves = 0;
    double buildMs = 0;
    double layoutMs = 0;
    double renameToRepaintMs = 0;
    double durationToRepaintMs = 0;
    double renderMs = 0;
    double scheduleMs = 0; ///< the engine's first schedule alone, part of every edit but the map's
};

void render(ui::map::MapView &view, QImage &image)
{
    image.fill(view.palette().color(QPalette::Window));
    QPainter painter(&image);
    view.render(&painter);
}

Figures measure(int size, int repeats)
{
    test::GeneratorOptions options;
    options.capabilities = size;
    options.dependencyDensity = 3.0 / size; // about 1.5 dependencies per capability
    options.teams = 5;
    options.fillOptionalFields = false; // no pins or deadlines that clash
    Plan plan = test::generatePlan(static_cast<std::uint64_t>(size), options);
    // Teams large enough for a roadmap that spans a handful of waves, as real ones do, rather
    // than hundreds of waves of a capacity-starved plan.
    for (Team &team : plan.teams) {
        team.capacity = std::max(team.capacity, size / 6);
        team.capacityByWave.clear();
        team.maxChangesPerWave.reset();
    }

    ui::PlanDocument document;
    document.scheduleRunner()->setImprovementEnabled(false); // the first schedule only, as after each edit
    document.resetPlan(plan);
    ui::SelectionModel selection;

    Figures f;
    f.capabilities = size;
    f.dependencies = plan.dependencies.size();
    std::unique_ptr<ui::map::MapScene> scene;
    f.buildMs = millisecondsOf([&] { scene = std::make_unique<ui::map::MapScene>(&document, &selection); });
    ui::map::MapView view(scene.get());
    view.resize(1600, 1000);
    view.show();
    view.fitAll();
    QApplication::processEvents();
    f.waves = static_cast<int>(scene->waveBands().size());
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    render(view, image); // fill the card caches once

    std::vector<double> layout, rename, duration, paint, schedule;
    ScheduleOptions first;
    first.firstScheduleOnly = true;
    for (int r = 0; r < repeats; ++r) {
        layout.push_back(millisecondsOf([&] { scene->relayout(); }));
        paint.push_back(millisecondsOf([&] { render(view, image); }));
        schedule.push_back(millisecondsOf([&] { (void)computeSchedule(document.plan(), first); }));

        const Capability &target = document.plan().capabilities[static_cast<std::size_t>(r) % plan.capabilities.size()];
        Capability renamed = target;
        renamed.name += " (renamed)";
        const QString key = QString::fromStdString(target.key);
        rename.push_back(millisecondsOf([&] {
            document.undoStack()->push(ui::makeEditCapabilityCommand(&document, key, renamed, "Rename"));
            QApplication::processEvents();
            render(view, image);
        }));

        Capability longer = *document.plan().findCapability(target.key);
        longer.durationDays += 45;
        duration.push_back(millisecondsOf([&] {
            document.undoStack()->push(ui::makeEditCapabilityCommand(&document, key, longer, "Longer"));
            QApplication::processEvents();
            render(view, image);
        }));
    }
    f.layoutMs = median(layout);
    f.renameToRepaintMs = median(rename);
    f.durationToRepaintMs = median(duration);
    f.renderMs = median(paint);
    f.scheduleMs = median(schedule);
    return f;
}

/// Renders the map of the plan at `planPath` into `pngPath`; returns a process exit code.
int screenshot(const char *planPath, const char *pngPath)
{
    ui::PlanDocument document;
    document.scheduleRunner()->setImprovementEnabled(false);
    if (const Status opened = document.open(planPath); !opened) {
        std::fprintf(stderr, "%s\n", opened.errorText().c_str());
        return 1;
    }
    ui::SelectionModel selection;
    ui::map::MapScene scene(&document, &selection);
    scene.setShowCriticalPath(true);
    scene.setShowCriticalChain(true);
    ui::map::MapView view(&scene);
    view.resize(1600, 1000);
    view.show();
    QApplication::processEvents();
    view.fitAll();
    if (!document.plan().capabilities.empty())
        selection.setSelectedKeys({QString::fromStdString(document.plan().capabilities.front().key)});
    QApplication::processEvents();
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    render(view, image);
    if (!image.save(QString::fromLocal8Bit(pngPath))) {
        std::fprintf(stderr, "could not write %s\n", pngPath);
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QApplication app(argc, argv);
    if (argc == 4 && std::string(argv[1]) == "--screenshot")
        return screenshot(argv[2], argv[3]);
    std::vector<int> sizes{100, 500, 2000};
    int repeats = 7;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string option = argv[i];
        if (option == "--sizes") {
            sizes.clear();
            std::stringstream list(argv[i + 1]);
            for (std::string item; std::getline(list, item, ',');)
                sizes.push_back(std::stoi(item));
        } else if (option == "--repeats") {
            repeats = std::max(1, std::stoi(argv[i + 1]));
        }
    }
    std::printf("| capabilities | dependencies | waves | build scene (ms) | layout (ms) | render view (ms) | "
                "first schedule (ms) | rename -> repaint (ms) | duration edit -> repaint (ms) |\n");
    std::printf("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const int size : sizes) {
        const Figures f = measure(size, repeats);
        std::printf("| %d | %zu | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |\n", f.capabilities, f.dependencies,
                    f.waves, f.buildMs, f.layoutMs, f.renderMs, f.scheduleMs, f.renameToRepaintMs,
                    f.durationToRepaintMs);
        std::fflush(stdout);
    }
    return 0;
}
