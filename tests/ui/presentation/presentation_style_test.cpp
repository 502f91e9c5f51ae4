// Presentation type sizes, contrast and the map's presentation style.

#include "ui/presentation/presentation_style.h"

#include <QFontMetricsF>

#include <gtest/gtest.h>

namespace waveplan::test {
namespace {

using namespace ui::presentation;

TEST(PresentationStyle, BodyTextIsAtLeast28PixelsOnA1080Screen)
{
    EXPECT_GE(bodyPixelSize(1080), 28);
    EXPECT_GT(headingPixelSize(1080), bodyPixelSize(1080));
}

TEST(PresentationStyle, TypeScalesWithTheScreenHeight)
{
    EXPECT_EQ(bodyPixelSize(2160), 2 * bodyPixelSize(1080));
    EXPECT_EQ(bodyPixelSize(1440), 37); // 28 * 1440 / 1080 = 37.33
    EXPECT_GE(headingPixelSize(2160), 2 * headingPixelSize(1080) - 1);
    EXPECT_EQ(bodyPixelSize(300), 16) << "a tiny window still gets readable type";
}

TEST(PresentationStyle, TextColoursMeetWcagAaaOnTheBackground)
{
    const PresentationColors c = PresentationColors::highContrast();
    EXPECT_NEAR(contrastRatio(QColor(Qt::white), QColor(Qt::black)), 21.0, 1e-9);
    EXPECT_NEAR(contrastRatio(QColor(Qt::black), QColor(Qt::white)), 21.0, 1e-9);
    EXPECT_NEAR(contrastRatio(QColor(0x77, 0x77, 0x77), QColor(Qt::white)), 4.48, 0.01); // a known pair
    for (const QColor &colour : {c.text, c.mutedText, c.foundational, c.additive, c.criticalPath,
                                 c.criticalChain, c.selection, c.arrow, c.outline}) {
        EXPECT_GE(contrastRatio(colour, c.background), 7.0) << colour.name().toStdString();
        EXPECT_GE(contrastRatio(colour, c.alternateFill), 7.0) << colour.name().toStdString();
    }
}

TEST(PresentationStyle, MapTextStaysReadableOnItsCardFills)
{
    const ui::map::MapStyle style = mapStyle(QFont());
    EXPECT_GE(contrastRatio(style.colors.text, style.colors.foundationalFill), 7.0);
    EXPECT_GE(contrastRatio(style.colors.text, style.colors.additiveFill), 7.0);
    // FOUNDATION is written in the card fill colour on the yellow bar.
    EXPECT_GE(contrastRatio(style.colors.cardFill, style.colors.foundationalAccent), 7.0);
}

TEST(PresentationStyle, MapFontsAreSizedInPixelsForTheCards)
{
    const ui::map::MapStyle style = mapStyle(QFont());
    EXPECT_EQ(style.font.pixelSize(), kMapBodyPixels);
    EXPECT_GT(style.keyFont.pixelSize(), style.font.pixelSize());
    EXPECT_TRUE(style.keyFont.bold());
    EXPECT_GT(style.headerFont.pixelSize(), style.keyFont.pixelSize());
    // Key, two name lines and the owner line fit a card with room to spare (MapGeometry).
    const double lines = QFontMetricsF(style.keyFont).height() + 3 * QFontMetricsF(style.font).height();
    EXPECT_LE(lines + 12, ui::map::MapGeometry::cardHeight);
}

TEST(PresentationStyle, LegibleScaleBringsSceneTextToBodySize)
{
    EXPECT_DOUBLE_EQ(legibleScale(1080, 14) * 14, bodyPixelSize(1080));
    EXPECT_DOUBLE_EQ(legibleScale(2160, kMapBodyPixels) * kMapBodyPixels, 56);
    EXPECT_DOUBLE_EQ(legibleScale(1080, 28), 1.0);
}

TEST(PresentationStyle, PaletteIsLightOnBlack)
{
    const QPalette palette = highContrastPalette();
    EXPECT_EQ(palette.color(QPalette::Window), QColor(Qt::black));
    EXPECT_EQ(palette.color(QPalette::Base), QColor(Qt::black));
    EXPECT_GE(contrastRatio(palette.color(QPalette::WindowText), palette.color(QPalette::Window)), 7.0);
    EXPECT_GE(contrastRatio(palette.color(QPalette::Text), palette.color(QPalette::Base)), 7.0);
    EXPECT_GE(contrastRatio(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight)), 7.0);
}

} // namespace
} // namespace waveplan::test
