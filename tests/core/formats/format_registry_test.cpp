// The format registry: lookup and detection in any case, the message for a file it cannot
// place, every readable format round-tripping through its own reader and writer, and every
// spreadsheet output neutralising cells a spreadsheet would run as formulas.

#include "core/formats/format_registry.h"
#include "support/plan_generator.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace waveplan;
using test::TempDir;

namespace {

std::string detectedId(const FormatRegistry &formats, const std::string &file, FormatAccess access)
{
    const Result<const Format *> format = formats.detect(file, access);
    return format ? format.value()->id : "error: " + format.errorText();
}

/// What a format keeps: a spreadsheet carries no settings nor map positions and lists
/// dependencies by successor (see capabilities_csv.h).
/// Only the .waveplan file carries ids (and gives them to a plan that lacks them); exchange
/// formats carry keys and team names.
/// MS Project XML keeps ids (task and resource UIDs) and everything but map positions,
/// baselines and a wave's capacity that equals the usual one; it has no waves, so the reader
/// is given the plan's (see below).
Plan keptBy(const Format &format, Plan plan, const Plan &settings)
{
    if (format.id == "waveplan")
        return withIds(plan);
    if (format.id == "mspdi") {
        for (Capability &c : plan.capabilities)
            c.position.reset();
        plan.baselines.clear();
        for (Team &team : plan.teams)
            std::erase_if(team.capacityByWave, [&](const auto &wave) { return wave.second == team.capacity; });
        return withIds(plan);
    }
    if (format.wholePlan)
        return plan;
    for (Capability &c : plan.capabilities)
        c.position.reset();
    std::stable_sort(plan.dependencies.begin(), plan.dependencies.end(), [&](const Dependency &a, const Dependency &b) {
        return plan.indexOfCapability(a.successor) < plan.indexOfCapability(b.successor);
    });
    plan.name = settings.name;
    plan.startDate = settings.startDate;
    plan.waveLengthDays = settings.waveLengthDays;
    plan.horizonWaves = settings.horizonWaves;
    plan.allowSpan = settings.allowSpan;
    return plan;
}

} // namespace

TEST(FormatRegistry, FindsFormatsByIdInAnyCase)
{
    const FormatRegistry formats = builtInFormats();

    ASSERT_NE(formats.find("PDF"), nullptr);
    EXPECT_EQ(formats.find("PDF")->id, "pdf");
    EXPECT_EQ(formats.find("Schedule-CSV")->name, "Wave-plan spreadsheet");
    EXPECT_EQ(formats.find("docx"), nullptr);
}

TEST(FormatRegistry, DetectsTheFormatFromTheExtensionInAnyCase)
{
    const FormatRegistry formats = builtInFormats();

    EXPECT_EQ(detectedId(formats, "REPORT.PDF", FormatAccess::Write), "pdf");
    EXPECT_EQ(detectedId(formats, "map.Svg", FormatAccess::Write), "svg");
    EXPECT_EQ(detectedId(formats, "Map.GraphML", FormatAccess::Write), "graphml");
    EXPECT_EQ(detectedId(formats, "/tmp/Plan.JSON", FormatAccess::Read), "json");
    EXPECT_EQ(detectedId(formats, "year-one.WavePlan", FormatAccess::Read), "waveplan");
    // Two formats write .csv: the first registered, the import format, is the default.
    EXPECT_EQ(detectedId(formats, "CAPS.CSV", FormatAccess::Write), "capabilities-csv");
    EXPECT_EQ(detectedId(formats, "caps.csv", FormatAccess::Read), "capabilities-csv");
}

TEST(FormatRegistry, AFileItCannotPlaceNamesItAndEveryExtensionThatWorks)
{
    const FormatRegistry formats = builtInFormats();

    const Result<const Format *> read = formats.detect("notes.txt", FormatAccess::Read);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.errorText(), "notes.txt: cannot tell the format from the file name; expected a name ending in "
                                ".waveplan, .json, .csv or .xml");
    // Pictures are written, never read.
    EXPECT_FALSE(formats.detect("map.png", FormatAccess::Read));
    const Result<const Format *> written = formats.detect("README", FormatAccess::Write);
    ASSERT_FALSE(written);
    EXPECT_NE(written.errorText().find(".waveplan, .json, .csv, .xlsx, .ics, .dot, .gv, .xml, .pdf, .png, .svg or .graphml"), std::string::npos)
        << written.errorText();
}

TEST(FormatRegistry, DrawingsAreDescribedButNeedTheirWriterFromTheGuiLayer)
{
    FormatRegistry formats = builtInFormats();
    for (const char *id : {"pdf", "png", "svg", "graphml"}) {
        const Format *format = formats.find(id);
        ASSERT_NE(format, nullptr) << id;
        EXPECT_TRUE(format->drawing) << id;
        EXPECT_TRUE(format->canWrite()) << id;
        EXPECT_FALSE(format->writer) << id;
        EXPECT_TRUE(format->takes(FormatOption::BudgetSchedules)) << id;
    }
    EXPECT_TRUE(formats.find("pdf")->takes(FormatOption::Paper));
    EXPECT_FALSE(formats.find("svg")->takes(FormatOption::Dpi));
    EXPECT_FALSE(formats.find("graphml")->takes(FormatOption::Size)) << "a map for yEd has no picture size";

    formats.setWriter("png", [](const Plan &, const WriteRequest &) -> Status { return Ok{}; });
    EXPECT_TRUE(formats.find("png")->writer);
}

