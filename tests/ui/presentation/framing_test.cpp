// Where the presentation looks: the whole plan, or one wave at a legible zoom.

#include "ui/presentation/framing.h"

#include <gtest/gtest.h>

namespace waveplan::test {
namespace {

using namespace ui::presentation;

/// The scene rectangle a viewport of `size` shows under `framing`.
QRectF shown(const Framing &framing, const QSizeF &size)
{
    const QSizeF half(size.width() / (2 * framing.scale), size.height() / (2 * framing.scale));
    return QRectF(framing.centre - QPointF(half.width(), half.height()), 2 * half);
}

TEST(Framing, WholePlanFitsInTheViewport)
{
    const QRectF content(-40, -40, 1800, 1300);
    const QSizeF viewport(1920, 1000);

    const Framing framing = frameWhole(content, viewport, 10);

    EXPECT_TRUE(shown(framing, viewport).contains(content));
    EXPECT_NEAR(framing.scale, 1000 * (1 - 2 * kFrameMargin) / 1300, 1e-9) << "height is the tight side";
    EXPECT_EQ(framing.centre, content.center());
}

TEST(Framing, SmallPlanIsNotBlownUpPastTheLimit)
{
    const Framing framing = frameWhole(QRectF(0, 0, 200, 100), QSizeF(1920, 1080), 3.5);
    EXPECT_DOUBLE_EQ(framing.scale, 3.5);
}

TEST(Framing, ShortWaveIsCentredAtItsFit)
{
    const QRectF wave(330, 0, 330, 400);
    const QSizeF viewport(1920, 1000);

    const Framing framing = frameWave(wave, viewport, 1.75, 3.5);

    EXPECT_NEAR(framing.scale, 1000 * (1 - 2 * kFrameMargin) / 400, 1e-9);
    EXPECT_EQ(framing.centre, wave.center());
    EXPECT_TRUE(shown(framing, viewport).contains(wave));
}

TEST(Framing, TallWaveStaysLegibleAndShowsItsTopFirst)
{
    const QRectF wave(0, 0, 330, 1400);
    const QSizeF viewport(1920, 1000);

    const Framing framing = frameWave(wave, viewport, 1.75, 3.5);

    EXPECT_DOUBLE_EQ(framing.scale, 1.75) << "fitting would make the text too small";
    const QRectF visible = shown(framing, viewport);
    EXPECT_NEAR(visible.top(), wave.top() - 1000 * kFrameMargin / 1.75, 1e-9);
    EXPECT_LT(visible.bottom(), wave.bottom());
    EXPECT_DOUBLE_EQ(framing.centre.x(), wave.center().x());
}

TEST(Framing, WideWaveShowsItsLeftEdgeFirst)
{
    const QRectF wave(100, 0, 2000, 300);
    const Framing framing = frameWave(wave, QSizeF(1000, 1000), 1.0, 2.0);
    EXPECT_DOUBLE_EQ(framing.scale, 1.0);
    EXPECT_NEAR(shown(framing, QSizeF(1000, 1000)).left(), 100 - 1000 * kFrameMargin, 1e-9);
}

} // namespace
} // namespace waveplan::test
