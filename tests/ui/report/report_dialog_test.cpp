// The report dialog: its options and their settings, the pages it draws for the preview, the
// export it writes; the main window's File menu entries.

#include "ui/document/plan_document.h"
#include "ui/window/main_window.h"
#include "ui/report/image_export_dialog.h"
#include "ui/report/report_dialog.h"
#include "ui/report/report_scenes.h"
#include "ui/report/report_writer.h"

#include "report_test_support.h"
#include "support/temp_dir.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QPrinter>
#include <QSettings>

#include <gtest/gtest.h>

using namespace waveplan;
using namespace waveplan::ui;
using namespace waveplan::ui::report;

TEST(ReportDialog, OptionsAreSavedAndComeBackInTheNextDialog)
{
    QSettings().remove(QStringLiteral("report"));
    PlanDocument document;
    {
        ReportDialog dialog(&document);
        EXPECT_EQ(dialog.options().paper, QPageSize::A4); // defaults: A4 landscape with the map
        EXPECT_EQ(dialog.options().orientation, QPageLayout::Landscape);
        EXPECT_TRUE(dialog.options().includeMap);
        ReportOptions chosen;
        chosen.paper = QPageSize::Letter;
        chosen.orientation = QPageLayout::Portrait;
        chosen.includeMap = false;
        dialog.setOptions(chosen);
        EXPECT_EQ(dialog.findChildren<QComboBox *>().at(0)->currentText(), QStringLiteral("US Letter"));
        ReportDialog::saveOptions(dialog.options());
    }
    ReportDialog again(&document);
    EXPECT_EQ(again.options().paper, QPageSize::Letter);
    EXPECT_EQ(again.options().orientation, QPageLayout::Portrait);
    EXPECT_FALSE(again.options().includeMap);
    for (QComboBox *box : again.findChildren<QComboBox *>())
        EXPECT_FALSE(box->accessibleName().isEmpty());
    // Sections: each chosen one is remembered; with none, nothing can be previewed or exported.
    for (const char *name : {"includeSummary", "includeWaves", "includeCritical", "includeCapacity", "includeRisks"}) {
        auto *box = again.findChild<QCheckBox *>(QString::fromLatin1(name));
        ASSERT_NE(box, nullptr) << name;
        EXPECT_TRUE(box->isChecked()) << name << " is on by default";
    }
    again.findChild<QCheckBox *>(QStringLiteral("includeWaves"))->setChecked(false);
    EXPECT_FALSE(again.options().includeWaves);
    ReportDialog::saveOptions(again.options());
    EXPECT_FALSE(ReportDialog::savedOptions().includeWaves);
    EXPECT_TRUE(ReportDialog::savedOptions().includeSummary);
    auto *exportButton = again.findChild<QPushButton *>(QStringLiteral("exportButton"));
    ASSERT_NE(exportButton, nullptr);
    EXPECT_TRUE(exportButton->isEnabled());
    for (QCheckBox *box : again.findChildren<QCheckBox *>())
        box->setChecked(false);
    EXPECT_FALSE(exportButton->isEnabled());
    EXPECT_FALSE(again.findChild<QPushButton *>(QStringLiteral("previewButton"))->isEnabled());
    again.findChild<QCheckBox *>(QStringLiteral("includeRisks"))->setChecked(true);
    EXPECT_TRUE(exportButton->isEnabled());
    // A3 and Tabloid are offered and remembered too.
    for (const QPageSize::PageSizeId size : {QPageSize::A3, QPageSize::Tabloid}) {
        ReportOptions wall = again.options();
        wall.paper = size;
        again.setOptions(wall);
        EXPECT_EQ(again.options().paper, size);
        ReportDialog::saveOptions(again.options());
        EXPECT_EQ(ReportDialog::savedOptions().paper, size);
    }
    QSettings().remove(QStringLiteral("report"));
}

TEST(ReportDialog, AFirstReportHasEverySectionButTheWaveBoard)
{
    QSettings().remove(QStringLiteral("report"));
    PlanDocument document;
    document.resetPlan(test::reportTestPlan());
    const ReportDialog dialog(&document);
    const ReportOptions options = dialog.options();
    EXPECT_FALSE(options.includeBoard) << "the roadmap is the board's page-sized form";
    for (const bool section : {options.includeSummary, options.includeRoadmap, options.includeWaves, options.includeMap,
                               options.includeCritical, options.includeCapacity, options.includeRisks})
        EXPECT_TRUE(section);
}

TEST(ReportDialog, PreviewPrinterGetsEveryPageOnTheChosenPaper)
{
    PlanDocument document;
    document.resetPlan(test::reportTestPlan());
    ReportDialog dialog(&document);
    ReportOptions options;
    options.paper = QPageSize::Letter;
    options.orientation = QPageLayout::Portrait;
    dialog.setOptions(options);

    test::TempDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(QString::fromStdString(dir.file("preview.pdf").string()));
    const int pages = dialog.paintInto(&printer);
    EXPECT_GT(pages, 2); // title, waves, map, critical path, capacity, problems at least
    EXPECT_EQ(printer.pageLayout().pageSize().id(), QPageSize::Letter);
    EXPECT_EQ(printer.pageLayout().orientation(), QPageLayout::Portrait);
    EXPECT_GT(std::filesystem::file_size(dir.file("preview.pdf")), 1000u);
}

