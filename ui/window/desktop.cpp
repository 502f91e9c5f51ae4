#include "ui/window/desktop.h"

#include "ui/files/recent_files.h"
#include "ui/files/sample_plan.h"
#include "ui/window/main_window.h"

#include "core/formats/format_registry.h"
#include "core/store/plan_store.h"

#include <QApplication>
#include <QIcon>
#include <QIconEngine>
#include <QInputDialog>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QTimer>

namespace waveplan::ui {

int runDesktop(int argc, char **argv, const std::optional<std::filesystem::path> &file)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Waveplan"));
    QApplication::setApplicationName(QStringLiteral("Waveplan"));
    QApplication::setApplicationVersion(QStringLiteral(WAVEPLAN_VERSION));
    // Ties the running window to the installed desktop entry (menu, taskbar, Wayland).
    QGuiApplication::setDesktopFileName(QStringLiteral("waveplan"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("waveplan"), QIcon(QStringLiteral(":/icons/waveplan.svg"))));

    MainWindow window;
    window.show();
    // Unsaved work from a crashed session comes first; otherwise the file asked for; on the
    // very first start (nothing recent) the bundled sample, with no path so Save asks where.
    if (!window.offerRecovery()) {
        if (file) {
            // A document (.waveplan, plan JSON) opens; a file only imported (an MS Project XML,
            // a capabilities spreadsheet) comes in as a new unsaved plan, as File > Import does.
            const FormatRegistry formats = builtInFormats();
            const Result<const Format *> format = formats.detect(*file, FormatAccess::Read);
            if (format && !format.value()->wholePlan) // once the window is on screen, for the notes dialog
                QTimer::singleShot(0, &window, [&window, path = *file] { window.importFile(path); });
            else
                window.openFile(*file);
        } else if (window.recentFiles()->files().isEmpty()) {
            if (const auto sample = findSamplePlan()) {
                Result<Plan> plan = openPlan(PlanLocation::ofFile(*sample));
                if (plan)
                    window.showPlan(plan.value());
            }
        }
    }
    return app.exec();
}

namespace {

/// Waveplan's own SVG icons, drawn at low opacity when disabled. Qt's usual disabled look
/// lightens an icon, which on a dark toolbar makes it brighter than the enabled ones.
class FadingIconEngine : public QIconEngine {
public:
    explicit FadingIconEngine(const QString &file)
        : m_file(file)
        , m_icon(file)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        painter->save();
        if (mode == QIcon::Disabled)
            painter->setOpacity(0.35);
        m_icon.paint(painter, rect, Qt::AlignCenter, QIcon::Normal, state);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap((QSizeF(size) * scale).toSize());
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            paint(&painter, pixmap.rect(), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QIconEngine *clone() const override { return new FadingIconEngine(m_file); }
    QString key() const override { return QStringLiteral("WaveplanFadingIcon"); }

private:
    QString m_file;
    QIcon m_icon;
};

} // namespace

QIcon actionIcon(const QString &themeName, const QString &file)
{
    const QString name = file.isEmpty() ? themeName : file;
    return QIcon::fromTheme(themeName, QIcon(new FadingIconEngine(QStringLiteral(":/icons/actions/%1.svg").arg(name))));
}

void showWarning(QWidget *parent, const QString &objectName, const QString &title, const QString &text,
                 const QString &detail)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setObjectName(objectName);
    box->setInformativeText(detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void askForName(QWidget *parent, const QString &title, const QString &label, QString name,
                const std::function<QString(const QString &)> &use)
{
    for (;;) {
        bool ok = false;
        name = QInputDialog::getText(parent, title, label, QLineEdit::Normal, name, &ok);
        if (!ok)
            return;
        const QString refused = use(name);
        if (refused.isEmpty())
            return;
        QMessageBox::warning(parent, title, refused);
    }
}

} // namespace waveplan::ui
