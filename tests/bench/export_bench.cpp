/// Times the PDF wave-plan report and the pictures on generated plans of 50, 500 and 2,000
/// capabilities: scheduling with the report's deterministic budget (the schedule of `waveplan
/// schedule`) and building the map and board scenes, laying out and painting the PDF (both
/// passes), and a PNG and an SVG of the map. Prints pages and bytes too. Not a test; see
/// docs/benchmarks.md. Usage: waveplan_bench_export [--sizes N,N,...] [--budget-schedules N]

#include "support/plan_generator.h"
#include "ui/report/image_export.h"
#include "ui/report/report_scenes.h"
#include "ui/report/report_writer.h"

#include <QApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <cstdlib>
#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

using namespace waveplan;

namespace {

using Clock = std::chrono::steady_clock;

/// Wall and processor time of `work`, in milliseconds (the machine is shared: processor time
/// says what the work costs, wall time what a user waits).
struct Times {
    double wall = 0;
    double cpu = 0;
};

Times timesOf(const std::function<void()> &work)
{
    const auto start = Clock::now();
    const std::clock_t cpuStart = std::clock();
    work();
    return {std::chrono::duration<double, std::milli>(Clock::now() - start).count(),
            1000.0 * static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC};
}

Plan roadmap(int size)
{
    test::GeneratorOptions options;
    options.capabilities = size;
    options.dependencyDensity = 3.0 / size; // about 1.5 dependencies per capability
    options.teams = 5;
    options.fillOptionalFields = true;      // owners, KPIs, readiness: full report rows
    options.unicodeText = false;
    Plan plan = test::generatePlan(static_cast<std::uint64_t>(size), options);
    // Teams large enough for a roadmap over a handful of waves, as in the map benchmark.
    for (Team &team : plan.teams) {
        team.capacity = std::max(team.capacity, size / 6);
        team.capacityByWave.clear();
        team.goLiveLimit.reset();
    }
    for (Capability &c : plan.capabilities) { // no pins or deadlines that clash
        c.pinnedWave.reset();
        c.deadlineWave.reset();
        c.earliestWave.reset();
    }
    return plan;
}

void measure(int size, std::int64_t budget)
{
    const Plan plan = roadmap(size);
    ui::report::ReportOptions options;
    options.budgetSchedules = budget;
    std::unique_ptr<ui::report::ReportScenes> scenes;
    const Times schedule = timesOf([&] { scenes = std::make_unique<ui::report::ReportScenes>(plan, budget, true); });
    QByteArray pdf;
    int pages = 0;
    const Times paint = timesOf([&] { pdf = ui::report::reportPdf(*scenes, options, &pages); });
    ui::report::ImageOptions image;
    QByteArray png;
    QByteArray svg;
    const Times pngTimes = timesOf([&] { png = ui::report::scenePng(scenes->map(), image); });
    const Times svgTimes = timesOf([&] { svg = ui::report::sceneSvg(scenes->map(), image, QStringLiteral("map")); });
    std::printf("| %5d | %5zu | %6.0f / %6.0f | %6.0f / %6.0f | %6.0f / %6.0f | %5d | %5.1f MB | %5.0f | %5.0f |\n", size,
                plan.dependencies.size(), schedule.wall, schedule.cpu, paint.wall, paint.cpu, schedule.wall + paint.wall,
                schedule.cpu + paint.cpu, pages, static_cast<double>(pdf.size()) / 1e6, pngTimes.wall, svgTimes.wall);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QApplication app(argc, argv);
    std::vector<int> sizes{50, 500, 2000};
    std::int64_t budget = 5000;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string option = argv[i];
        if (option == "--sizes") {
            sizes.clear();
            std::stringstream list(argv[i + 1]);
            std::string item;
            while (std::getline(list, item, ','))
                sizes.push_back(std::stoi(item));
        } else if (option == "--budget-schedules") {
            budget = std::max<std::int64_t>(1, std::stoll(argv[i + 1]));
        }
    }
    std::printf("Report budget: %lld schedules\n", static_cast<long long>(budget));
    std::printf("| capabilities | dependencies | schedule + scenes, wall / cpu (ms) | PDF layout + paint, wall / cpu (ms) | total, wall / cpu (ms) | pages | PDF size | PNG map (ms) | SVG map (ms) |\n");
    std::printf("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const int size : sizes)
        measure(size, budget);
    return 0;
}
