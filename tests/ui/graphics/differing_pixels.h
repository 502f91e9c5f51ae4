#pragma once
// Shared by the map tests: how many pixels two images of one size differ in, beyond a tolerance
// (a picture pasted on a background and the same drawn onto it differ by a level at soft edges).

#include <QImage>

#include <cstdlib>

namespace waveplan::test {

/// Pixels of two images of one size that differ by more than `tolerance` in a channel.
inline int differing(const QImage &a, const QImage &b, int tolerance)
{
    int count = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            if (std::abs(qRed(p) - qRed(q)) > tolerance || std::abs(qGreen(p) - qGreen(q)) > tolerance
                || std::abs(qBlue(p) - qBlue(q)) > tolerance)
                ++count;
        }
    return count;
}

} // namespace waveplan::test
