/// Times the wave board on generated plans of 500 and 2,000 capabilities: building the scene
/// from a plan, rendering the whole fitted board, and the edit-to-repaint latency (push a
/// command that changes one capability's duration, so a new schedule moves bars; let the board
/// sync; render the view into an image), plus a rename (one bar's text). Not a test; see
/// docs/benchmarks.md. Usage: waveplan_bench_board [--sizes N,N,...] [--repeats R]
/// With --screenshot PLAN PNG [dark] it renders the board of a plan file at 1600 x 1000 instead
/// (dependencies shown, the first capability selected).

#include "support/plan_generator.h"
#include "ui/board/board_scene.h"
#include "ui/board/board_view.h"
#include "ui/commands/capability_commands.h"
#include "ui/document/plan_document.h"
#include "ui/document/schedule_runner.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QUndoStack>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
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
    int bars = 0;
    int lanes = 0;
    int waves = 0;
    double buildMs = 0;
    double renderMs = 0;
    double renderArrowsMs = 0;
    double renameToRepaintMs = 0;
    double durationToRepaintMs = 0;
    double scheduleMs = 0;
};

void render(ui::board::BoardView &view, QImage &image)
{
    image.fill(view.palette().color(QPalette::Window));
    QPainter painter(&image);
    view.render(&painter);
}

Figures measure(int size, int repeats)
{
    // The same generated plans as the map benchmark.
    test::GeneratorOptions options;
    options.capabilities = size;
    options.dependencyDensity = 3.0 / size;
    options.teams = 5;
    options.fillOptionalFields = false;
    Plan plan = test::generatePlan(static_cast<std::uint64_t>(size), options);
    for (Team &team : plan.teams) {
        team.capacity = std::max(team.capacity, size / 6);
        team.capacityByWave.clear();
        team.maxChangesPerWave.reset();
    }

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
    render(view, image); // fill the bar caches once

    std::vector<double> paint, paintArrows, rename, duration, schedule;
    ScheduleOptions first;
    first.firstScheduleOnly = true;
    for (int r = 0; r < repeats; ++r) {
        paint.push_back(millisecondsOf([&] { render(view, image); }));
        schedule.push_back(millisecondsOf([&] { (void)computeSchedule(document.plan(), first); }));

        const Capability &target = document.plan().capabilities[static_cast<std::size_t>(r * 7) % plan.capabilities.size()];
        const QString key = QString::fromStdString(target.key);
        Capability renamed = target;
        renamed.name += " (renamed)";
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
    scene->setShowDependencies(true);
    render(view, image);
    for (int r = 0; r < repeats; ++r)
        paintArrows.push_back(millisecondsOf([&] { render(view, image); }));
    f.renderMs = median(paint);
    f.renderArrowsMs = median(paintArrows);
    f.renameToRepaintMs = median(rename);
    f.durationToRepaintMs = median(duration);
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
    document.scheduleRunner()->setImprovementEnabled(false);
    if (const Status opened = document.open(planPath); !opened) {
        std::fprintf(stderr, "%s\n", opened.errorText().c_str());
        return 1;
    }
    ui::SelectionModel selection;
    ui::board::BoardScene scene(&document, &selection);
    scene.setShowDependencies(true);
    ui::board::BoardView view(&scene);
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
    if (argc >= 4 && std::string(argv[1]) == "--screenshot")
        return screenshot(argv[2], argv[3], argc >= 5 && std::string(argv[4]) == "dark");
    std::vector<int> sizes{500, 2000};
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
    std::printf("| capabilities | bars | lanes | waves | build scene (ms) | render view (ms) | render with "
                "dependencies (ms) | first schedule (ms) | rename -> repaint (ms) | duration edit -> repaint (ms) |\n");
    std::printf("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const int size : sizes) {
        const Figures f = measure(size, repeats);
        std::printf("| %d | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |\n", f.capabilities, f.bars, f.lanes,
                    f.waves, f.buildMs, f.renderMs, f.renderArrowsMs, f.scheduleMs, f.renameToRepaintMs,
                    f.durationToRepaintMs);
        std::fflush(stdout);
    }
    return 0;
}
