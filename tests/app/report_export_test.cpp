// export to .pdf/.png/.svg: the real executable on the offscreen platform, the PDF read back with
// poppler's tools (pdfinfo, pdftotext, pdffonts), pictures read back, and bad output paths.

#include "pdf_reading.h"
#include "plan_files.h"
#include "run_command.h"

#include "core/io/plan_json.h"
#include "support/plan_generator.h"
#include "support/temp_dir.h"

#include <QImage>
#include <QXmlStreamReader>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <tuple>
#include <vector>

using namespace waveplan;
using test::kSampleCaps;
using test::kSampleTeams;
using test::runWaveplan;
using test::TempDir;
using test::boxedWords;
using test::BoxedText;
using test::pageCount;
using test::pageSize;
using test::quoted;
using test::tool;
using test::Word;

namespace {


/// The sample's capability keys, from the first column of its spreadsheet.
std::vector<std::string> sampleKeys()
{
    std::ifstream in(kSampleCaps);
    std::string line;
    std::getline(in, line); // header
    std::vector<std::string> keys;
    while (std::getline(in, line))
        if (!line.empty())
            keys.push_back(line.substr(0, line.find(',')));
    return keys;
}

void expectEveryFontEmbedded(const std::filesystem::path &pdf)
{
    const std::string fonts = tool("pdffonts " + quoted(pdf));
    std::istringstream lines(fonts);
    std::string line;
    int rows = 0;
    std::getline(lines, line); // header
    std::getline(lines, line); // dashes
    while (std::getline(lines, line)) {
        if (line.empty())
            continue;
        ++rows;
        // Columns: name type encoding emb sub uni object ID; "emb" is the first yes/no.
        std::smatch m;
        ASSERT_TRUE(std::regex_search(line, m, std::regex(R"(\s(yes|no)\s+(yes|no)\s+(yes|no)\s)"))) << line;
        EXPECT_EQ(m[1].str(), "yes") << "font not embedded: " << line;
    }
    EXPECT_GT(rows, 0) << fonts;
}

/// Every word lies on its page (with half a point of rounding).
void expectNoWordOffThePage(const BoxedText &text)
{
    ASSERT_FALSE(text.pages.empty());
    int outside = 0;
    for (const Word &w : text.words) {
        const auto [width, height] = text.pages[static_cast<std::size_t>(w.page - 1)];
        if (w.xMin < -0.5 || w.yMin < -0.5 || w.xMax > width + 0.5 || w.yMax > height + 0.5) {
            if (++outside < 5)
                ADD_FAILURE() << "\"" << w.text << "\" on page " << w.page << " at " << w.xMin << "," << w.yMin
                              << " - " << w.xMax << "," << w.yMax << " is off the " << width << " x " << height << " page";
        }
    }
    EXPECT_EQ(outside, 0);
}

/// No two words' boxes overlap (by more than half a point each way: neighbours touch), every
/// word lies inside the 12 mm margins, and none is smaller than 7 pt.
void expectTextLegibleAndApart(const BoxedText &text)
{
    constexpr double kMargin = 12 / 25.4 * 72 - 1; // points, less a point of rounding
    int problems = 0;
    std::map<int, std::vector<const Word *>> byPage;
    for (const Word &w : text.words) {
        byPage[w.page].push_back(&w);
        const auto [width, height] = text.pages[static_cast<std::size_t>(w.page - 1)];
        if (w.xMin < kMargin || w.yMin < kMargin || w.xMax > width - kMargin || w.yMax > height - kMargin)
            if (++problems < 6)
                ADD_FAILURE() << "\"" << w.text << "\" on page " << w.page << " is outside the margins";
        if (w.yMax - w.yMin < 7.0)
            if (++problems < 6)
                ADD_FAILURE() << "\"" << w.text << "\" on page " << w.page << " is smaller than 7 pt";
    }
    for (auto &[page, words] : byPage) {
        std::sort(words.begin(), words.end(), [](const Word *a, const Word *b) { return a->xMin < b->xMin; });
        for (std::size_t i = 0; i < words.size(); ++i)
            for (std::size_t j = i + 1; j < words.size() && words[j]->xMin < words[i]->xMax - 0.5; ++j) {
                const Word &a = *words[i];
                const Word &b = *words[j];
                if (std::min(a.yMax, b.yMax) - std::max(a.yMin, b.yMin) > 0.5)
                    if (++problems < 6)
                        ADD_FAILURE() << "\"" << a.text << "\" and \"" << b.text << "\" overlap on page " << page;
            }
    }
    EXPECT_EQ(problems, 0);
}

/// Every page is at least a quarter full (its lowest word a quarter of the way down the body),
/// except the last page of a section: a page whose running header (the words at the top right)
/// differs from the next page's, and the last page.
void expectNoPageNearlyEmpty(const BoxedText &text)
{
    constexpr double kMargin = 12 / 25.4 * 72;
    std::map<int, std::string> header; // the page's running header words, top band
    std::map<int, double> lowest;      // the lowest word above the footer
    for (const Word &w : text.words) {
        const double height = text.pages[static_cast<std::size_t>(w.page - 1)].second;
        if (w.yMin < kMargin + 12)
            header[w.page] += w.text + " ";
        else if (w.yMax < height - kMargin - 14)
            lowest[w.page] = std::max(lowest[w.page], w.yMax);
    }
    const int pages = static_cast<int>(text.pages.size());
    for (int page = 1; page < pages; ++page) {
        if (header[page] != header[page + 1])
            continue; // the last page of its section
        const double height = text.pages[static_cast<std::size_t>(page - 1)].second;
        const double bodyTop = kMargin + 14;
        const double bodyHeight = height - 2 * kMargin - 28;
        EXPECT_GE(lowest[page] - bodyTop, bodyHeight / 4)
            << "page " << page << " (" << header[page] << ") is less than a quarter full";
    }
}

/// A generated plan of `size` capabilities over a handful of waves, as real roadmaps are.
Plan boardPackPlan(int size)
{
    test::GeneratorOptions options;
    options.capabilities = size;
    options.teams = 5;
    options.dependencyDensity = 3.0 / size;
    options.unicodeText = false;
    Plan plan = test::generatePlan(static_cast<std::uint64_t>(size), options);
    plan.waveLengthDays = 90; // quarterly waves (the generator picks any length)
    for (Team &team : plan.teams) {
        team.capacity = std::max(team.capacity, size / 5);
        team.goLiveLimit.reset();
    }
    return plan;
}

} // namespace