TEST(ReportDialog, ExportWritesAPdfAndTheSameReportEveryTime)
{
    PlanDocument document;
    document.resetPlan(test::reportTestPlan());
    ReportDialog dialog(&document);
    test::TempDir dir;
    ASSERT_TRUE(dialog.exportTo(dir.file("report.pdf")));
    EXPECT_EQ(test::readFile(dir.file("report.pdf")).substr(0, 5), "%PDF-");

    // Deterministic: the same plan gives the same pages (the PDF's creation time aside).
    ReportOptions options;
    options.reportDate = *parseIsoDate("2027-01-01");
    const ReportScenes first(document.plan(), options.budgetSchedules);
    const ReportScenes second(document.plan(), options.budgetSchedules);
    EXPECT_EQ(first.schedule(), second.schedule());
    EXPECT_EQ(first.schedule(), computeSchedule(document.plan())) << "the schedule of 'waveplan schedule'";
}

TEST(ReportDialog, MainWindowOffersReportAndImageExportInTheFileMenu)
{
    MainWindow window;
    auto *report = window.findChild<QAction *>(QStringLiteral("exportReportAction"));
    auto *image = window.findChild<QAction *>(QStringLiteral("exportImageAction"));
    ASSERT_NE(report, nullptr);
    ASSERT_NE(image, nullptr);
    EXPECT_EQ(report->shortcut(), QKeySequence(QKeySequence::Print));
    EXPECT_TRUE(QString(report->text()).remove(QLatin1Char('&')).contains(QStringLiteral("Report"))); // as read
    EXPECT_TRUE(QString(image->text()).remove(QLatin1Char('&')).contains(QStringLiteral("Image")));
}

TEST(ReportDialog, APlanTooLargeToDrawSaysSoAndOffersNoPreviewOrExport)
{
    Plan plan;
    for (std::size_t i = 0; i <= kMaxDrawnCapabilities; ++i) {
        Capability c;
        c.key = "C" + std::to_string(i);
        c.name = c.key;
        plan.capabilities.push_back(c);
    }
    PlanDocument document;
    document.resetPlan(plan);
    ReportDialog dialog(&document);

    const auto *note = dialog.findChild<QLabel *>(QStringLiteral("tooLargeNote"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->text().startsWith(QStringLiteral("Cannot draw a plan of 10,001 capabilities"))) << note->text().toStdString();
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("previewButton"))->isEnabled());
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());

    plan.capabilities.pop_back(); // exactly the limit is drawn
    EXPECT_TRUE(drawablePlan(plan).ok());
    PlanDocument small;
    ReportDialog usual(&small);
    EXPECT_EQ(usual.findChild<QLabel *>(QStringLiteral("tooLargeNote")), nullptr);
    EXPECT_TRUE(usual.findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
}

TEST(ReportDialog, AScheduleRunningPastWave999SaysSoAndOffersNoPreviewOrExport)
{
    Plan plan; // waves of 90 days
    Capability longest;
    longest.key = "LONG";
    longest.name = "A very long capability";
    longest.durationDays = 999 * 90 + 1; // its last day is the first of wave 1,000
    plan.capabilities.push_back(longest);
    PlanDocument document;
    document.resetPlan(plan);
    ReportDialog dialog(&document);

    const auto *note = dialog.findChild<QLabel *>(QStringLiteral("tooLargeNote"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->text().startsWith(QStringLiteral("Cannot draw a schedule that runs to wave 1,000: reports and "
                                                       "pictures are drawn up to wave 999")))
        << note->text().toStdString();
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("previewButton"))->isEnabled());
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());

    plan.capabilities.front().durationDays = 999 * 90; // ends on the last day of wave 999: drawn
    PlanDocument lastWave;
    lastWave.resetPlan(plan);
    EXPECT_TRUE(drawableSchedule(plan, lastWave.schedule()).ok());
    ReportDialog drawn(&lastWave);
    EXPECT_EQ(drawn.findChild<QLabel *>(QStringLiteral("tooLargeNote")), nullptr);
}

TEST(ImageExportDialog, EveryViewIncludingTheRoadmapSlideIsOfferedAndRemembered)
{
    QSettings().remove(QStringLiteral("image"));
    PlanDocument document;
    ImageExportDialog dialog(&document);
    EXPECT_EQ(dialog.options().view, ReportView::Map); // the default
    for (const ReportView view : {ReportView::Board, ReportView::Roadmap, ReportView::Map}) {
        ImageOptions chosen = dialog.options();
        chosen.view = view;
        chosen.width = 1920;
        chosen.height = 1080;
        dialog.setOptions(chosen);
        EXPECT_EQ(dialog.options().view, view) << "the dialog offers it";
        ImageExportDialog::saveOptions(dialog.options());
        EXPECT_EQ(ImageExportDialog::savedOptions().view, view) << "and remembers it";
    }
    // The title and the legend come back too; the roadmap slide always has its legend.
    EXPECT_TRUE(dialog.options().title.isEmpty());
    EXPECT_FALSE(dialog.options().legend);
    ImageOptions chosen = dialog.options();
    chosen.title = QStringLiteral("Board pack");
    chosen.legend = true;
    dialog.setOptions(chosen);
    ImageExportDialog::saveOptions(dialog.options());
    const ImageExportDialog next(&document);
    EXPECT_EQ(next.options().title, QStringLiteral("Board pack"));
    EXPECT_TRUE(next.options().legend);
    auto *legend = next.findChild<QCheckBox *>(QStringLiteral("imageLegend"));
    ASSERT_NE(legend, nullptr);
    EXPECT_TRUE(legend->isEnabled());
    chosen.view = ReportView::Roadmap;
    dialog.setOptions(chosen);
    EXPECT_FALSE(dialog.findChild<QCheckBox *>(QStringLiteral("imageLegend"))->isEnabled());
    QSettings().remove(QStringLiteral("image"));
}
