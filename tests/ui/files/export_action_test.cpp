// File > Export and File > Import through the format registry: the export action writes every
// format the command line can and each file reads back; a failure says why and writes nothing;
// a plan JSON imports as a new unsaved plan. Called directly, without the modal file dialog.

#include "ui/document/plan_document.h"
#include "ui/files/export_action.h"
#include "ui/files/format_filters.h"
#include "ui/window/main_window.h"
#include "ui/import/import_errors_dialog.h"
#include "ui/report/drawing_formats.h"

#include "core/io/capabilities_csv.h"
#include "core/io/csv_reader.h"
#include "core/io/mspdi_reader.h"
#include "core/io/plan_json.h"
#include "core/store/plan_store.h"
#include "support/plan_generator.h"
#include "support/temp_dir.h"
#include "report/graphml_reading.h"

#include <QAction>
#include <QImage>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

using namespace waveplan;
using Question = ui::MainWindow::Question;

namespace {

/// A small plan with a formula in its text, so the spreadsheets must neutralise it.
Plan exportedPlan()
{
    test::GeneratorOptions options;
    options.capabilities = 8;
    Plan plan = test::generatePlan(31, options);
    plan.capabilities.front().name = "=HYPERLINK(\"http://evil.example\")";
    return plan;
}

/// Checks that `path`, written as `format`, reads back as `plan` (or holds what the format shows).
void expectReadsBack(const Format &format, const WriteRequest &request, const Plan &plan)
{
    const std::string bytes = test::readFile(request.path);
    ASSERT_FALSE(bytes.empty()) << format.id;
    if (format.id == "waveplan") {
        EXPECT_EQ(openPlan(PlanLocation::ofFile(request.path)).value(), withIds(plan)) << "only the plan file keeps ids";
    } else if (format.id == "json") {
        EXPECT_EQ(readPlanJsonFile(request.path).value(), plan);
    } else if (format.id == "capabilities-csv") {
        ASSERT_TRUE(request.teamsPath);
        const Result<Plan> back = importPlanFromCsvFiles(request.path, request.teamsPath, plan);
        ASSERT_TRUE(back) << back.errorText();
        EXPECT_EQ(back->capabilities.size(), plan.capabilities.size());
        EXPECT_EQ(back->capabilities.front().name, plan.capabilities.front().name);
        EXPECT_EQ(back->teams, plan.teams);
        EXPECT_NE(bytes.find("'=HYPERLINK"), std::string::npos) << "neutralised for spreadsheets";
    } else if (format.id == "schedule-csv") {
        const auto records = readCsv(bytes, "waves.csv");
        ASSERT_TRUE(records) << records.errorText();
        EXPECT_EQ(records->size(), plan.capabilities.size() + 1);
        EXPECT_EQ(records->front().fields.front().text, "key");
        EXPECT_NE(bytes.find("'=HYPERLINK"), std::string::npos) << "neutralised for spreadsheets";
    } else if (format.id == "pdf") {
        EXPECT_EQ(bytes.substr(0, 5), "%PDF-");
        EXPECT_NE(bytes.find("%%EOF"), std::string::npos);
    } else if (format.id == "png") {
        const QImage image(QString::fromStdString(request.path.string()));
        EXPECT_EQ(image.size(), QSize(request.width, request.height));
    } else if (format.id == "svg") {
        QXmlStreamReader xml(QByteArray::fromStdString(bytes));
        while (!xml.atEnd() && !xml.isStartElement())
            xml.readNext();
        EXPECT_EQ(xml.name().toString(), QStringLiteral("svg"));
        EXPECT_NE(bytes.find(plan.capabilities.back().key), std::string::npos);
    } else if (format.id == "graphml") {
        const test::GraphmlDocument map = test::readGraphml(QByteArray::fromStdString(bytes));
        EXPECT_TRUE(map.error.isEmpty()) << map.error.toStdString();
        EXPECT_EQ(map.nodes.size(), static_cast<qsizetype>(plan.capabilities.size()));
        EXPECT_EQ(map.edges.size(), static_cast<qsizetype>(plan.dependencies.size()));
    } else if (format.id == "xlsx") {
        EXPECT_TRUE(bytes.starts_with("PK\x03\x04")) << "a zip archive";
        for (const char *part : {"xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet3.xml"})
            EXPECT_NE(bytes.find(part), std::string::npos) << part; // names are stored uncompressed
    } else if (format.id == "ics") {
        EXPECT_TRUE(bytes.starts_with("BEGIN:VCALENDAR\r\n"));
        EXPECT_TRUE(bytes.ends_with("END:VCALENDAR\r\n"));
        std::size_t goLives = 0;
        for (std::size_t at = 0; (at = bytes.find("\r\nUID:go-live-", at)) != std::string::npos; ++at)
            ++goLives;
        EXPECT_EQ(goLives, plan.capabilities.size());
    } else if (format.id == "dot") {
        EXPECT_NE(bytes.find("digraph "), std::string::npos);
        for (const Capability &c : plan.capabilities)
            EXPECT_NE(bytes.find("\n  \"" + c.key + "\" [label="), std::string::npos) << c.key;
        std::size_t arrows = 0;
        for (std::size_t at = 0; (at = bytes.find("\" -> \"", at)) != std::string::npos; ++at)
            ++arrows;
        std::size_t waveOrder = 0; // invisible edges between the waves' header nodes
        for (std::size_t at = 0; (at = bytes.find("[style=invis]", at)) != std::string::npos; ++at)
            ++waveOrder;
        EXPECT_EQ(arrows - waveOrder, plan.dependencies.size()) << "an edge per dependency";
    } else if (format.id == "mspdi") {
        const Result<MspdiImport> back = readMspdiFile(request.path, plan);
        ASSERT_TRUE(back) << back.errorText();
        EXPECT_EQ(back->plan.capabilities.size(), plan.capabilities.size());
        EXPECT_EQ(back->plan.capabilities.front().name, plan.capabilities.front().name);
        EXPECT_EQ(back->plan.dependencies, plan.dependencies);
    } else {
        ADD_FAILURE() << "no read-back check for the new format " << format.id;
    }
}

} // namespace