TEST(ReportExport, TheBoardPackKeepsItsPageBudgetEveryKeyLegibleAndNoTextOverText)
{
    TempDir dir;
    // The sample (26 capabilities): ten pages at most, each wave with its part of the map.
    const auto sample = dir.file("sample.pdf");
    test::CommandResult r = runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", sample.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_LE(pageCount(sample), 10);
    const BoxedText boxed = boxedWords(sample);
    std::set<std::string> words;
    for (const Word &w : boxed.words)
        words.insert(w.text);
    for (const std::string &key : sampleKeys())
        EXPECT_TRUE(words.count(key)) << key;
    expectTextLegibleAndApart(boxed);
    const std::string text = tool("pdftotext " + quoted(sample) + " -");
    for (const char *wave : {"Wave 1 on the map", "Wave 2 on the map", "Wave 3 on the map"})
        EXPECT_NE(text.find(wave), std::string::npos) << wave;
    EXPECT_EQ(text.find("part 2 of"), std::string::npos) << "no tiles of the whole map";
    EXPECT_EQ(text.find("Wave board"), std::string::npos) << "the board only when asked for";

    // Portrait: the same budget, and the wave tables' narrower columns never break a date.
    const auto portrait = dir.file("portrait.pdf");
    r = runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", portrait.string(), "--orientation", "portrait"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_LE(pageCount(portrait), 10);
    const BoxedText portraitBoxed = boxedWords(portrait);
    expectTextLegibleAndApart(portraitBoxed);
    const std::regex brokenDate(R"(^\d{4}-\d{1,2}(-\d)?$)");
    for (const Word &w : portraitBoxed.words)
        EXPECT_FALSE(std::regex_match(w.text, brokenDate)) << "a date cut into pieces: " << w.text << " on page " << w.page;

    // 300 capabilities: forty pages at most, every key, nothing under 7 pt or over other text.
    const auto json = dir.write("big.json", planToJson(boardPackPlan(300)));
    const auto big = dir.file("big.pdf");
    r = runWaveplan({"export", json.string(), "-o", big.string(), "--budget-schedules", "20"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const int pages = pageCount(big);
    EXPECT_LE(pages, 40);
    const BoxedText bigBoxed = boxedWords(big);
    std::set<std::string> bigWords;
    for (const Word &w : bigBoxed.words)
        bigWords.insert(w.text);
    const Plan plan = boardPackPlan(300);
    for (const Capability &c : plan.capabilities)
        EXPECT_TRUE(bigWords.count(c.key)) << c.key;
    expectTextLegibleAndApart(bigBoxed);
    expectNoPageNearlyEmpty(bigBoxed);
    expectNoPageNearlyEmpty(boxed);

    // Generated plans of 26 and 60 capabilities: ten pages, and well within forty.
    for (const auto &[size, budget] : {std::pair{26, 10}, std::pair{60, 20}}) {
        const auto generated = dir.write("plan-" + std::to_string(size) + ".json", planToJson(boardPackPlan(size)));
        const auto report = dir.file("plan-" + std::to_string(size) + ".pdf");
        r = runWaveplan({"export", generated.string(), "-o", report.string(), "--budget-schedules", "20"});
        ASSERT_EQ(r.exitCode, 0) << r.err;
        EXPECT_LE(pageCount(report), budget) << size << " capabilities";
        const BoxedText reportWords = boxedWords(report);
        expectTextLegibleAndApart(reportWords);
        expectNoPageNearlyEmpty(reportWords);
    }
}

TEST(ReportExport, LongKeysStayWholeAndLegibleInEveryTableAndWaveMap)
{
    // 120 capabilities whose keys are 23 to 25 characters long, as a programme office names them:
    // the wave tables widen their key column rather than shrink the key under 7 pt, the wave
    // maps' cards and stubs are as wide as their longest key, and no key is cut or broken.
    TempDir dir;
    Plan plan = boardPackPlan(120);
    const auto longKey = [](const std::string &key) { return "MARKETING-CAPABILITY-" + key; };
    for (Capability &c : plan.capabilities)
        c.key = longKey(c.key);
    for (Dependency &d : plan.dependencies) {
        d.predecessor = longKey(d.predecessor);
        d.successor = longKey(d.successor);
    }
    const auto json = dir.write("long-keys.json", planToJson(plan));
    const auto pdf = dir.file("long-keys.pdf");
    const test::CommandResult r = runWaveplan({"export", json.string(), "-o", pdf.string(), "--budget-schedules", "20"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const BoxedText boxed = boxedWords(pdf);
    expectTextLegibleAndApart(boxed);
    std::map<std::string, int> seen; // key -> how often it is a whole word
    int broken = 0;
    for (const Word &w : boxed.words) {
        std::string word = w.text; // without the punctuation around it: "(KEY)," "'KEY'."
        while (!word.empty() && std::string_view(",.;:)'").find(word.back()) != std::string_view::npos)
            word.pop_back();
        while (!word.empty() && (word.front() == '(' || word.front() == '\''))
            word.erase(0, 1);
        if (plan.findCapability(word) != nullptr) {
            ++seen[word];
        } else if (word.starts_with("MARKETING") && !word.ends_with("\u2026")) { // a list cut short ends "..."
            if (++broken < 5)
                ADD_FAILURE() << "a key cut into pieces: \"" << w.text << "\" on page " << w.page;
        }
    }
    EXPECT_EQ(broken, 0);
    for (const Capability &c : plan.capabilities)
        EXPECT_GE(seen[c.key], 2) << c.key << " should be whole in its wave's table and on the roadmap at least";
}

TEST(ReportExport, TheWholeMapIsAnAppendixOnlyWhenItFitsOnePageAndTiledOnlyWhenAskedForAlone)
{
    TempDir dir;
    const auto count = [](const std::string &text, const std::string &what) {
        std::size_t n = 0;
        for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
            ++n;
        return n;
    };
    // Five capabilities in a wave or two: the whole map fits one page, after the waves.
    test::GeneratorOptions options;
    options.capabilities = 5;
    options.fillOptionalFields = false; // no earliest waves or pins spreading them out
    const auto small = dir.write("small.json", planToJson(test::generatePlan(5, options)));
    const auto smallPdf = dir.file("small.pdf");
    test::CommandResult r = runWaveplan({"export", small.string(), "-o", smallPdf.string(), "--budget-schedules", "5"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::string text = tool("pdftotext " + quoted(smallPdf) + " -");
    EXPECT_GE(count(text, "Dependency map"), 1u) << "the appendix";
    EXPECT_NE(text.find("Map, scale"), std::string::npos);
    EXPECT_GT(text.find("Dependency map"), text.find("Wave 1 on the map"));

    // The sample's whole map does not fit one page at 7 pt: no appendix, no tiles.
    const auto sample = dir.file("sample.pdf");
    r = runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", sample.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    text = tool("pdftotext " + quoted(sample) + " -");
    EXPECT_EQ(count(text, "Dependency map"), 0u);
    // Asked for alone, it is tiled as before.
    const auto alone = dir.file("map.pdf");
    r = runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", alone.string(), "--sections", "map"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    text = tool("pdftotext " + quoted(alone) + " -");
    EXPECT_NE(text.find("Map, part 1 of"), std::string::npos);
    EXPECT_EQ(text.find("on the map"), std::string::npos) << "no wave sections";
}

TEST(ReportExport, ProblemsOfOneKindFoundManyTimesAreOneRowNamingTheOthers)
{
    TempDir dir;
    const auto json = dir.write("big.json", planToJson(boardPackPlan(300)));
    const test::CommandResult listed = runWaveplan({"validate", json.string()});
    std::size_t found = 0; // "Foundational 'C43' waits for additive 'C16'..." warnings
    for (std::size_t at = listed.out.find("waits for additive"); at != std::string::npos;
         at = listed.out.find("waits for additive", at + 1))
        ++found;
    ASSERT_GE(found, 4u) << "the generated plan should give many warnings of that kind:\n" << listed.out;

    const auto pdf = dir.file("risks.pdf");
    const test::CommandResult r =
        runWaveplan({"export", json.string(), "-o", pdf.string(), "--sections", "risks", "--budget-schedules", "20"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::string text = tool("pdftotext -raw " + quoted(pdf) + " -");
    std::replace(text.begin(), text.end(), '\n', ' ');
    std::size_t rows = 0;
    for (std::size_t at = text.find("waits for additive"); at != std::string::npos; at = text.find("waits for additive", at + 1))
        ++rows;
    EXPECT_EQ(rows, 1u) << "one row for the kind";
    EXPECT_NE(text.find("The same for " + std::to_string(found - 1) + " more:"), std::string::npos) << text.substr(0, 3000);
}

TEST(ReportExport, TheRoadmapHoldsEveryKeyOfASixtyCapabilityPlanOnOnePage)
{
    TempDir dir;
    const Plan plan = boardPackPlan(60);
    const auto json = dir.write("sixty.json", planToJson(plan));
    const auto pdf = dir.file("roadmap.pdf");
    const test::CommandResult r = runWaveplan({"export", json.string(), "-o", pdf.string(), "--sections", "roadmap",
                                               "--budget-schedules", "20"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(pageCount(pdf), 1);
    const BoxedText boxed = boxedWords(pdf);
    std::set<std::string> words;
    for (const Word &w : boxed.words)
        words.insert(w.text);
    for (const Capability &c : plan.capabilities)
        EXPECT_TRUE(words.count(c.key)) << c.key << " is not on the one page";
    expectTextLegibleAndApart(boxed);
}

TEST(ReportExport, MilestonesAreDiamondsOnTheRoadmapAndInTheWaveMapsAndTheLegendSaysSo)
{
    TempDir dir;
    Plan plan = boardPackPlan(26);
    plan.capabilities[3].durationDays = 0;
    plan.capabilities[7].durationDays = 0;
    const auto json = dir.write("milestones.json", planToJson(plan));
    const auto pdf = dir.file("milestones.pdf");
    const test::CommandResult r = runWaveplan({"export", json.string(), "-o", pdf.string(), "--sections",
                                               "roadmap,waves", "--budget-schedules", "20"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::string text = tool("pdftotext -raw " + quoted(pdf) + " -");
    std::replace(text.begin(), text.end(), '\n', ' ');
    EXPECT_NE(text.find("Milestone (0 days)"), std::string::npos) << "the roadmap's legend";
    const BoxedText boxed = boxedWords(pdf);
    std::set<std::string> words;
    for (const Word &w : boxed.words)
        words.insert(w.text);
    EXPECT_TRUE(words.count(plan.capabilities[3].key));
    EXPECT_TRUE(words.count(plan.capabilities[7].key));
    expectTextLegibleAndApart(boxed);

    // Without milestones the legend does not list one.
    const auto plain = dir.file("plain.pdf");
    const auto plainJson = dir.write("plain.json", planToJson(boardPackPlan(26)));
    ASSERT_EQ(runWaveplan({"export", plainJson.string(), "-o", plain.string(), "--sections", "roadmap",
                           "--budget-schedules", "20"})
                  .exitCode,
              0);
    EXPECT_EQ(tool("pdftotext -raw " + quoted(plain) + " -").find("Milestone"), std::string::npos);

    // The map's and the board's picture legends name the diamond when the plan has one.
    for (const char *view : {"map", "board"}) {
        const auto svg = dir.file(std::string(view) + ".svg");
        ASSERT_EQ(runWaveplan({"export", json.string(), "-o", svg.string(), "--view", view, "--legend",
                               "--budget-schedules", "20"})
                      .exitCode,
                  0);
        EXPECT_NE(test::readFile(svg).find("Milestone (0 days)"), std::string::npos) << view;
        const auto plainSvg = dir.file(std::string("plain-") + view + ".svg");
        ASSERT_EQ(runWaveplan({"export", plainJson.string(), "-o", plainSvg.string(), "--view", view, "--legend",
                               "--budget-schedules", "20"})
                      .exitCode,
                  0);
        EXPECT_EQ(test::readFile(plainSvg).find("Milestone"), std::string::npos) << view;
    }
}

TEST(ReportExport, SampleReportHasEveryKeyWaveHeadingsPageNumbersAndEmbeddedFonts)
{
    TempDir dir;
    const auto pdf = dir.file("report.pdf");
    const test::CommandResult r = runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", pdf.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Wrote"), std::string::npos);
    // Qt's own chatter (XDG_RUNTIME_DIR, fonts...) goes to the log, not into a script's output.
    EXPECT_EQ(r.err.find("QStandardPaths"), std::string::npos) << r.err;

    const int pages = pageCount(pdf);
    ASSERT_GT(pages, 1);
    const auto [width, height] = pageSize(pdf);
    EXPECT_NEAR(width, 842, 1); // A4 landscape by default: 297 x 210 mm
    EXPECT_NEAR(height, 595, 1);

    const std::string text = tool("pdftotext " + quoted(pdf) + " -");
    EXPECT_NE(text.find("Wave 1:"), std::string::npos);
    EXPECT_NE(text.find("Wave 2:"), std::string::npos);
    EXPECT_NE(text.find("Wave 2 on the map"), std::string::npos);
    EXPECT_NE(text.find("What sets the end date"), std::string::npos);
    EXPECT_NE(text.find("Driving path (sets the end date)"), std::string::npos);
    EXPECT_NE(text.find("Team capacity"), std::string::npos);
    EXPECT_NE(text.find("Problems and risks"), std::string::npos);
    for (int page = 1; page <= pages; ++page)
        EXPECT_NE(text.find("Page " + std::to_string(page) + " of " + std::to_string(pages)), std::string::npos)
            << "page " << page;

    const BoxedText boxed = boxedWords(pdf);
    std::set<std::string> words;
    for (const Word &w : boxed.words)
        words.insert(w.text);
    for (const std::string &key : sampleKeys())
        EXPECT_TRUE(words.count(key)) << key << " is missing from the report";
    expectNoWordOffThePage(boxed);
    expectEveryFontEmbedded(pdf);
}

TEST(ReportExport, LetterPortraitGivesLetterPages)
{
    TempDir dir;
    const auto pdf = dir.file("letter.pdf");
    const test::CommandResult r = runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", pdf.string(),
                                               "--paper", "letter", "--orientation", "portrait", "--no-map"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto [width, height] = pageSize(pdf);
    EXPECT_NEAR(width, 612, 1); // 8.5 x 11 in
    EXPECT_NEAR(height, 792, 1);
    const std::string text = tool("pdftotext " + quoted(pdf) + " -");
    EXPECT_EQ(text.find("Dependency map"), std::string::npos) << "--no-map leaves the map out";
    expectNoWordOffThePage(boxedWords(pdf));
}

TEST(ReportExport, A3AndTabloidGiveTheirPagesForTheWall)
{
    TempDir dir;
    for (const auto &[paper, width, height] : {std::tuple{"A3", 1191.0, 842.0}, std::tuple{"tabloid", 1224.0, 792.0}}) {
        SCOPED_TRACE(paper);
        const auto pdf = dir.file(std::string(paper) + ".pdf");
        const test::CommandResult r = runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", pdf.string(),
                                                   "--paper", paper, "--no-map", "--no-board"});
        ASSERT_EQ(r.exitCode, 0) << r.err;
        const auto [w, h] = pageSize(pdf);
        EXPECT_NEAR(w, width, 1); // landscape: 420 x 297 mm, 17 x 11 in
        EXPECT_NEAR(h, height, 1);
        expectNoWordOffThePage(boxedWords(pdf));
    }
    const test::CommandResult wrong = runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o",
                                                   dir.file("b.pdf").string(), "--paper", "b4"});
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_NE(wrong.err.find("tabloid"), std::string::npos) << "names the papers that work: " << wrong.err;
}

TEST(ReportExport, GeneratedPlanOf500CapabilitiesKeepsEveryKeyOnThePage)
{
    TempDir dir;
    test::GeneratorOptions options;
    options.capabilities = 500;
    options.teams = 5;
    options.dependencyDensity = 3.0 / 500;
    Plan plan = test::generatePlan(500, options);
    for (Team &team : plan.teams) // a roadmap over a handful of waves, as real ones are
        team.capacity = std::max(team.capacity, 60);
    const auto json = dir.write("big.json", planToJson(plan));
    const auto pdf = dir.file("big.pdf");
    const test::CommandResult r =
        runWaveplan({"export", json.string(), "-o", pdf.string(), "--budget-schedules", "50"});
    ASSERT_EQ(r.exitCode, 0) << r.err;

    const int pages = pageCount(pdf);
    EXPECT_GT(pages, 10);
    const BoxedText boxed = boxedWords(pdf);
    std::set<std::string> words;
    for (const Word &w : boxed.words)
        words.insert(w.text);
    for (const Capability &c : plan.capabilities)
        EXPECT_TRUE(words.count(c.key)) << c.key << " is missing from the report";
    EXPECT_TRUE(words.count("Page"));
    expectNoWordOffThePage(boxed);
    expectEveryFontEmbedded(pdf);
}

TEST(ReportExport, PngHasTheRequestedSizeAndDpi)
{
    TempDir dir;
    const auto png = dir.file("map.png");
    const test::CommandResult r = runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", png.string(),
                                               "--view", "map", "--size", "1200x700", "--dpi", "192"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const QImage image(QString::fromStdString(png.string()));
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1200, 700));
    EXPECT_NEAR(image.dotsPerMeterX() / 39.3701, 192, 1);
    // Something was drawn: not one flat colour.
    const QImage small = image.scaled(60, 35);
    std::set<QRgb> colours;
    for (int y = 0; y < small.height(); ++y)
        for (int x = 0; x < small.width(); ++x)
            colours.insert(small.pixel(x, y));
    EXPECT_GT(colours.size(), 10u);
}

/// The words of an SVG's text elements, and its root element's name.
std::pair<std::set<std::string>, QString> svgTexts(const std::filesystem::path &svg)
{
    QXmlStreamReader xml(QByteArray::fromStdString(test::readFile(svg)));
    std::set<std::string> texts;
    bool inText = false;
    QString root;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && root.isEmpty())
            root = xml.name().toString();
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            inText = true;
        else if (xml.isEndElement() && xml.name() == QLatin1String("text"))
            inText = false;
        else if (xml.isCharacters() && inText)
            texts.insert(xml.text().toString().trimmed().toStdString());
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return {texts, root};
}

TEST(ReportExport, SvgIsXmlWithTheKeysAsText)
{
    TempDir dir;
    const auto svg = dir.file("map.svg");
    const test::CommandResult r =
        runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", svg.string(), "--size", "1600x900"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto [texts, root] = svgTexts(svg);
    EXPECT_EQ(root, QStringLiteral("svg"));
    for (const std::string &key : sampleKeys())
        EXPECT_TRUE(texts.count(key)) << key;
    EXPECT_FALSE(texts.count("Foundational")) << "no legend unless asked for";
}

TEST(ReportExport, ASmallPictureShowsItsWholeLegendInsideItsMargins)
{
    // 320 px wide: the map's legend (five entries) is shrunk to fit rather than run off the edge.
    TempDir dir;
    for (const char *view : {"map", "board"}) {
        SCOPED_TRACE(view);
        const auto png = dir.file(std::string(view) + "-small.png");
        const test::CommandResult r = runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", png.string(),
                                                   "--view", view, "--size", "320x240", "--legend"});
        ASSERT_EQ(r.exitCode, 0) << r.err;
        const QImage image(QString::fromStdString(png.string()));
        ASSERT_EQ(image.size(), QSize(320, 240));
        // The legend is the bottom band; the right margin (8 px) stays white, and something is drawn.
        int inMargin = 0;
        int drawn = 0;
        for (int y = 200; y < 240; ++y)
            for (int x = 0; x < 320; ++x) {
                const bool ink = image.pixelColor(x, y).lightness() < 245;
                drawn += ink ? 1 : 0;
                inMargin += ink && x >= 320 - 6 ? 1 : 0;
            }
        EXPECT_GT(drawn, 20);
        EXPECT_EQ(inMargin, 0) << "the legend runs into the right margin";
    }
}

TEST(ReportExport, MapAndBoardPicturesTakeATitleAndALegend)
{
    TempDir dir;
    for (const char *view : {"map", "board"}) {
        SCOPED_TRACE(view);
        const auto svg = dir.file(std::string(view) + ".svg");
        const test::CommandResult r = runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", svg.string(),
                                                   "--view", view, "--title", "Board pack: the plan", "--legend"});
        ASSERT_EQ(r.exitCode, 0) << r.err;
        const auto [texts, root] = svgTexts(svg);
        EXPECT_TRUE(texts.count("Board pack: the plan")) << "the title";
        for (const char *legend : {"Foundational", "Additive", "Driving path (sets the end date)"})
            EXPECT_TRUE(texts.count(legend)) << legend;
        EXPECT_EQ(texts.count("must finish first (lag in days)"), std::string(view) == "map" ? 1u : 0u)
            << "arrows are the map's";
        if (std::string(view) == "map") { // the board elides the labels of short bars
            for (const std::string &key : sampleKeys())
                EXPECT_TRUE(texts.count(key)) << key;
        }
    }
    // The roadmap slide's title replaces the plan's name.
    const auto slide = dir.file("roadmap.svg");
    test::CommandResult r = runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", slide.string(), "--view",
                                         "roadmap", "--title", "Year one at a glance"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(svgTexts(slide).first.count("Year one at a glance"));
    // A title on a report is a usage error naming the outputs it goes with.
    r = runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", dir.file("r.pdf").string(), "--title", "X"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--title"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir.file("r.pdf")));
}

