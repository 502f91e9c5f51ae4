// Baselines in the plan JSON document: written only when the plan has some, read back equal,
// and every wrong value reported with its path and line.
#include "core/io/plan_json.h"

#include "store/store_test_support.h"

#include <gtest/gtest.h>

#include <string>

using namespace waveplan;

namespace {

Plan planWithABaseline() {
    Plan plan = test::planWithEveryFieldSet();
    Baseline b;
    b.name = "Board approved";
    b.frozenOn = Date{std::chrono::year{2027}, std::chrono::January, std::chrono::day{15}};
    b.startDate = plan.startDate;
    b.waveLengthDays = plan.waveLengthDays;
    b.capabilities = {{plan.capabilities[0].key, {0, 30, 1, 100.0}},
                      {"GONE", {30, 45, 1, std::nullopt}}};
    b.endDay = 45;
    b.drivingPath = {plan.capabilities[0].key, "GONE"};
    b.load = {{plan.teams[0].name, 1, 30, 180, 1}};
    plan.baselines.push_back(b);
    return plan;
}

/// The plan JSON of planWithABaseline() with `from` replaced by `to` (once).
std::string edited(const std::string &from, const std::string &to) {
    std::string text = planToJson(planWithABaseline());
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return at == std::string::npos ? text : text.replace(at, from.size(), to);
}

} // namespace

TEST(JsonBaselines, RoundTripEqual) {
    const Plan plan = planWithABaseline();

    const Result<Plan> read = planFromJson(planToJson(plan), "plan.json");

    ASSERT_TRUE(read.ok()) << read.errorText();
    EXPECT_EQ(read->baselines, plan.baselines);
    EXPECT_EQ(*read, plan);
}

TEST(JsonBaselines, APlanWithoutBaselinesWritesNoBaselinesField) {
    EXPECT_EQ(planToJson(test::planWithEveryFieldSet()).find("\"baselines\""), std::string::npos);
    EXPECT_NE(planToJson(planWithABaseline()).find("\"baselines\""), std::string::npos);
}

TEST(JsonBaselines, WrongValuesAreLocated) {
    const Result<Plan> badDate = planFromJson(
        edited("\"frozen_on\": \"2027-01-15\"", "\"frozen_on\": \"2027-13-01\""), "plan.json");
    ASSERT_FALSE(badDate.ok());
    EXPECT_NE(badDate.errorText().find("baselines[0].frozen_on"), std::string::npos)
        << badDate.errorText();
    EXPECT_NE(badDate.errorText().find("2027-13-01"), std::string::npos) << badDate.errorText();

    const Result<Plan> backwards =
        planFromJson(edited("\"finish_day\": 45", "\"finish_day\": 10"), "plan.json");
    ASSERT_FALSE(backwards.ok());
    EXPECT_NE(backwards.errorText().find("finish before it starts"), std::string::npos)
        << backwards.errorText();

    const Result<Plan> unknown =
        planFromJson(edited("\"end_day\": 45", "\"end_days\": 45"), "plan.json");
    ASSERT_FALSE(unknown.ok());
    EXPECT_NE(unknown.errorText().find("end_days"), std::string::npos) << unknown.errorText();

    const Result<Plan> path = planFromJson(edited("\"GONE\"\n", "\"ELSEWHERE\"\n"), "plan.json");
    ASSERT_FALSE(path.ok());
    EXPECT_NE(path.errorText().find("driving path names \"ELSEWHERE\""), std::string::npos)
        << path.errorText();
}

TEST(JsonBaselines, TwoBaselinesWithOneNameAreRefused) {
    Plan plan = planWithABaseline();
    plan.baselines.push_back(plan.baselines.front());
    plan.baselines.back().name = "Second";
    std::string text = planToJson(plan);
    text.replace(text.find("\"Second\""), 8, "\"Board approved\"");

    const Result<Plan> read = planFromJson(text, "plan.json");

    ASSERT_FALSE(read.ok());
    EXPECT_NE(
        read.errorText().find("baseline \"Board approved\" is already defined at baselines[0]"),
        std::string::npos)
        << read.errorText();
}
