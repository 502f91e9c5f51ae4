// waveplan compare -o comparison.pdf: the one-page comparison for the board, read back with
// poppler's tools and checked against the two plans' `schedule --json` and `compare --json`.

#include "pdf_reading.h"
#include "run_command.h"
#include "two_plans.h"

#include "core/io/plan_json.h"
#include "support/plan_generator.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <ctime>
#include <fstream>
#include <regex>
#include <string>

using namespace waveplan;
using test::pageCount;
using test::pageSize;
using test::quoted;
using test::runWaveplan;
using test::runWaveplanJson;
using test::TempDir;
using test::tool;
using test::TwoPlans;

namespace {

/// The page's text with runs of white space made one space (a table cell may break a line).
std::string pdfText(const std::filesystem::path &pdf)
{
    return std::regex_replace(tool("pdftotext -layout " + quoted(pdf) + " -"), std::regex(R"(\s+)"), " ");
}

/// "2027-10-25": the last day of a plan starting `start` that takes `makespanDays`.
std::string lastDay(const std::string &start, int makespanDays)
{
    std::tm tm{};
    strptime(start.c_str(), "%Y-%m-%d", &tm);
    tm.tm_mday += makespanDays - 1;
    tm.tm_hour = 12;
    timegm(&tm);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &tm);
    return text;
}

} // namespace

TEST(ComparePdf, OnePageNamesBothEndDatesAndWhatMovedWasAddedAndRemoved)
{
    TwoPlans plans;
    const auto from = runWaveplanJson({"schedule", plans.a.string(), "--json"});
    const auto to = runWaveplanJson({"schedule", plans.b.string(), "--json"});
    const auto start = nlohmann::json::parse(std::ifstream(plans.a)).at("start_date").get<std::string>();
    const auto pdf = plans.dir.path() / "comparison.pdf";

    const auto result = runWaveplan({"compare", plans.a.string(), plans.b.string(), "-o", pdf.string()});

    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("Wrote " + pdf.string()), std::string::npos) << result.out;
    EXPECT_EQ(pageCount(pdf), 1);
    const auto [width, height] = pageSize(pdf);
    EXPECT_NEAR(width, 842, 1) << "A4 landscape by default";
    EXPECT_NEAR(height, 595, 1);
    const std::string text = pdfText(pdf);
    EXPECT_NE(text.find("What changes from A to B"), std::string::npos) << text;
    const std::string endA = lastDay(start, from.at("makespan_days"));
    const std::string endB = lastDay(start, to.at("makespan_days"));
    EXPECT_NE(text.find("B ends " + endB), std::string::npos) << endB << "\n" << text;
    if (endA != endB) {
        EXPECT_NE(text.find("than A (" + endA), std::string::npos) << endA << "\n" << text;
    }
    EXPECT_NE(text.find(plans.pinned + " "), std::string::npos) << text;
    EXPECT_NE(text.find("NEWCAP"), std::string::npos) << text;
    EXPECT_NE(text.find("new in B"), std::string::npos) << text;
    EXPECT_NE(text.find(plans.removed + " "), std::string::npos) << text;
    EXPECT_NE(text.find("not in B"), std::string::npos) << text;
    // The total cost figure: B's capabilities' costs against A's, summed from the plan files.
    const auto totalCost = [](const std::filesystem::path &file) {
        double sum = 0;
        const auto plan = nlohmann::json::parse(std::ifstream(file));
        for (const auto &c : plan.at("capabilities"))
            sum += c.value("cost", 0.0);
        return static_cast<long long>(std::llround(sum));
    };
    const long long delta = totalCost(plans.b) - totalCost(plans.a);
    std::string digits = std::to_string(std::llabs(delta));
    for (auto at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3)
        digits.insert(static_cast<std::size_t>(at), ",");
    const std::string said = delta == 0 ? "the same as A" : (delta > 0 ? "+" : "-") + digits + " against A";
    EXPECT_NE(text.find(said), std::string::npos) << said << "\n" << text;
}