TEST(ReportExport, ExistingFileWithoutForceIsLeftAlone)
{
    TempDir dir;
    const auto pdf = dir.write("report.pdf", "precious");
    const test::CommandResult r = runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", pdf.string()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("already exists; add --force"), std::string::npos) << r.err;
    EXPECT_EQ(test::readFile(pdf), "precious");

    const test::CommandResult forced =
        runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", pdf.string(), "--force", "--no-map"});
    EXPECT_EQ(forced.exitCode, 0) << forced.err;
    EXPECT_EQ(test::readFile(pdf).substr(0, 5), "%PDF-");
}

TEST(ReportExport, MissingOrUnwritableFolderGivesAClearErrorAndNoFile)
{
    TempDir dir;
    const auto missing = dir.file("no-such-folder") / "report.pdf";
    test::CommandResult r = runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", missing.string()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("does not exist"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(missing));

    // /proc refuses new files even to root: the failure comes at the very end, after drawing.
    const std::filesystem::path unwritable = "/proc/waveplan-report-test.png";
    r = runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", unwritable.string()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("waveplan-report-test.png"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(unwritable));
    EXPECT_TRUE(std::filesystem::is_empty(dir.path())) << "no temporary file left behind";
}

TEST(ReportExport, OptionsThatDoNotFitTheFormatAreUsageErrors)
{
    TempDir dir;
    test::CommandResult r =
        runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", dir.file("a.png").string(), "--paper", "a4"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--paper"), std::string::npos) << r.err;
    r = runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", dir.file("a.png").string(), "--size", "12x"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("WIDTHxHEIGHT"), std::string::npos) << r.err;
    r = runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", dir.file("a.pdf").string(), "--paper", "a5"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

