#pragma once
// Shared by the dependency map tests: a document, a selection, a scene and a shown view on the
// offscreen platform, plus helpers to find points on the view.

#include "support/plan_generator.h"
#include "ui/document/plan_document.h"
#include "ui/document/schedule_runner.h"
#include "ui/map/capability_card.h"
#include "ui/map/dependency_arrow.h"
#include "ui/map/map_scene.h"
#include "ui/map/map_view.h"

#include <QBackingStore>
#include <QGraphicsItem>
#include <QImage>
#include <QPaintEvent>
#include <QRegion>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>

namespace waveplan::test {

/// A -> B -> C (foundational A and B), D additive on its own, E additive after A.
inline Plan smallMapPlan()
{
    Plan plan;
    plan.name = "Map test";
    const auto add = [&plan](const char *key, const char *name, CapabilityKind kind, int days) {
        Capability c;
        c.key = key;
        c.name = name;
        c.kind = kind;
        c.durationDays = days;
        c.owner = "Owner of " + std::string(key);
        plan.capabilities.push_back(c);
    };
    add("A", "Clean customer data", CapabilityKind::Foundational, 40);
    add("B", "Customer data platform", CapabilityKind::Foundational, 60);
    add("C", "Journeys", CapabilityKind::Additive, 30);
    add("D", "Attribution model", CapabilityKind::Additive, 20);
    add("E", "Training", CapabilityKind::Additive, 10);
    plan.dependencies = {{"A", "B", 0}, {"B", "C", 5}, {"A", "E", 0}};
    return plan;
}

/// A generated plan of `capabilities` among `teams` teams, without the optional fields;
/// `density` is the generator's dependency density times the capabilities (about half as many
/// dependencies per capability).
inline Plan generatedRoadmap(std::uint64_t seed, int capabilities, double density, int teams)
{
    GeneratorOptions options;
    options.capabilities = capabilities;
    options.dependencyDensity = density / capabilities;
    options.teams = teams;
    options.fillOptionalFields = false;
    return generatePlan(seed, options);
}

/// Every team of `plan` takes at least `people` at once, in every wave, without a go-live
/// limit: the plan's work spreads over a few waves instead of queueing for years.
inline void freeTeams(Plan &plan, int people)
{
    for (Team &team : plan.teams) {
        team.capacity = std::max(team.capacity, people);
        team.capacityByWave.clear();
        team.goLiveLimit.reset();
    }
}

/// The scene's item of type `Item` (a layer: ArrowLayer, CardLayer), or null.
template <typename Item>
[[nodiscard]] Item *layerOf(const ui::map::MapScene &scene)
{
    for (QGraphicsItem *item : scene.items())
        if (item->type() == Item::Type)
            return static_cast<Item *>(item);
    return nullptr;
}

/// Collects the regions the viewport it watches repaints.
class RepaintSpy : public QObject {
public:
    explicit RepaintSpy(QWidget *viewport)
        : m_viewport(viewport)
    {
        viewport->installEventFilter(this);
    }
    ~RepaintSpy() override { m_viewport->removeEventFilter(this); }
    RepaintSpy(const RepaintSpy &) = delete;
    RepaintSpy &operator=(const RepaintSpy &) = delete;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_viewport && event->type() == QEvent::Paint)
            painted += static_cast<QPaintEvent *>(event)->region();
        return false;
    }
    QRegion painted;

private:
    QWidget *m_viewport;
};

/// Pixels of `region` (its rectangles do not overlap).
inline qint64 area(const QRegion &region)
{
    qint64 sum = 0;
    for (const QRect &r : region)
        sum += static_cast<qint64>(r.width()) * r.height();
    return sum;
}

/// A map on a document holding a plan (or a read-only map of a plan), shown in a 1200 x 800 view.
class MapFixture : public ::testing::Test {
protected:
    void load(const Plan &plan)
    {
        document = std::make_unique<ui::PlanDocument>();
        document->scheduleRunner()->setImprovementEnabled(false);
        document->resetPlan(plan);
        selection = std::make_unique<ui::SelectionModel>();
        scene = std::make_unique<ui::map::MapScene>(document.get(), selection.get());
        show();
    }

