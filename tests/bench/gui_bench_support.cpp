#include "gui_bench_support.h"

#include "support/plan_generator.h"
#include "ui/commands/plan_edit_command.h"
#include "ui/document/plan_document.h"

#include "core/edit/capability_edits.h"
#include "ui/document/schedule_runner.h"
#include "ui/graphics/zoomable_view.h"

#include <QApplication>
#include <QEvent>
#include <QEventLoop>
#include <QTimer>
#include <QPainter>
#include <QUndoStack>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <sstream>
#include <string>

namespace waveplan::bench {

double millisecondsOf(const std::function<void()> &work)
{
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    work();
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

Plan generatedPlan(int size)
{
    test::GeneratorOptions options;
    options.capabilities = size;
    options.dependencyDensity = 3.0 / size; // about 1.5 dependencies per capability
    options.teams = 5;
    options.fillOptionalFields = false;
    Plan plan = test::generatePlan(static_cast<std::uint64_t>(size), options);
    for (Team &team : plan.teams) {
        team.capacity = std::max(team.capacity, size / 6);
        team.capacityByWave.clear();
        team.goLiveLimit.reset();
    }
    return plan;
}

RunOptions parseRunOptions(int argc, char **argv, std::vector<int> sizes)
{
    RunOptions run{std::move(sizes)};
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string option = argv[i];
        if (option == "--sizes") {
            run.sizes.clear();
            std::stringstream list(argv[i + 1]);
            for (std::string item; std::getline(list, item, ',');)
                run.sizes.push_back(std::stoi(item));
        } else if (option == "--repeats") {
            run.repeats = std::max(1, std::stoi(argv[i + 1]));
        }
    }
    return run;
}

void render(QGraphicsView &view, QImage &image)
{
    image.fill(view.palette().color(QPalette::Window));
    QPainter painter(&image);
    view.render(&painter);
}

namespace {

/// Notes when the viewport it watches finishes a paint event.
class PaintClock : public QObject {
public:
    using Clock = std::chrono::steady_clock;
    explicit PaintClock(QWidget *viewport)
        : m_viewport(viewport)
    {
        viewport->installEventFilter(this);
    }
    ~PaintClock() override { m_viewport->removeEventFilter(this); }
    PaintClock(const PaintClock &) = delete;
    PaintClock &operator=(const PaintClock &) = delete;

    void reset() { m_painted = false; }
    [[nodiscard]] bool painted() const { return m_painted; }
    /// Paint events are filtered before the viewport handles them; the end of the last one is
    /// taken when the event loop returns (see timeEdits), so this only records that one came.
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_viewport && event->type() == QEvent::Paint)
            m_painted = true;
        return false;
    }

private:
    QWidget *m_viewport;
    bool m_painted = false;
};

} // namespace

void waitUntilIdle(const std::function<bool()> &busy, double seconds)
{
    const auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (busy() && std::chrono::steady_clock::now() < until) {
        // Sleep in the event loop (no spinning: the background work has the other core).
        QEventLoop nap;
        QTimer::singleShot(20, &nap, &QEventLoop::quit);
        nap.exec();
    }
    QApplication::processEvents(); // the repaint of what came in
}

EditTimes timeEdits(ui::PlanDocument &document, const std::string &key, QGraphicsView &view, QImage &image,
                    const std::function<bool()> &busy)
{
    PaintClock paints(view.viewport());
    const auto timeEdit = [&](const Capability &edited, const QString &name) {
        // What the caller did before (a relayout timed on its own) repaints before the clock starts.
        QApplication::processEvents();
        paints.reset();
        EditTime time;
        const auto start = PaintClock::Clock::now();
        const auto since = [&] {
            return std::chrono::duration<double, std::milli>(PaintClock::Clock::now() - start).count();
        };
        ui::pushEdit(&document, edit::editCapability(document.plan(), key, edited, name.toStdString()));
        time.syncMs = since();
        QApplication::processEvents(); // delivers the view's update request: its repaint
        time.screenMs = since();
        if (!paints.painted())
            std::fprintf(stderr, "note: the view did not repaint after \"%s\"\n", qPrintable(name));
        render(view, image);
        time.fullMs = since();
        time.settledMs = time.screenMs;
        if (busy && busy()) {
            waitUntilIdle(busy);
            time.settledMs = since(); // wall clock: the render above ran beside the background work
        }
        return time;
    };
    EditTimes times;
    Capability renamed = *document.plan().findCapability(key);
    renamed.name += " (renamed)";
    times.rename = timeEdit(renamed, QStringLiteral("Rename"));
    Capability longer = *document.plan().findCapability(key);
    longer.durationDays += 45;
    times.duration = timeEdit(longer, QStringLiteral("Longer"));
    return times;
}

void EditSamples::add(const EditTimes &times)
{
    m_renameScreen.push_back(times.rename.screenMs);
    m_durationScreen.push_back(times.duration.screenMs);
    m_durationSync.push_back(times.duration.syncMs);
    m_durationFull.push_back(times.duration.fullMs);
}

const char *EditSamples::headers()
{
    return "rename -> screen (ms) | duration edit -> screen (ms) | of which sync (ms) | "
           "duration edit -> full render (ms)";
}

const char *EditSamples::alignment()
{
    return "---:|---:|---:|---:";
}

std::string EditSamples::values() const
{
    char cells[128];
    std::snprintf(cells, sizeof cells, "%.1f | %.1f | %.1f | %.1f", median(m_renameScreen), median(m_durationScreen),
                  median(m_durationSync), median(m_durationFull));
    return cells;
}

bool openPlan(ui::PlanDocument &document, const char *planPath)
{
    document.scheduleRunner()->setImprovementEnabled(false);
    if (const Status opened = document.open(planPath); !opened) {
        std::fprintf(stderr, "%s\n", opened.errorText().c_str());
        return false;
    }
    return true;
}

int saveScreenshot(ui::ZoomableView &view, const ui::PlanDocument &document, ui::SelectionModel &selection,
                   const char *pngPath)
{
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

} // namespace waveplan::bench