TEST(ReportExport, UpperCaseExtensionsPickTheFormat)
{
    TempDir dir;
    const auto pdf = dir.file("REPORT.PDF");
    const auto png = dir.file("MAP.PNG");
    const auto svg = dir.file("Board.Svg");

    const test::CommandResult r =
        runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", pdf.string(), "--no-map", "--no-board"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    ASSERT_EQ(runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", png.string(), "--size", "640x360"}).exitCode, 0);
    ASSERT_EQ(runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", svg.string(), "--view", "board"}).exitCode, 0);

    EXPECT_GT(pageCount(pdf), 0);
    EXPECT_NE(tool("pdftotext " + quoted(pdf) + " -").find("Wave 1:"), std::string::npos);
    EXPECT_EQ(QImage(QString::fromStdString(png.string())).size(), QSize(640, 360));
    QXmlStreamReader xml(QByteArray::fromStdString(test::readFile(svg)));
    while (!xml.atEnd() && !xml.isStartElement())
        xml.readNext();
    EXPECT_EQ(xml.name().toString(), QStringLiteral("svg"));
}

TEST(ReportExport, BaselineAddsAChangesSinceSectionNamingWhatMoved)
{
    const TempDir dir;
    const auto plan = dir.file("plan.waveplan");
    ASSERT_EQ(runWaveplan({"import", kSampleCaps, "--teams", kSampleTeams, "-o", plan.string()}).exitCode, 0);
    ASSERT_EQ(runWaveplan({"baseline", plan.string(), "--freeze", "Board approved", "--date", "2027-01-15"}).exitCode, 0);
    // Double the first capability's duration, through the plan JSON (which carries the baseline).
    const auto json = dir.file("plan.json");
    ASSERT_EQ(runWaveplan({"export", plan.string(), "-o", json.string()}).exitCode, 0);
    nlohmann::json document = nlohmann::json::parse(std::ifstream(json));
    auto &first = document.at("capabilities")[0];
    const std::string key = first.at("key");
    first["duration_days"] = first.at("duration_days").get<int>() * 2;
    const auto changed = dir.write("changed.json", document.dump(2));
    const auto pdf = dir.file("report.pdf");
    const auto without = dir.file("plain.pdf");

    const auto result = runWaveplan({"export", changed.string(), "-o", pdf.string(), "--baseline", "Board approved"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    ASSERT_EQ(runWaveplan({"export", changed.string(), "-o", without.string()}).exitCode, 0);

    const std::string text = tool("pdftotext -layout " + quoted(pdf) + " -");
    EXPECT_NE(text.find("Changes since Board approved"), std::string::npos);
    EXPECT_NE(text.find("Board approved was frozen on 2027-01-15"), std::string::npos);
    EXPECT_NE(text.find("Moved (latest go-live"), std::string::npos); // "first" may come out with an fi ligature
    const auto section = text.find("Moved (latest go-live");
    EXPECT_NE(text.find(key, section), std::string::npos) << key << " doubled, so it goes live later";
    EXPECT_EQ(tool("pdftotext -layout " + quoted(without) + " -").find("Changes since"), std::string::npos);

    const auto missing = runWaveplan({"export", changed.string(), "-o", dir.file("x.pdf").string(), "--baseline", "Nope"});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.err.find("no baseline called 'Nope' (it has: Board approved)"), std::string::npos) << missing.err;
    EXPECT_FALSE(std::filesystem::exists(dir.file("x.pdf")));
    const auto misuse = runWaveplan({"export", changed.string(), "-o", dir.file("x.csv").string(), "--baseline", "Board approved"});
    EXPECT_EQ(misuse.exitCode, 2);
}

TEST(ReportExport, APlanTooLargeToDrawIsRefusedForEveryDrawingFormatWithNothingWritten)
{
    const TempDir dir;
    std::string csv = "key,name,kind,duration_days,depends_on,demand\n";
    for (int i = 0; i <= 10000; ++i) // 10,001 capabilities, one more than a report draws
        csv += "C" + std::to_string(i) + ",Capability " + std::to_string(i) + ",additive,5,,\n";
    const auto plan = dir.write("big.csv", csv);
    for (const std::string extension : {".pdf", ".png", ".svg", ".graphml"}) {
        const auto out = dir.file("big" + extension);
        const test::CommandResult result = runWaveplan({"export", plan.string(), "-o", out.string()});
        EXPECT_EQ(result.exitCode, 1) << extension;
        EXPECT_NE(result.err.find("cannot draw a plan of 10,001 capabilities"), std::string::npos) << result.err;
        EXPECT_NE(result.err.find("up to 10,000"), std::string::npos) << result.err;
        EXPECT_FALSE(std::filesystem::exists(out)) << extension;
    }
    // A spreadsheet of the same plan is what the message offers instead, and it is written.
    const auto table = dir.file("big-plan.csv");
    EXPECT_EQ(runWaveplan({"export", plan.string(), "-o", table.string(), "--format", "schedule-csv"}).exitCode, 0);
    EXPECT_TRUE(std::filesystem::exists(table));
}

TEST(ReportExport, AScheduleRunningPastWave999IsRefusedForEveryDrawingWithNothingWritten)
{
    const TempDir dir;
    // 100,000 days from the start of 90-day waves: the schedule ends in wave 1,112.
    const auto plan = dir.write("long.csv", "key,name,kind,duration_days,depends_on,demand\n"
                                            "LONG,A very long capability,additive,100000,,\n");
    const std::vector<std::vector<std::string>> drawings = {
        {"long.pdf"}, {"long.png"}, {"long.svg"}, {"long.graphml"}, {"board.png", "--view", "board"}};
    for (const auto &drawing : drawings) {
        const auto out = dir.file(drawing.front());
        std::vector<std::string> args = {"export", plan.string(), "-o", out.string()};
        args.insert(args.end(), drawing.begin() + 1, drawing.end());
        const test::CommandResult result = runWaveplan(args);
        EXPECT_EQ(result.exitCode, 1) << drawing.front();
        EXPECT_NE(result.err.find(out.string() + ": cannot draw a schedule that runs to wave 1,112: reports and "
                                                 "pictures are drawn up to wave 999"),
                  std::string::npos)
            << result.err;
        EXPECT_FALSE(std::filesystem::exists(out)) << drawing.front();
    }
}

TEST(ReportExport, TheCapacityTableSaysEachFlagInWordsAsTheAppShowsIt)
{
    // DATA and WEB are both pinned to wave 1 on Data's one person: over capacity there. IT may
    // take one go-live a wave and CDP is its only one in wave 1: at the limit.
    Plan plan = test::smallPlan();
    plan.capabilities[0].pinnedWave = 1;
    plan.capabilities[2].pinnedWave = 1;
    plan.capabilities[2].earliestWave.reset();
    plan.dependencies.clear();
    plan.teams.push_back(Team{"IT", 1, {}, 1});
    plan.capabilities[1].demand = {TeamDemand{"IT", 1}};
    TempDir dir;
    const auto json = dir.write("flags.json", planToJson(plan));
    const auto pdf = dir.file("flags.pdf");
    const test::CommandResult r = runWaveplan({"export", json.string(), "-o", pdf.string(), "--no-map", "--no-board"});
    ASSERT_EQ(r.exitCode, 0) << r.err;

    const std::string text = tool("pdftotext -raw " + quoted(pdf) + " -");
    const std::size_t table = text.find("Team capacity");
    ASSERT_NE(table, std::string::npos) << text;
    const std::string capacity = text.substr(table);
    EXPECT_NE(capacity.find("over capacity"), std::string::npos) << capacity;
    EXPECT_NE(capacity.find("go-lives at the limit"), std::string::npos) << capacity;
    EXPECT_EQ(capacity.find("near full\n"), std::string::npos) << "no cell of this plan is near full: " << capacity;
}

TEST(ReportExport, PageOneIsAnExecutiveSummaryOfTheSchedule)
{
    TempDir dir;
    const auto pdf = dir.file("summary.pdf");
    const test::CommandResult r =
        runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", pdf.string(), "--budget-schedules", "200"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const nlohmann::json schedule =
        test::runWaveplanJson({"schedule", kSampleCaps, "--teams", kSampleTeams, "--json", "--budget-schedules", "200"});

    const std::string page = tool("pdftotext -f 1 -l 1 -raw " + quoted(pdf) + " -");
    EXPECT_NE(page.find("Executive summary of the wave plan"), std::string::npos) << page;
    std::string last;
    std::map<int, int> starting, goingLive;
    for (const auto &c : schedule.at("capabilities")) {
        last = std::max(last, c.at("last_date").get<std::string>());
        ++starting[c.at("wave").get<int>()];
        ++goingLive[c.at("go_live_wave").get<int>()];
    }
    EXPECT_NE(page.find("Everything is live by " + last), std::string::npos) << page;
    for (int wave = 1; wave <= 4; ++wave)
        EXPECT_NE(page.find("Wave " + std::to_string(wave) + " (") , std::string::npos) << wave;
    EXPECT_NE(page.find(std::to_string(starting[1]) + " start, " + std::to_string(goingLive[1]) + " go live"),
              std::string::npos) << page;
    EXPECT_NE(page.find("What sets the end date"), std::string::npos);
    EXPECT_NE(page.find("Top risks"), std::string::npos);
    EXPECT_NE(page.find("Cost and value by wave"), std::string::npos);
    // The total of the sample's costs, with thousands separators.
    const auto json = dir.file("sample.json");
    ASSERT_EQ(runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", json.string()}).exitCode, 0);
    const nlohmann::json plan = nlohmann::json::parse(test::readFile(json));
    double sum = 0;
    for (const auto &c : plan.at("capabilities"))
        sum += c.value("cost", 0.0);
    const long long total = std::llround(sum);
    ASSERT_GT(total, 1000000);
    std::string digits = std::to_string(total);
    for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3)
        digits.insert(static_cast<std::size_t>(at), ",");
    EXPECT_NE(page.find("Total cost " + digits), std::string::npos) << digits << " in " << page;
    EXPECT_NE(page.find("By approach"), std::string::npos) << "the whole summary fits page 1";
    expectNoWordOffThePage(boxedWords(pdf));
}

TEST(ReportExport, SectionsPickWhatTheReportHoldsInItsOwnOrder)
{
    TempDir dir;
    const auto pdf = dir.file("pack.pdf");
    test::CommandResult r = runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", pdf.string(), "--sections",
                                         "Capacity, summary", "--budget-schedules", "200"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string text = tool("pdftotext " + quoted(pdf) + " -");
    const std::size_t summary = text.find("Executive summary of the wave plan");
    const std::size_t capacity = text.find("Team capacity");
    ASSERT_NE(summary, std::string::npos) << text;
    ASSERT_NE(capacity, std::string::npos) << text;
    EXPECT_LT(summary, capacity) << "the report's order, not the order named";
    for (const char *absent : {"Wave 1:", "Dependency map", "Wave board", "Roadmap", "Problems and risks", "The driving path runs"})
        EXPECT_EQ(text.find(absent), std::string::npos) << absent;
    EXPECT_EQ(pageCount(pdf), 2);

    for (const auto &[args, message] : std::vector<std::pair<std::vector<std::string>, std::string>>{
             {{"--sections", "summary,gantt"}, "\"gantt\" is not a section of the report; the sections are summary, "
                                               "roadmap, waves, map, board, changes, critical, capacity, risks"},
             {{"--sections", "summary,changes"}, "changes needs --baseline NAME"},
             {{"--sections", "map", "--no-map"}, "give one or the other"},
             {{"--sections", "summary,Summary"}, "named twice"},
             {{"--sections", " , "}, "name at least one of"}}) {
        std::vector<std::string> command{"export", kSampleCaps, "--teams", kSampleTeams, "-o", dir.file("bad.pdf").string()};
        command.insert(command.end(), args.begin(), args.end());
        r = runWaveplan(command);
        EXPECT_EQ(r.exitCode, 2) << args.front() << " " << args[1];
        EXPECT_NE(r.err.find(message), std::string::npos) << r.err;
        EXPECT_FALSE(std::filesystem::exists(dir.file("bad.pdf")));
    }
    r = runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", dir.file("map.png").string(), "--sections", "map"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--sections"), std::string::npos) << r.err;
}

