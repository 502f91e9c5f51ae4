#include "ui/report/image_export_dialog.h"

#include "ui/document/plan_document.h"
#include "ui/files/format_filters.h"
#include "ui/text/qt_text.h"
#include "ui/report/drawing_formats.h"
#include "ui/report/report_scenes.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace waveplan::ui::report {

namespace {

QSpinBox *spinBox(int minimum, int maximum, const QString &suffix, const QString &accessibleName, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    box->setAccessibleName(accessibleName);
    return box;
}

} // namespace

ImageExportDialog::ImageExportDialog(const PlanDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Export Image"));
    m_view = new QComboBox(this);
    m_view->addItem(tr("Dependency map"), static_cast<int>(ReportView::Map));
    m_view->addItem(tr("Wave board"), static_cast<int>(ReportView::Board));
    m_view->addItem(tr("Roadmap (a titled slide)"), static_cast<int>(ReportView::Roadmap));
    m_view->setAccessibleName(tr("What to draw"));
    m_width = spinBox(16, 20000, tr(" px"), tr("Width in pixels"), this);
    m_height = spinBox(16, 20000, tr(" px"), tr("Height in pixels"), this);
    m_dpi = spinBox(24, 2400, tr(" dpi"), tr("Dots per inch written into a PNG"), this);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("imageTitle"));
    m_title->setAccessibleName(tr("Title above the picture"));
    m_title->setPlaceholderText(tr("None (the roadmap: the plan's name)"));
    m_legend = new QCheckBox(tr("Add a &legend under the map or board"), this);
    m_legend->setObjectName(QStringLiteral("imageLegend"));
    m_legend->setAccessibleName(tr("Add a legend under the map or board"));
    // The roadmap slide always has its legend.
    connect(m_view, &QComboBox::currentIndexChanged, this, [this] {
        m_legend->setEnabled(static_cast<ReportView>(m_view->currentData().toInt()) != ReportView::Roadmap);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Draw:"), m_view);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(tr("PNG &resolution:"), m_dpi);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(QString(), m_legend);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export..."), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    connect(exportButton, &QPushButton::clicked, this, &ImageExportDialog::chooseAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    setOptions(savedOptions());
}

ImageOptions ImageExportDialog::savedOptions()
{
    QSettings settings;
    ImageOptions saved;
    const QString view = settings.value(QStringLiteral("image/view")).toString();
    saved.view = view == QLatin1String("board")     ? ReportView::Board
                 : view == QLatin1String("roadmap") ? ReportView::Roadmap
                                                    : ReportView::Map;
    saved.width = settings.value(QStringLiteral("image/width"), saved.width).toInt();
    saved.height = settings.value(QStringLiteral("image/height"), saved.height).toInt();
    saved.dpi = settings.value(QStringLiteral("image/dpi"), saved.dpi).toInt();
    saved.title = settings.value(QStringLiteral("image/title")).toString();
    saved.legend = settings.value(QStringLiteral("image/legend"), false).toBool();
    return saved;
}

void ImageExportDialog::saveOptions(const ImageOptions &options)
{
    QSettings settings;
    settings.setValue(QStringLiteral("image/view"), options.view == ReportView::Board     ? QStringLiteral("board")
                                                    : options.view == ReportView::Roadmap ? QStringLiteral("roadmap")
                                                                                          : QStringLiteral("map"));
    settings.setValue(QStringLiteral("image/width"), options.width);
    settings.setValue(QStringLiteral("image/height"), options.height);
    settings.setValue(QStringLiteral("image/dpi"), options.dpi);
    settings.setValue(QStringLiteral("image/title"), options.title);
    settings.setValue(QStringLiteral("image/legend"), options.legend);
}

ImageOptions ImageExportDialog::options() const
{
    ImageOptions options;
    options.view = static_cast<ReportView>(m_view->currentData().toInt());
    options.width = m_width->value();
    options.height = m_height->value();
    options.dpi = m_dpi->value();
    options.title = m_title->text().trimmed();
    options.legend = m_legend->isChecked();
    return options;
}

void ImageExportDialog::setOptions(const ImageOptions &options)
{
    m_view->setCurrentIndex(std::max(0, m_view->findData(static_cast<int>(options.view))));
    m_width->setValue(options.width);
    m_height->setValue(options.height);
    m_dpi->setValue(options.dpi);
    m_title->setText(options.title);
    m_legend->setChecked(options.legend);
    m_legend->setEnabled(options.view != ReportView::Roadmap);
}

Status ImageExportDialog::exportTo(const std::filesystem::path &path)
{
    const ImageOptions chosen = options();
    saveOptions(chosen);
    const Result<const Format *> format = desktopFormats().detect(path, FormatAccess::Write);
    if (!format || !format.value()->takes(FormatOption::View))
        return Error{"a picture is saved as a .png or .svg file", path.string(), 0, 0};
    WriteRequest request;
    request.path = path;
    request.overwrite = true; // the file dialog has asked
    setImageOptions(request, chosen);
    const ScheduleReference shown = referenceOf(m_document->schedule()); // the waves on screen
    request.acceptedSchedule = &shown;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = format.value()->writer(m_document->plan(), request);
    QApplication::restoreOverrideCursor();
    return written;
}

void ImageExportDialog::chooseAndExport()
{
    const std::vector<const Format *> pictures = formatsFor(desktopFormats(), FormatAccess::Write, FormatOption::View);
    const QString base = options().view == ReportView::Board     ? tr("board")
                         : options().view == ReportView::Roadmap ? tr("roadmap")
                                                                 : tr("map");
    QString selectedFilter;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Image"), base + QStringLiteral(".png"),
                                                      fileFilters(pictures), &selectedFilter);
    if (file.isEmpty() || pictures.empty())
        return;
    std::filesystem::path path = file.toStdString();
    if (const auto detected = desktopFormats().detect(path, FormatAccess::Write); !detected || !detected.value()->takes(FormatOption::View))
        path = withExtensionOf(path, *formatOfFilter(pictures, selectedFilter));
    const Status written = exportTo(path);
    if (!written) {
        QMessageBox::warning(this, tr("Export Image"), tr("The picture was not saved.\n\n%1").arg(qs(written.errorText())));
        return;
    }
    accept();
}

} // namespace waveplan::ui::report