TEST(ComparePdf, AThreeHundredCapabilityComparisonStaysOnOnePageAndSaysHowManyMore)
{
    TempDir dir;
    test::GeneratorOptions options;
    options.capabilities = 300;
    options.unicodeText = false;
    Plan plan = test::generatePlan(11, options);
    const auto a = dir.write("a.json", planToJson(plan));
    for (std::size_t i = 0; i < plan.capabilities.size(); i += 3)
        plan.capabilities[i].durationDays += 25;
    const auto b = dir.write("b.json", planToJson(plan));
    const auto compared =
        runWaveplanJson({"compare", a.string(), b.string(), "--json", "--budget-schedules", "300"});
    const auto listed = compared.at("moved").size() + compared.at("added").size() + compared.at("removed").size();
    ASSERT_GT(listed, 60u) << "the test needs more changes than a page holds";
    const auto pdf = dir.path() / "comparison.pdf";

    const auto result =
        runWaveplan({"compare", a.string(), b.string(), "-o", pdf.string(), "--paper", "letter", "--json",
                     "--budget-schedules", "300"});

    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(nlohmann::json::parse(result.out), compared) << "--json still prints the comparison";
    EXPECT_EQ(pageCount(pdf), 1);
    const auto [width, height] = pageSize(pdf);
    EXPECT_NEAR(width, 792, 1) << "Letter landscape";
    EXPECT_NEAR(height, 612, 1);
    const std::string text = pdfText(pdf);
    std::smatch more;
    ASSERT_TRUE(std::regex_search(text, more, std::regex(R"(\.\.\. and (\d+) more with smaller changes)"))) << text;
    const auto hidden = std::stoul(more[1].str());
    EXPECT_GT(hidden, 0u);
    EXPECT_LT(hidden, listed) << "some rows are shown";
    // The biggest change of wave is among the rows shown.
    const nlohmann::json *biggest = nullptr;
    for (const auto &m : compared.at("moved"))
        if (m.at("from_wave") != m.at("to_wave") &&
            (biggest == nullptr ||
             std::abs(m.at("to_start_day").get<int>() - m.at("from_start_day").get<int>()) >
                 std::abs((*biggest).at("to_start_day").get<int>() - (*biggest).at("from_start_day").get<int>())))
            biggest = &m;
    ASSERT_NE(biggest, nullptr);
    const std::string waves = "W" + std::to_string(biggest->at("from_wave").get<int>()) + " \u2192 W" +
                              std::to_string(biggest->at("to_wave").get<int>());
    EXPECT_TRUE(std::regex_search(text, std::regex(biggest->at("key").get<std::string>() + " .{0,80}" + waves)))
        << biggest->dump() << "\n" << text;
}

TEST(ComparePdf, OptionsNeedAnOutputNamedPdfAndAnExistingFileNeedsForce)
{
    TwoPlans plans;

    const auto noOutput = runWaveplan({"compare", plans.a.string(), plans.b.string(), "--paper", "letter"});
    EXPECT_EQ(noOutput.exitCode, 2);
    EXPECT_NE(noOutput.err.find("--paper goes with --output FILE.pdf"), std::string::npos) << noOutput.err;

    const auto png = plans.dir.path() / "comparison.png";
    const auto notPdf = runWaveplan({"compare", plans.a.string(), plans.b.string(), "-o", png.string()});
    EXPECT_EQ(notPdf.exitCode, 2);
    EXPECT_NE(notPdf.err.find("name the file *.pdf"), std::string::npos) << notPdf.err;
    EXPECT_FALSE(std::filesystem::exists(png));

    const auto existing = plans.dir.write("board.pdf", "keep me");
    const auto refused = runWaveplan({"compare", plans.a.string(), plans.b.string(), "-o", existing.string()});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_NE(refused.err.find("board.pdf"), std::string::npos) << refused.err;
    EXPECT_EQ(test::bytesOf(existing), "keep me");

    const auto replaced =
        runWaveplan({"compare", plans.a.string(), plans.b.string(), "-o", existing.string(), "--force"});
    EXPECT_EQ(replaced.exitCode, 0) << replaced.err;
    EXPECT_EQ(pageCount(existing), 1);
}
