#pragma once
/// @file unindexed_while_busy.h
/// Private to the map and its scene: a guard that turns a QGraphicsScene's BSP index off while
/// many items are added or moved, and back on (rebuilt once) when it goes.

#include <QGraphicsScene>

namespace waveplan::ui::map {

/// While thousands of cards and arrows are added or moved at once, the scene's BSP index is off
/// and rebuilt once at the end: moving each item through it cost most of an edit on a large map
/// (10,000 capabilities: 19 s from a duration edit to the repaint, 4 s without). Nested guards
/// leave the work to the outermost.
class UnindexedWhileBusy {
public:
    explicit UnindexedWhileBusy(QGraphicsScene &scene)
        : m_scene(scene)
        , m_outermost(scene.itemIndexMethod() == QGraphicsScene::BspTreeIndex)
    {
        if (m_outermost)
            m_scene.setItemIndexMethod(QGraphicsScene::NoIndex);
    }
    ~UnindexedWhileBusy()
    {
        if (m_outermost)
            m_scene.setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    }
    UnindexedWhileBusy(const UnindexedWhileBusy &) = delete;
    UnindexedWhileBusy &operator=(const UnindexedWhileBusy &) = delete;

private:
    QGraphicsScene &m_scene;
    bool m_outermost;
};

} // namespace waveplan::ui::map