    /// A read-only map of `plan` and its schedule: no document, no selection model of ours.
    void loadReadOnly(const Plan &plan)
    {
        scene = std::make_unique<ui::map::MapScene>(plan, computeSchedule(plan));
        show();
    }

    void show()
    {
        view = std::make_unique<ui::map::MapView>(scene.get());
        view->resize(1200, 800);
        view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
        QObject::connect(scene.get(), &ui::map::MapScene::message, scene.get(),
                         [this](const QString &text) { messages.append(text); });
        view->fitAll();
    }

    [[nodiscard]] ui::map::CapabilityCard *card(const char *key) const { return scene->card(QString::fromLatin1(key)); }
    /// What the screen shows now: the window's backing store, where each repaint lands (a
    /// repaint that missed an area leaves its old pixels there). Null where the platform's
    /// backing store is not an image (the offscreen one is).
    [[nodiscard]] QImage shown() const
    {
        const auto *store = dynamic_cast<const QImage *>(view->window()->backingStore()->paintDevice());
        if (store == nullptr)
            return {};
        const QRect area(viewport()->mapTo(view->window(), QPoint(0, 0)), viewport()->size());
        return store->copy(area).convertToFormat(QImage::Format_RGB32);
    }
    /// Processes events until the map has caught up with what was just done: an edit changes
    /// the scene's rectangle, the fitted view refits a turn of the event loop later, and each
    /// repaints (one processEvents() may stop half-way, more often on a busy machine). True
    /// after three rounds in a row that paint nothing; false when it still paints after 100.
    [[nodiscard]] bool settle() const
    {
        RepaintSpy spy(viewport());
        int quiet = 0;
        for (int round = 0; quiet < 3 && round < 100; ++round) {
            spy.painted = {};
            QApplication::processEvents();
            quiet = spy.painted.isEmpty() ? quiet + 1 : 0;
        }
        return quiet >= 3;
    }
    /// The viewport painted afresh, all of it.
    [[nodiscard]] QImage fresh() const { return viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32); }
    [[nodiscard]] QWidget *viewport() const { return view->viewport(); }
    [[nodiscard]] QPoint toView(const QPointF &scenePos) const { return view->mapFromScene(scenePos); }
    /// The middle of a card's body, clear of its connect handle.
    [[nodiscard]] QPoint bodyOf(const char *key) const
    {
        const QRectF r = card(key)->sceneCardRect();
        return toView(QPointF(r.left() + r.width() * 0.35, r.center().y()));
    }
    /// The connect handle on a card's right edge.
    [[nodiscard]] QPoint handleOf(const char *key) const { return toView(card(key)->outPoint()); }

    /// A viewport point with no card and no arrow under it, or nullopt.
    [[nodiscard]] std::optional<QPoint> emptyPoint() const
    {
        for (int y = 20; y < viewport()->height(); y += 25)
            for (int x = 20; x < viewport()->width(); x += 25) {
                bool empty = true;
                for (const QGraphicsItem *item : view->items(QPoint(x, y)))
                    empty = empty && item->type() != ui::map::CapabilityCard::Type
                            && item->type() != ui::map::DependencyArrow::Type;
                if (empty)
                    return QPoint(x, y);
            }
        return std::nullopt;
    }

    /// Presses at `from`, moves in `steps` steps and releases at `to`, as a user's drag.
    void drag(Qt::MouseButton button, QPoint from, QPoint to, int steps = 4, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::mousePress(viewport(), button, modifiers, from);
        for (int i = 1; i <= steps; ++i)
            QTest::mouseMove(viewport(), from + (to - from) * i / steps);
        QTest::mouseRelease(viewport(), button, modifiers, to);
    }

    std::unique_ptr<ui::PlanDocument> document;
    std::unique_ptr<ui::SelectionModel> selection;
    std::unique_ptr<ui::map::MapScene> scene;
    std::unique_ptr<ui::map::MapView> view;
    QStringList messages;
};

} // namespace waveplan::test