TEST(ExportAction, WritesEveryFormatTheCommandLineCanAndEachReadsBack)
{
    test::TempDir dir;
    ui::MainWindow window;
    const Plan plan = exportedPlan();
    window.showPlan(plan);
    std::set<std::string> written;

    for (const Format *format : ui::formatsFor(ui::report::desktopFormats(), FormatAccess::Write)) {
        WriteRequest request = ui::exportRequest(*format, dir.file("plan-" + format->id + format->extensions.front()));
        request.width = 320; // keep the pictures small
        request.height = 200;
        request.includeMap = false;
        request.includeBoard = false;
        ASSERT_TRUE(ui::exportPlan(&window, window.plan(), *format, request)) << format->id;
        expectReadsBack(*format, request, plan);
        written.insert(format->id);
    }

    EXPECT_EQ(written, (std::set<std::string>{"waveplan", "json", "capabilities-csv", "schedule-csv", "xlsx", "ics", "dot", "mspdi", "pdf",
                                     "png", "svg", "graphml"}));
    EXPECT_EQ(window.findChild<QMessageBox *>(QStringLiteral("exportErrorBox")), nullptr);
}

TEST(ExportAction, AFailureSaysWhyAndWritesNothing)
{
    test::TempDir dir;
    ui::MainWindow window;
    window.showPlan(exportedPlan());
    const Format *json = ui::report::desktopFormats().find("json");
    const auto path = dir.file("no-such-folder") / "plan.json";

    EXPECT_FALSE(ui::exportPlan(&window, window.plan(), *json, ui::exportRequest(*json, path)));

    auto *box = window.findChild<QMessageBox *>(QStringLiteral("exportErrorBox"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("no-such-folder"))) << box->informativeText().toStdString();
    EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

TEST(ExportAction, CapabilitiesSpreadsheetsTakeTheirTeamsSpreadsheetAlong)
{
    EXPECT_EQ(ui::teamsFileBeside("/tmp/out/capabilities.csv"), std::filesystem::path("/tmp/out/teams.csv"));
    EXPECT_EQ(ui::teamsFileBeside("/tmp/out/Q3.CSV"), std::filesystem::path("/tmp/out/Q3-teams.CSV"));
    const Format *pdf = ui::report::desktopFormats().find("pdf");
    EXPECT_FALSE(ui::exportRequest(*pdf, "/tmp/report.pdf").teamsPath);
}

TEST(ExportAction, FileMenuOffersExportAndImportOfPlanJson)
{
    ui::MainWindow window;
    auto *exportAction = window.findChild<QAction *>(QStringLiteral("exportAction"));
    ASSERT_NE(exportAction, nullptr);
    EXPECT_EQ(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    EXPECT_NE(window.findChild<QAction *>(QStringLiteral("importCsvAction")), nullptr);
    EXPECT_NE(window.findChild<QAction *>(QStringLiteral("importJsonAction")), nullptr);
    auto *importMsProject = window.findChild<QAction *>(QStringLiteral("importMspdiAction"));
    ASSERT_NE(importMsProject, nullptr);
    EXPECT_EQ(importMsProject->text(), QStringLiteral("Import MS Project &XML..."));
}

TEST(ExportAction, FileDialogFiltersComeFromTheRegistry)
{
    const auto writable = ui::formatsFor(ui::report::desktopFormats(), FormatAccess::Write);
    const QString filters = ui::fileFilters(writable);
    EXPECT_TRUE(filters.contains(QStringLiteral("PDF wave-plan report (*.pdf)"))) << filters.toStdString();
    EXPECT_TRUE(filters.contains(QStringLiteral("Wave-plan spreadsheet (*.csv)"))) << filters.toStdString();
    EXPECT_EQ(ui::formatOfFilter(writable, QStringLiteral("Wave-plan spreadsheet (*.csv)"))->id, "schedule-csv");
    const Format *png = ui::report::desktopFormats().find("png");
    EXPECT_EQ(ui::withExtensionOf("map", *png), std::filesystem::path("map.png"));
    EXPECT_EQ(ui::withExtensionOf("MAP.PNG", *png), std::filesystem::path("MAP.PNG"));
}

TEST(ImportAction, APlanJsonBecomesANewUnsavedPlan)
{
    test::TempDir dir;
    const Plan source = exportedPlan();
    const auto json = dir.write("year-one.JSON", planToJson(source));
    ui::MainWindow window;
    window.setPrompt([](Question, const QString &) { return QMessageBox::Discard; });

    ASSERT_TRUE(window.importFile(json));

    EXPECT_EQ(window.plan(), withIds(source));
    EXPECT_TRUE(window.document()->filePath().empty());
    EXPECT_TRUE(window.document()->isModified());
}

TEST(ImportAction, AnMsProjectFileImportsAndListsWhatWasChangedToFitIt)
{
    test::TempDir dir;
    const auto xml = dir.write(
        "programme.xml",
        "<?xml version=\"1.0\"?>\n<Project xmlns=\"http://schemas.microsoft.com/project\">\n"
        "<Title>Programme</Title><StartDate>2027-04-05T08:00:00</StartDate><MinutesPerDay>480</MinutesPerDay>\n"
        "<Tasks><Task><UID>1</UID><Name>Data</Name><Duration>PT80H0M0S</Duration></Task>\n"
        "<Task><UID>2</UID><Name>Ads</Name><Duration>PT40H0M0S</Duration><PredecessorLink>"
        "<PredecessorUID>1</PredecessorUID><Type>3</Type></PredecessorLink></Task></Tasks>\n</Project>\n");
    ui::MainWindow window;
    window.show();
    window.setPrompt([](Question, const QString &) { return QMessageBox::Discard; });

    ASSERT_TRUE(window.importFile(xml));

    EXPECT_EQ(window.plan().name, "Programme");
    ASSERT_EQ(window.plan().capabilities.size(), 2u);
    EXPECT_EQ(window.plan().dependencies, (std::vector<Dependency>{{"DATA", "ADS", 0}}));
    EXPECT_TRUE(window.document()->filePath().empty());
    auto *notes = window.findChild<ui::ImportErrorsDialog *>(QStringLiteral("importNotesDialog"));
    ASSERT_NE(notes, nullptr);
    EXPECT_TRUE(notes->isVisible());
    EXPECT_EQ(notes->windowTitle(), QStringLiteral("Imported with notes"));
    EXPECT_TRUE(notes->errorText()->toPlainText().contains(QStringLiteral("is start-to-start in MS Project")))
        << notes->errorText()->toPlainText().toStdString();
    notes->close();
}

TEST(ImportAction, AFileNoFormatReadsChangesNothing)
{
    test::TempDir dir;
    const auto notes = dir.write("notes.txt", "not a plan");
    ui::MainWindow window;
    const Plan before = window.plan();

    EXPECT_FALSE(window.importFile(notes));

    EXPECT_EQ(window.plan(), withIds(before));
}
