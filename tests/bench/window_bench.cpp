/// Times the whole main window, with everything a user has open (map, board, table, inspector,
/// problems, status bar), on generated plans (gui_bench_support.h) at 1920 x 1080: showing a plan
/// until the window is idle and until the map is laid out, and a rename and a duration edit
/// (+45 days) from the push of the command until the window has repainted and until the map
/// has settled (a large map is laid out in the background). This is the wait issue 18 asks to
/// keep unnoticeable at 10,000 capabilities; the map and board benchmarks time their view
/// alone. It also times a click on each tab (until that tab has painted), once after the plan
/// is shown and once after the edits, which the tabs behind the map catch up with when shown,
/// and Schedule > Optimise Whole Plan, until its result is on screen and until the map settles.
/// The background search for a better schedule runs as in the app. Not a test; see
/// docs/benchmarks.md. Usage: waveplan_bench_window [--sizes N,N,...] [--repeats R]

#include "gui_bench_support.h"

#include "ui/document/plan_document.h"
#include "ui/map/map_scene.h"
#include "ui/map/map_view.h"
#include "ui/window/main_window.h"

#include <QApplication>
#include <QImage>
#include <QMessageBox>
#include <QStandardPaths>
#include <QAction>
#include <QTabWidget>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

using namespace waveplan;

namespace {

using namespace bench;

struct Figures {
    double shownMs = 0;    ///< showPlan until the window is idle
    double laidOutMs = 0;  ///< until the map shows its cards laid out
    EditSamples edits;
    double settledMs = 0;  ///< duration edit -> the map laid out again and repainted
    std::vector<double> tabsOpened; ///< a click on each tab after the map, then back to the map
    std::vector<double> tabsEdited; ///< the same after the edits
    double optimisedMs = 0;         ///< Optimise Whole Plan -> its result on screen
    double optimisedSettledMs = 0;  ///< -> the map laid out again and repainted
};

using Clock = std::chrono::steady_clock;

/// When the paints of one widget and its children happen (an application-wide event filter).
class PaintWatch : public QObject {
public:
    explicit PaintWatch(QWidget *within)
        : m_within(within)
    {
        QApplication::instance()->installEventFilter(this);
    }
    ~PaintWatch() override { QApplication::instance()->removeEventFilter(this); }
    PaintWatch(const PaintWatch &) = delete;
    PaintWatch &operator=(const PaintWatch &) = delete;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            if (auto *widget = qobject_cast<QWidget *>(watched); widget && (widget == m_within || m_within->isAncestorOf(widget)))
                m_times.push_back(Clock::now());
        return false;
    }
    /// The first paint at or after `moment`, if there was one.
    [[nodiscard]] std::optional<Clock::time_point> firstPaintFrom(Clock::time_point moment) const
    {
        for (const Clock::time_point t : m_times)
            if (t >= moment)
                return t;
        return std::nullopt;
    }
    /// Processes events until the widget has painted and three rounds in a row paint nothing
    /// more (a view that refits after it is shown paints again a turn later), then returns the
    /// milliseconds from `start` to its last paint.
    double lastPaintSince(Clock::time_point start, const char *what)
    {
        const auto until = Clock::now() + std::chrono::minutes(1);
        for (int quiet = 0; (m_times.empty() || quiet < 3) && Clock::now() < until;) {
            const std::size_t before = m_times.size();
            QApplication::processEvents();
            quiet = m_times.size() == before ? quiet + 1 : 0;
        }
        if (m_times.empty()) {
            std::fprintf(stderr, "note: %s did not paint\n", what);
            return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
        }
        return std::chrono::duration<double, std::milli>(m_times.back() - start).count();
    }

private:
    QWidget *m_within;
    std::vector<Clock::time_point> m_times; ///< of each paint, in order
};

/// Clicks each tab after the first in turn, then the first again, timing each from the click to
/// the last paint of the tab it shows (its repaints are delivered by the event loop, as on
/// screen). Starts when the map is laid out and the background search is over.
std::vector<double> visitTabs(QTabWidget &tabs, const std::function<bool()> &busy)
{
    std::vector<double> times;
    const auto visit = [&](int index) {
        waitUntilIdle(busy);
        PaintWatch paints(tabs.widget(index));
        const auto start = Clock::now();
        tabs.setCurrentIndex(index);
        times.push_back(paints.lastPaintSince(start, qPrintable(tabs.tabText(index))));
    };
    for (int i = 1; i < tabs.count(); ++i)
        visit(i);
    visit(0);
    return times;
}

