// render_icon: draws an SVG icon into square PNGs for the hicolor icon theme. A host tool run
// by the build (packaging/linux/CMakeLists.txt), never installed.
//
//   render_icon INPUT.svg OUTPUT_DIR SIZE...
//
// writes OUTPUT_DIR/<SIZE>x<SIZE>/<name>.png for each SIZE, <name> being INPUT's base name.

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "render_icon: %s\n", qPrintable(message));
    return 1;
}

bool renderOne(QSvgRenderer &renderer, int size, const QString &path)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image.save(path, "PNG");
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 4)
        return fail(QStringLiteral("usage: render_icon INPUT.svg OUTPUT_DIR SIZE..."));

    const QString input = QString::fromLocal8Bit(argv[1]);
    QSvgRenderer renderer(input);
    if (!renderer.isValid())
        return fail(QStringLiteral("%1: not a readable SVG image").arg(input));

    const QString name = QFileInfo(input).completeBaseName() + QStringLiteral(".png");
    const QDir outputDir(QString::fromLocal8Bit(argv[2]));
    for (int i = 3; i < argc; ++i) {
        bool ok = false;
        const int size = QString::fromLocal8Bit(argv[i]).toInt(&ok);
        if (!ok || size < 1 || size > 4096)
            return fail(QStringLiteral("size '%1': expected a whole number of pixels from 1 to 4096")
                            .arg(QString::fromLocal8Bit(argv[i])));
        const QString folder = QStringLiteral("%1x%1").arg(size);
        if (!outputDir.mkpath(folder))
            return fail(QStringLiteral("%1: cannot create this folder").arg(outputDir.filePath(folder)));
        const QString path = outputDir.filePath(folder + QLatin1Char('/') + name);
        if (!renderOne(renderer, size, path))
            return fail(QStringLiteral("%1: cannot write this PNG").arg(path));
    }
    return 0;
}
