// The one-pixel smoothed lines the arrow layer draws: where they put colour, how much, and that
// they look like the lines QPainter draws for the same path.

#include "ui/map/hairlines.h"

#include <QPainter>
#include <QPainterPath>

#include <gtest/gtest.h>

#include <cmath>
#include <utility>

namespace waveplan::test {
namespace {

using ui::map::Hairlines;

QImage blank(int width = 64, int height = 48)
{
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    return image;
}

/// Summed alpha of column x, in pixels (255 = one opaque pixel).
double columnInk(const QImage &image, int x)
{
    double sum = 0;
    for (int y = 0; y < image.height(); ++y)
        sum += qAlpha(image.pixel(x, y)) / 255.0;
    return sum;
}

double rowInk(const QImage &image, int y)
{
    double sum = 0;
    for (int x = 0; x < image.width(); ++x)
        sum += qAlpha(image.pixel(x, y)) / 255.0;
    return sum;
}

TEST(Hairlines, ALevelLineThroughPixelCentresFillsOneRowAndStopsAtItsEnds)
{
    QImage image = blank();
    Hairlines lines(image);
    lines.setColor(Qt::black);
    lines.drawLine({10.0, 20.5}, {40.0, 20.5});
    EXPECT_NEAR(rowInk(image, 20), 30.0, 0.1) << "columns 10..39, whose centres lie on the line";
    EXPECT_EQ(rowInk(image, 19) + rowInk(image, 21), 0.0);
    EXPECT_EQ(qAlpha(image.pixel(9, 20)), 0);
    EXPECT_EQ(qAlpha(image.pixel(40, 20)), 0) << "the end is open: the next piece starts there";
    EXPECT_EQ(image.pixel(25, 20), qRgba(0, 0, 0, 255));
}

TEST(Hairlines, ALineBetweenTwoRowsSharesItsColourBetweenThem)
{
    QImage image = blank();
    Hairlines lines(image);
    lines.setColor(QColor(200, 40, 40));
    lines.drawLine({5.0, 30.0}, {50.0, 30.0}); // on the border of rows 29 and 30
    EXPECT_NEAR(qAlpha(image.pixel(20, 29)), 128, 2);
    EXPECT_NEAR(qAlpha(image.pixel(20, 30)), 128, 2);
    EXPECT_NEAR(columnInk(image, 20), 1.0, 0.01);
    const QRgb pixel = image.pixel(20, 30); // premultiplied: half of (200, 40, 40)
    EXPECT_NEAR(qRed(pixel), 100, 2);
    EXPECT_NEAR(qGreen(pixel), 20, 2);
}

TEST(Hairlines, EveryColumnOfASlopedPolylineGetsOnePixelOfColour)
{
    // Three pieces, shallow and steep, meeting at points that are not pixel centres: each column
    // (row, for the steep piece) is coloured once, so the joints are not darker.
    QImage image = blank(80, 80);
    Hairlines lines(image);
    lines.setColor(Qt::black);
    lines.drawLine({4.3, 10.2}, {30.7, 21.9});
    lines.drawLine({30.7, 21.9}, {55.1, 30.4});
    for (int x = 5; x < 55; ++x)
        EXPECT_NEAR(columnInk(image, x), 1.0, 0.02) << "column " << x;
    QImage steep = blank(80, 80);
    Hairlines steepLines(steep);
    steepLines.setColor(Qt::black);
    steepLines.drawLine({20.2, 3.4}, {31.6, 60.8});
    for (int y = 4; y < 60; ++y)
        EXPECT_NEAR(rowInk(steep, y), 1.0, 0.02) << "row " << y;
}

TEST(Hairlines, OpacityAndColourAlphaMultiply)
{
    QImage image = blank();
    Hairlines lines(image);
    lines.setColor(QColor(0, 0, 0, 128), 0.5);
    lines.drawLine({0.0, 10.5}, {60.0, 10.5});
    EXPECT_NEAR(qAlpha(image.pixel(30, 10)), 64, 2);
}

TEST(Hairlines, LinesLeavingTheImageAreCut)
{
    QImage image = blank(32, 32);
    Hairlines lines(image);
    lines.setColor(Qt::black);
    lines.drawLine({-100.0, -50.0}, {100.0, 50.0}); // crosses the image
    lines.drawLine({-500.0, 200.0}, {500.0, 210.0}); // wholly below it
    lines.drawLine({40.0, -9.0}, {40.0, 80.0});      // wholly right of it
    EXPECT_NEAR(columnInk(image, 16), 1.0, 0.02);
    double total = 0;
    for (int x = 0; x < 32; ++x)
        total += columnInk(image, x);
    EXPECT_NEAR(total, 32.0, 0.5) << "only the diagonal's 32 columns";
}

TEST(Hairlines, EachLineTakesTheColourSetLast)
{
    QImage image = blank(32, 12);
    Hairlines lines(image);
    const QColor red(220, 20, 20);
    const QColor blue(20, 20, 220);
    for (const auto &[row, colour] : {std::pair{1, red}, std::pair{4, blue}, std::pair{7, red}, std::pair{10, blue}}) {
        lines.setColor(colour);
        lines.drawLine({0.0, row + 0.5}, {32.0, row + 0.5}); // through the pixel centres of one row
    }
    for (const auto &[row, colour] : {std::pair{1, red}, std::pair{4, blue}, std::pair{7, red}, std::pair{10, blue}})
        EXPECT_EQ(QColor::fromRgba(image.pixel(16, row)), colour) << "row " << row;
}

TEST(Hairlines, LinesAlongTheEdgesColourThePixelsALargerImageWouldHave)
{
    // Lines near an edge are drawn pixel by pixel with a check of each pixel; lines well inside
    // without. Drawn into a larger image with a margin around the same pixels, every line is
    // well inside: the pixels they share must come out the same, colours and shares alike.
    constexpr int kMargin = 8;
    QImage edge = blank(40, 30);
    QImage larger = blank(40 + 2 * kMargin, 30 + 2 * kMargin);
    Hairlines onEdge(edge);
    Hairlines inside(larger);
    const QColor colours[] = {QColor(90, 90, 90), QColor(200, 30, 30, 180)};
    int drawn = 0;
    for (double along = -1.3; along < 42; along += 3.7) {
        for (const auto &[a, b] : {std::pair{QPointF(along, 0.2), QPointF(along + 9.4, 1.6)},      // top edge
                                   std::pair{QPointF(along, 29.1), QPointF(along + 7.9, 28.3)},   // bottom edge
                                   std::pair{QPointF(0.4, along * 0.7), QPointF(1.1, along * 0.7 + 8.5)}, // left
                                   std::pair{QPointF(39.3, along * 0.7), QPointF(38.2, along * 0.7 + 6.1)}}) { // right
            const QColor &colour = colours[drawn++ % 2];
            onEdge.setColor(colour, 0.8);
            inside.setColor(colour, 0.8);
            onEdge.drawLine(a, b);
            inside.drawLine(a + QPointF(kMargin, kMargin), b + QPointF(kMargin, kMargin));
        }
    }
    ASSERT_GT(drawn, 40);
    EXPECT_EQ(edge, larger.copy(kMargin, kMargin, edge.width(), edge.height()));
}

TEST(Hairlines, ACurveFollowsItsPathLikeThePaintersLine)
{
    // An S-curve like an arrow's gap crossing, mapped by a transform, next to QPainter's own
    // smoothed one-pixel line for the same path: the ink lands in the same places.
    QPainterPath path;
    path.moveTo(10, 10);
    path.cubicTo(60, 10, 40, 70, 95, 70);
    path.lineTo(140, 70);
    const QTransform toImage = QTransform::fromScale(0.5, 0.5) * QTransform::fromTranslate(3, 4);

    QImage ours = blank(80, 48);
    Hairlines lines(ours);
    lines.setColor(Qt::black);
    lines.drawPath(path, toImage);

    QImage theirs = blank(80, 48);
    QPainter painter(&theirs);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setTransform(toImage);
    painter.setPen(QPen(Qt::black, 0)); // cosmetic: one device pixel
    painter.drawPath(path);
    painter.end();

    double inkOurs = 0;
    double inkTheirs = 0;
    double inkFar = 0; // ours, more than a pixel from any of theirs
    for (int y = 0; y < ours.height(); ++y)
        for (int x = 0; x < ours.width(); ++x) {
            const double a = qAlpha(ours.pixel(x, y)) / 255.0;
            inkOurs += a;
            inkTheirs += qAlpha(theirs.pixel(x, y)) / 255.0;
            if (a == 0)
                continue;
            bool near = false;
            for (int dy = -1; dy <= 1 && !near; ++dy)
                for (int dx = -1; dx <= 1 && !near; ++dx)
                    near = theirs.valid(x + dx, y + dy) && qAlpha(theirs.pixel(x + dx, y + dy)) > 0;
            if (!near)
                inkFar += a;
        }
    EXPECT_GT(inkOurs, 60.0) << "about the path's length in pixels";
    EXPECT_NEAR(inkOurs, inkTheirs, inkTheirs * 0.15);
    EXPECT_LT(inkFar, 0.5);
}

} // namespace
} // namespace waveplan::test