Figures measure(int size, int repeats)
{
    const Plan plan = generatedPlan(size);
    ui::MainWindow window;
    window.setPrompt([](ui::MainWindow::Question, const QString &) { return QMessageBox::Discard; });
    window.resize(1920, 1080);
    window.show();
    QApplication::processEvents();
    auto *scene = static_cast<ui::map::MapScene *>(window.mapView()->scene());
    const auto busy = [&] { return scene->isLayingOut(); };

    Figures f;
    f.laidOutMs = millisecondsOf([&] {
        f.shownMs = millisecondsOf([&] {
            window.showPlan(plan);
            QApplication::processEvents();
        });
        waitUntilIdle(busy);
    });
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("centralTabs"));
    ui::PlanDocument *document = window.document();
    const auto quiet = [&] { return busy() || document->isImprovingSchedule(); };
    f.tabsOpened = visitTabs(*tabs, quiet);
    QImage image(window.mapView()->size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> settled;
    for (int r = 0; r < repeats; ++r) {
        const std::string key = plan.capabilities[static_cast<std::size_t>(r) % plan.capabilities.size()].key;
        const EditTimes times = timeEdits(*window.document(), key, *window.mapView(), image, busy);
        f.edits.add(times);
        settled.push_back(times.duration.settledMs);
    }
    f.settledMs = median(settled);
    f.tabsEdited = visitTabs(*tabs, quiet);
    // Schedule > Optimise Whole Plan, with the map in front: the search runs in the background.
    // Its result is on screen at the map's first paint after the document says it is done, and
    // the map has settled at its last paint after its relayout.
    auto *optimise = window.findChild<QAction *>(QStringLiteral("optimiseAction"));
    waitUntilIdle(quiet);
    {
        PaintWatch paints(window.mapView());
        std::optional<Clock::time_point> done;
        const QMetaObject::Connection ended = QObject::connect(document, &ui::PlanDocument::optimisingChanged, [&](bool on) {
            if (!on)
                done = Clock::now();
        });
        const auto start = Clock::now();
        optimise->trigger();
        waitUntilIdle([&] { return !done.has_value(); });
        QObject::disconnect(ended);
        waitUntilIdle(busy);
        f.optimisedSettledMs = paints.lastPaintSince(start, "the map after Optimise Whole Plan");
        const auto shown = done ? paints.firstPaintFrom(*done) : std::nullopt;
        f.optimisedMs = shown ? std::chrono::duration<double, std::milli>(*shown - start).count() : f.optimisedSettledMs;
    }
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QApplication app(argc, argv);
    // Its own settings and recovery folder: the benchmark leaves the user's alone.
    QApplication::setOrganizationName(QStringLiteral("waveplan-bench"));
    QApplication::setApplicationName(QStringLiteral("waveplan-bench-window"));
    QStandardPaths::setTestModeEnabled(true);
    const RunOptions run = parseRunOptions(argc, argv, {500, 2000, 10000});
    std::printf("| capabilities | plan shown (ms) | map laid out (ms) | %s | duration edit -> map settled (ms) |\n",
                EditSamples::headers());
    std::printf("|---:|---:|---:|%s|---:|\n", EditSamples::alignment());
    std::vector<std::pair<int, Figures>> all;
    for (const int size : run.sizes) {
        const Figures f = measure(size, run.repeats);
        std::printf("| %d | %.1f | %.1f | %s | %.1f |\n", size, f.shownMs, f.laidOutMs, f.edits.values().c_str(),
                    f.settledMs);
        std::fflush(stdout);
        all.emplace_back(size, f);
    }
    // A second table: a click on each tab until it has painted (ms), after the plan is shown and
    // after the edits.
    std::printf("\n| capabilities | tabs visited | wave board | capabilities | capacity | next 90 days | back to the map |\n");
    std::printf("|---:|---|---:|---:|---:|---:|---:|\n");
    for (const auto &[size, f] : all) {
        for (const auto &[when, times] : {std::pair{"after opening", &f.tabsOpened}, std::pair{"after the edits", &f.tabsEdited}}) {
            std::printf("| %d | %s |", size, when);
            for (const double ms : *times)
                std::printf(" %.1f |", ms);
            std::printf("\n");
        }
    }
    // A third: Schedule > Optimise Whole Plan (one run after the edits).
    std::printf("\n| capabilities | optimise whole plan -> screen (ms) | -> map settled (ms) |\n|---:|---:|---:|\n");
    for (const auto &[size, f] : all)
        std::printf("| %d | %.1f | %.1f |\n", size, f.optimisedMs, f.optimisedSettledMs);
    return 0;
}