TEST(ReportExport, TheRoadmapFitsTheSampleOnOnePageAndALargePlanOnAPagePerLaneGroupAt7PointsOrMore)
{
    TempDir dir;
    const auto pdf = dir.file("roadmap.pdf");
    test::CommandResult r = runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", pdf.string(), "--sections",
                                         "roadmap", "--budget-schedules", "200"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(pageCount(pdf), 1);
    const BoxedText boxed = boxedWords(pdf);
    std::set<std::string> words;
    for (const Word &w : boxed.words) {
        words.insert(w.text);
        EXPECT_GE(w.yMax - w.yMin, 7.0) << "\"" << w.text << "\" is smaller than 7 pt";
    }
    for (const std::string &key : sampleKeys())
        EXPECT_TRUE(words.count(key)) << key << " has no bar on the roadmap";
    for (const char *legend : {"Foundational", "Additive", "Wave"})
        EXPECT_TRUE(words.count(legend)) << legend;
    expectNoWordOffThePage(boxed);

    // 400 capabilities over 5 teams: a page (or more) per lane, never smaller text.
    test::GeneratorOptions options;
    options.capabilities = 400;
    options.teams = 5;
    options.dependencyDensity = 2.0 / 400;
    options.unicodeText = false;
    Plan plan = test::generatePlan(400, options);
    for (Team &team : plan.teams)
        team.capacity = std::max(team.capacity, 40);
    const auto json = dir.write("big.json", planToJson(plan));
    const auto big = dir.file("big-roadmap.pdf");
    r = runWaveplan({"export", json.string(), "-o", big.string(), "--sections", "roadmap", "--budget-schedules", "20"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const int pages = pageCount(big);
    EXPECT_GT(pages, 1);
    EXPECT_LE(pages, 12);
    const BoxedText bigBoxed = boxedWords(big);
    std::set<std::string> bigWords;
    for (const Word &w : bigBoxed.words) {
        bigWords.insert(w.text);
        if (w.yMax - w.yMin < 7.0)
            ADD_FAILURE() << "\"" << w.text << "\" on page " << w.page << " is smaller than 7 pt";
    }
    for (const Capability &c : plan.capabilities)
        EXPECT_TRUE(bigWords.count(c.key)) << c.key << " has no bar on the roadmap";
    expectNoWordOffThePage(bigBoxed);
}

TEST(ReportExport, TheRoadmapIsASlideWithTitleLegendAndEveryCapability)
{
    TempDir dir;
    const auto png = dir.file("roadmap.png");
    test::CommandResult r = runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", png.string(), "--view",
                                         "roadmap", "--size", "1920x1080", "--budget-schedules", "200"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const QImage image(QString::fromStdString(png.string()));
    EXPECT_EQ(image.size(), QSize(1920, 1080));
    // Not blank: the bars of foundational capabilities are filled in the roadmap's blue.
    int blue = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            blue += image.pixelColor(x, y) == QColor(0x1f, 0x5f, 0xa8) ? 1 : 0;
    EXPECT_GT(blue, 500);

    const auto svg = dir.file("roadmap.svg");
    r = runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", svg.string(), "--view", "roadmap",
                     "--budget-schedules", "200"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string text = test::readFile(svg);
    for (const std::string &key : sampleKeys())
        EXPECT_NE(text.find(">" + key + " "), std::string::npos) << key << " has no labelled bar";
    EXPECT_NE(text.find("Foundational (others cannot work without it)"), std::string::npos);
    EXPECT_NE(text.find("Additive (value on top)"), std::string::npos);
    EXPECT_NE(text.find("Roadmap: "), std::string::npos) << "the slide's title line";
}

TEST(ReportExport, APlanReplannedFromItsAsOfDateSaysSoOnTheSummaryAndTheRoadmap)
{
    TempDir dir;
    Plan plan = boardPackPlan(26);
    plan.asOf = addDays(plan.startDate, 60);
    Capability &done = plan.capabilities[0];
    done.status = WorkStatus::Done;
    done.actualStart = plan.startDate;
    done.actualFinish = addDays(plan.startDate, 20);
    Capability &started = plan.capabilities[1];
    started.status = WorkStatus::InProgress;
    started.actualStart = addDays(plan.startDate, 30);
    const std::string asOf = formatIsoDate(*plan.asOf);
    const auto json = dir.write("april.json", planToJson(plan));
    const auto pdf = dir.file("april.pdf");
    const test::CommandResult r = runWaveplan({"export", json.string(), "-o", pdf.string(), "--sections",
                                               "summary,roadmap", "--budget-schedules", "20"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::string text = tool("pdftotext -raw " + quoted(pdf) + " -");
    std::replace(text.begin(), text.end(), '\n', ' ');
    EXPECT_NE(text.find("As of " + asOf + ": 1 done, 1 under way; the rest is re-planned from that day."),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("As of " + asOf + " (re-planned from this day)"), std::string::npos) << "the roadmap's legend";
    EXPECT_NE(text.find("\u2713 " + done.key), std::string::npos) << "done work is ticked";
    EXPECT_EQ(text.find("\u2713 " + started.key), std::string::npos);
    expectTextLegibleAndApart(boxedWords(pdf));

    // Without an as-of date, neither.
    plan.asOf.reset();
    plan.capabilities[0].status = WorkStatus::Planned;
    plan.capabilities[0].actualStart.reset();
    plan.capabilities[0].actualFinish.reset();
    plan.capabilities[1].status = WorkStatus::Planned;
    plan.capabilities[1].actualStart.reset();
    const auto draftJson = dir.write("draft.json", planToJson(plan));
    const auto draft = dir.file("draft.pdf");
    ASSERT_EQ(runWaveplan({"export", draftJson.string(), "-o", draft.string(), "--sections", "summary,roadmap",
                           "--budget-schedules", "20"})
                  .exitCode,
              0);
    EXPECT_EQ(tool("pdftotext -raw " + quoted(draft) + " -").find("As of"), std::string::npos);
}