TEST(FormatRegistry, EveryReadableFormatRoundTripsThroughItsWriterAndReader)
{
    TempDir dir;
    const FormatRegistry formats = builtInFormats();
    int readable = 0;
    for (const Format &format : formats.formats()) {
        if (!format.canRead())
            continue;
        ++readable;
        for (std::uint64_t seed : {4u, 5u}) {
            const Plan plan = test::generatePlan(seed);
            WriteRequest write;
            write.path = dir.file(format.id + std::to_string(seed) + format.extensions.front());
            write.teamsPath = dir.file(format.id + std::to_string(seed) + "-teams.csv");
            ASSERT_TRUE(format.writer(plan, write)) << format.id;

            ReadRequest read;
            read.path = write.path;
            if (format.takes(FormatOption::Teams))
                read.teams = write.teamsPath;
            read.settings.name = "Read back";
            if (format.id == "mspdi") { // MS Project has no waves: an import is told them
                read.settings.waveLengthDays = plan.waveLengthDays;
                read.settings.horizonWaves = plan.horizonWaves;
                read.settings.allowSpan = plan.allowSpan;
            }
            const Result<Plan> back = format.reader(read);

            ASSERT_TRUE(back) << format.id << ": " << back.errorText();
            EXPECT_EQ(back.value(), keptBy(format, plan, read.settings)) << format.id << " seed " << seed;
        }
    }
    EXPECT_EQ(readable, 4);
}

TEST(FormatRegistry, WritersRefuseToReplaceAFileUnlessAsked)
{
    TempDir dir;
    const FormatRegistry formats = builtInFormats();
    for (const Format &format : formats.formats()) {
        if (!format.writer)
            continue;
        WriteRequest request;
        request.path = dir.write("existing-" + format.id, "keep me");
        EXPECT_FALSE(format.writer(test::generatePlan(1), request)) << format.id;
        EXPECT_EQ(test::readFile(request.path), "keep me") << format.id;
        request.overwrite = true;
        EXPECT_TRUE(format.writer(test::generatePlan(1), request)) << format.id;
    }
}

TEST(FormatRegistry, EverySpreadsheetOutputNeutralisesFormulaCells)
{
    TempDir dir;
    Plan plan;
    plan.teams = {{"=Team", 2, {}, std::nullopt}};
    Capability c;
    c.key = "CDP";
    c.name = "=HYPERLINK(\"http://evil.example\")";
    c.owner = "+44 20 7946 0000";
    c.kpi = "-5% churn";
    c.notes = "@SUM(A1:A9)";
    c.retires = "\tLegacy";
    c.demand = {{"=Team", 1}};
    plan.capabilities = {c};
    const std::vector<std::string> formulas = {c.name, c.owner, c.kpi, c.notes, c.retires, "=Team"};

    const FormatRegistry formats = builtInFormats();
    int spreadsheets = 0;
    for (const Format &format : formats.formats()) {
        if (format.extensions.front() != ".csv")
            continue;
        ++spreadsheets;
        WriteRequest request;
        request.path = dir.file(format.id + ".csv");
        request.teamsPath = dir.file(format.id + "-teams.csv");
        ASSERT_TRUE(format.writer(plan, request)) << format.id;
        std::string text = test::readFile(request.path);
        if (format.takes(FormatOption::TeamsOut))
            text += test::readFile(*request.teamsPath);

        // No cell starts with the formula: not at a line's start, after a comma or a quote.
        for (const std::string &formula : formulas) {
            const std::string start = formula.substr(0, 4);
            EXPECT_NE(text.substr(0, 4), start) << format.id;
            for (const char *before : {"\n", ",", "\""})
                EXPECT_EQ(text.find(before + start), std::string::npos) << format.id << ": " << formula << "\n" << text;
        }
        EXPECT_NE(text.find("'=HYPERLINK"), std::string::npos) << format.id << "\n" << text;
        EXPECT_NE(text.find("'+44 20 7946 0000"), std::string::npos) << format.id << "\n" << text;
    }
    EXPECT_EQ(spreadsheets, 2);
}

TEST(FormatRegistry, PapersAreNamedAsTheCommandLineTakesThem)
{
    for (const std::string &name : paperNames()) {
        const std::optional<Paper> paper = parsePaper(name);
        ASSERT_TRUE(paper) << name;
        EXPECT_EQ(paperName(*paper), name);
    }
    EXPECT_EQ(parsePaper("Tabloid"), Paper::Tabloid);
    EXPECT_EQ(parsePaper("A3"), Paper::A3);
    EXPECT_FALSE(parsePaper("b4"));
    EXPECT_EQ(paperNames().size(), 4u);
}

TEST(FormatRegistry, ReportSectionsAreNamedAndListedInTheReportsOrder)
{
    const Result<std::vector<ReportSection>> sections = parseSections("Risks, summary ,map");
    ASSERT_TRUE(sections) << sections.errorText();
    EXPECT_EQ(sections.value(), (std::vector<ReportSection>{ReportSection::Risks, ReportSection::Summary, ReportSection::Map}));
    for (const std::string &name : sectionNames()) {
        const Result<std::vector<ReportSection>> one = parseSections(name);
        ASSERT_TRUE(one) << name;
        EXPECT_EQ(sectionName(one.value().front()), name);
    }
    EXPECT_EQ(sectionNames().front(), "summary");
    EXPECT_EQ(sectionNames().back(), "risks");
    EXPECT_FALSE(parseSections("summary,summary"));
    EXPECT_FALSE(parseSections(""));
    EXPECT_NE(parseSections("gantt").errorText().find("summary, roadmap, waves, map, board, changes, critical, capacity, risks"),
              std::string::npos);
}
