// The JSON form of a plan: exact round trip and the shape of what is written.

#include "core/io/plan_json.h"
#include "core/model/plan_limits.h"
#include "support/plan_generator.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <bit>
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdint>
#include <limits>

using namespace waveplan;

namespace {

Plan roundTrip(const Plan &plan) {
    const Result<Plan> read = planFromJson(planToJson(plan));
    EXPECT_TRUE(read.ok()) << read.errorText() << "\n--- document ---\n" << planToJson(plan);
    return read.ok() ? read.value() : Plan{};
}

/// A plan in which every optional field is set, each to something unusual.
Plan everyFieldSet() {
    Plan plan;
    plan.name = "Year one \"martech\" plan\twith\\slashes/";
    plan.startDate = Date{std::chrono::year{2028}, std::chrono::February, std::chrono::day{29}};
    plan.waveLengthDays = 45;
    plan.horizonWaves = 9;
    plan.allowSpan = false;
    Team data{"Data", 4, {{1, 0}, {2, 7}, {10, 3}}, 2};
    Team marketing{"Marketing ops", 0, {}, 0};
    plan.teams = {data, marketing};

    Capability c;
    c.key = "CDP-2.0_x";
    c.name = "Customer data platform";
    c.kind = CapabilityKind::Additive;
    c.durationDays = 120;
    c.demand = {{"Marketing ops", 1}, {"Data", 3}};
    c.owner = "Ana María";
    c.approach = Approach::Integrate;
    c.kpi = "Cost per acquisition -10%";
    c.readiness = {1, 5, 3};
    c.value = 0.1;
    c.cost = 987654321012345.6; // near the 10^15 limit
    c.earliestWave = 2;
    c.deadlineWave = 7;
    c.pinnedWave = 3;
    c.retires = "Legacy CRM";
    c.notes = "Line one\nLine two\r\nLine three";
    c.position = MapPosition{-0.0, 12345.678};
    Capability d;
    d.key = "DATA";
    d.name = "Clean data";
    d.demand = {{"Data", 1}};
    d.readiness.process = 2;
    plan.capabilities = {d, c};
    plan.dependencies = {{"DATA", "CDP-2.0_x", 14}};
    return plan;
}

std::uint64_t bitsOf(double value) {
    return std::bit_cast<std::uint64_t>(value);
}

} // namespace

TEST(PlanJsonRoundTrip, GeneratedPlansComeBackEqual) {
    for (std::uint64_t seed = 1; seed <= 200; ++seed) {
        const Plan plan = test::generatePlan(seed);

        const Plan read = roundTrip(plan);

        ASSERT_EQ(read, plan) << "seed " << seed;
    }
}

TEST(PlanJsonRoundTrip, GeneratedPlansWithWorkingCalendarsComeBackEqual) {
    for (std::uint64_t seed = 1; seed <= 50; ++seed) {
        const Plan plan = test::generatePlan(seed, {.workCalendar = true});

        ASSERT_EQ(roundTrip(plan), plan) << "seed " << seed;
    }
}

TEST(PlanJsonOutput, WorkingCalendarIsWrittenAsDocumented) {
    Plan plan;
    plan.name = "Calendar";
    plan.calendar = mondayToFriday();
    plan.calendar.holidays = {{Date{std::chrono::year{2027}, std::chrono::December, std::chrono::day{27}}, "Christmas (observed)"}};
    plan.waveScheme = WaveScheme::Quarters;
    plan.fiscalYearStartMonth = 7;

    const std::string json = planToJson(plan);

    // Written by hand from docs/json-format.md.
    const std::string expected = R"json({
  "format": "waveplan-plan",
  "version": 1,
  "name": "Calendar",
  "start_date": "2027-01-04",
  "wave_length_days": 90,
  "horizon_waves": 4,
  "allow_span": true,
  "workdays": "mon-fri",
  "holidays": [
    {
      "date": "2027-12-27",
      "name": "Christmas (observed)"
    }
  ],
  "waves": "quarter",
  "fiscal_year_start": 7,
  "teams": [],
  "capabilities": [],
  "dependencies": []
}
)json";
    EXPECT_EQ(json, expected);
}

TEST(PlanJsonRoundTrip, GeneratedPlansWithoutOptionalFieldsComeBackEqual) {
    test::GeneratorOptions options;
    options.fillOptionalFields = false;
    options.unicodeText = false;
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        const Plan plan = test::generatePlan(seed, options);

        ASSERT_EQ(roundTrip(plan), plan) << "seed " << seed;
    }
}

TEST(PlanJsonRoundTrip, EmptyPlanComesBackEqual) {
    const Plan plan;

    EXPECT_EQ(roundTrip(plan), plan);
}

TEST(PlanJsonRoundTrip, PlanWithEveryOptionalFieldComesBackEqual) {
    const Plan plan = everyFieldSet();

    EXPECT_EQ(roundTrip(plan), plan);
}

TEST(PlanJsonRoundTrip, DoublesComeBackBitForBit) {
    const double values[] = {0.1,
                             1e300,
                             -0.0,
                             0.0,
                             1.0 / 3.0,
                             -2.5,
                             DBL_MAX,
                             -DBL_MAX,
                             DBL_MIN,
                             5e-324 /* smallest subnormal */,
                             123456789.125,
                             1e-300,
                             4503599627370497.0 /* 2^52 + 1 */};
    for (const double value : values) {
        Plan plan = everyFieldSet();
        // Value and cost are money, within 10^15 (plan_limits.h); positions take any double.
        const double money = std::abs(value) <= kMaxMoney ? value : (std::isfinite(value) ? std::fmod(value, kMaxMoney) : 0.5);
        plan.capabilities[1].value = money;
        plan.capabilities[1].cost = -money;
        plan.capabilities[1].position = MapPosition{value, -value};

        const Plan read = roundTrip(plan);

        ASSERT_EQ(read.capabilities.size(), 2u);
        const Capability &c = read.capabilities[1];
        ASSERT_TRUE(c.value && c.cost && c.position);
        EXPECT_EQ(bitsOf(*c.value), bitsOf(money)) << money;
        EXPECT_EQ(bitsOf(*c.cost), bitsOf(-money)) << money;
        EXPECT_EQ(bitsOf(c.position->x), bitsOf(value)) << value;
        EXPECT_EQ(bitsOf(c.position->y), bitsOf(-value)) << value;
    }
}

TEST(PlanJsonRoundTrip, APositionMayBeNanButValueAndCostMustBeFinite) {
    Plan plan = everyFieldSet();
    plan.capabilities[1].position = MapPosition{std::numeric_limits<double>::quiet_NaN(), 1.0};

    const Plan read = roundTrip(plan);

    ASSERT_EQ(read.capabilities.size(), 2u);
    ASSERT_TRUE(read.capabilities[1].position);
    EXPECT_TRUE(std::isnan(read.capabilities[1].position->x));

    plan.capabilities[1].value = std::numeric_limits<double>::infinity();
    plan.capabilities[1].cost = std::numeric_limits<double>::quiet_NaN();
    const Result<Plan> refused = planFromJson(planToJson(plan));
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.errorText().find("capabilities[1].value: must be a number from -10^15 to 10^15"), std::string::npos)
        << refused.errorText();
    EXPECT_NE(refused.errorText().find("capabilities[1].cost: must be a number from -10^15 to 10^15"), std::string::npos)
        << refused.errorText();
}

TEST(PlanJsonRoundTrip, AwkwardTextComesBackByteForByte) {
    // As long as the limits allow (plan_limits.h): a name of up to 1000 bytes, notes of 100000.
    std::string name;
    std::string longText;
    for (int i = 0; i < 2000; ++i)
        (i < 20 ? name : longText) += "données 数据 🚀 \"q\" \\ / \t";
    std::string controls;
    for (int c = 0; c < 32; ++c)
        controls += static_cast<char>(c);
    controls += "\x7f";
    Plan plan = everyFieldSet();
    plan.name = name;
    plan.capabilities[1].notes = longText;
    plan.capabilities[0].notes = controls;
    plan.capabilities[0].owner = "\u2028\u2029 line separators, zero\u200bwidth";
    plan.teams[1].name = "Équipe \"données\"";
    plan.capabilities[1].demand[0].team = plan.teams[1].name;

    EXPECT_EQ(roundTrip(plan), plan);
}

TEST(PlanJsonRoundTrip, NumbersAndDatesAtTheirLimitsComeBack) {
    Plan plan = everyFieldSet();
    plan.startDate = Date{std::chrono::year{kMinStartYear}, std::chrono::January, std::chrono::day{1}};
    plan.waveLengthDays = kMaxWaveLengthDays;
    plan.horizonWaves = kMaxHorizonWaves;
    plan.teams[0].capacity = kMaxPeople;
    plan.teams[0].capacityByWave = {{kMaxWave, kMaxPeople}, {1, 0}};
    plan.teams[0].goLiveLimit = kMaxGoLivesPerWave;
    plan.capabilities[1].durationDays = kMaxDurationDays;
    plan.capabilities[1].pinnedWave = kMaxWave;
    plan.dependencies[0].lagDays = kMaxLagDays;

    EXPECT_EQ(roundTrip(plan), plan);
    plan.startDate = Date{std::chrono::year{kMaxStartYear}, std::chrono::December, std::chrono::day{31}};
    EXPECT_EQ(roundTrip(plan), plan);
}

TEST(PlanJsonErrors, OneBeyondEachLimitIsRefusedWhereItIsWritten) {
    Plan plan = everyFieldSet();
    plan.startDate = Date{std::chrono::year{kMaxStartYear + 1}, std::chrono::January, std::chrono::day{1}};
    plan.waveLengthDays = kMaxWaveLengthDays + 1;
    plan.horizonWaves = kMaxHorizonWaves + 1;
    plan.teams[0].capacity = kMaxPeople + 1;
    plan.teams[0].goLiveLimit = kMaxGoLivesPerWave + 1;
    plan.capabilities[1].durationDays = kMaxDurationDays + 1;
    plan.capabilities[1].earliestWave = kMaxWave + 1;
    plan.capabilities[1].demand[0].people = kMaxPeople + 1;
    plan.dependencies[0].lagDays = kMaxLagDays + 1;

    const Result<Plan> read = planFromJson(planToJson(plan));

    ASSERT_FALSE(read);
    const std::string text = read.errorText();
    for (const std::string expected :
         {"start_date: must be a date in the years 1900 to 2200, found \"2201-01-01\"",
          "wave_length_days: must be from 1 to 3660 (found 3661)", "horizon_waves: must be from 1 to 999 (found 1000)",
          "teams[0].capacity: must be from 0 to 100000 (found 100001)",
          "teams[0].max_changes_per_wave: must be from 0 to 100000 (found 100001)",
          "capabilities[1].duration_days: must be from 0 to 100000 (found 100001)",
          "capabilities[1].earliest_wave: must be from 1 to 999 (found 1000)",
          "capabilities[1].demand[0].people: must be from 1 to 100000 (found 100001)",
          "dependencies[0].lag_days: must be from 0 to 100000 (found 100001)"})
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
    for (const Error &error : read.errors())
        EXPECT_GT(error.line, 0) << "located: " << error.message;
}

TEST(PlanJsonOutput, SamePlanGivesSameBytes) {
    const Plan plan = test::generatePlan(7);

    const std::string first = planToJson(plan);
    const std::string again = planToJson(roundTrip(plan));

    EXPECT_EQ(first, again);
}

TEST(PlanJsonOutput, SmallPlanIsWrittenAsDocumented) {
    Plan plan;
    plan.name = "Café";
    plan.startDate = Date{std::chrono::year{2027}, std::chrono::March, std::chrono::day{1}};
    plan.teams = {Team{"Data", 2, {{2, 1}, {10, 4}}, std::nullopt}};
    Capability a;
    a.key = "DATA";
    a.name = "Clean data";
    a.durationDays = 30;
    a.demand = {{"Data", 2}};
    Capability b;
    b.key = "CDP";
    b.name = "CDP";
    b.kind = CapabilityKind::Additive;
    b.durationDays = 60;
    b.approach = Approach::Buy;
    b.readiness.skills = 2;
    b.value = 2.5;
    plan.capabilities = {a, b};
    plan.dependencies = {{"DATA", "CDP", 0}};

    const std::string json = planToJson(plan);

    // Written by hand from docs/json-format.md.
    const std::string expected = R"({
  "format": "waveplan-plan",
  "version": 1,
  "name": "Café",
  "start_date": "2027-03-01",
  "wave_length_days": 90,
  "horizon_waves": 4,
  "allow_span": true,
  "teams": [
    {
      "name": "Data",
      "capacity": 2,
      "capacity_by_wave": {
        "2": 1,
        "10": 4
      }
    }
  ],
  "capabilities": [
    {
      "key": "DATA",
      "name": "Clean data",
      "kind": "foundational",
      "duration_days": 30,
      "demand": [
        {
          "team": "Data",
          "people": 2
        }
      ]
    },
    {
      "key": "CDP",
      "name": "CDP",
      "kind": "additive",
      "duration_days": 60,
      "demand": [],
      "approach": "buy",
      "readiness": {
        "skills": 2
      },
      "value": 2.5
    }
  ],
  "dependencies": [
    {
      "predecessor": "DATA",
      "successor": "CDP",
      "lag_days": 0
    }
  ]
}
)";
    EXPECT_EQ(json, expected);
}

TEST(PlanJsonOutput, CapabilityFieldsFollowTheDocumentedOrder) {
    const std::string json = planToJson(everyFieldSet());

    const char *order[] = {
        "\"key\"",   "\"name\"",          "\"kind\"",          "\"duration_days\"", "\"demand\"",
        "\"owner\"", "\"approach\"",      "\"kpi\"",           "\"readiness\"",     "\"value\"",
        "\"cost\"",  "\"earliest_wave\"", "\"deadline_wave\"", "\"pinned_wave\"",   "\"retires\"",
        "\"notes\"", "\"position\""};
    const std::size_t second = json.find("\"CDP-2.0_x\"");
    ASSERT_NE(second, std::string::npos);
    std::size_t previous = json.rfind("\"key\"", second);
    for (const char *field : order) {
        const std::size_t at = json.find(field, previous);
        ASSERT_NE(at, std::string::npos) << field;
        EXPECT_GE(at, previous) << field;
        previous = at;
    }
}

TEST(PlanJsonOutput, TextIsUnescapedUtf8AndNegativeZeroKeepsItsSign) {
    Plan plan = everyFieldSet();
    plan.capabilities[0].notes = "数据 🚀 é";

    const std::string json = planToJson(plan);

    EXPECT_NE(json.find("\"notes\": \"数据 🚀 é\""), std::string::npos);
    EXPECT_NE(json.find("\"x\": -0.0"), std::string::npos);
    EXPECT_EQ(json.find("\\u"), std::string::npos);
}

TEST(PlanJsonOutput, UnsetOptionalFieldsAreLeftOut) {
    Plan plan;
    plan.teams = {Team{"Data", 1, {}, std::nullopt}};
    Capability c;
    c.key = "A";
    c.name = "A";
    plan.capabilities = {c};

    const std::string json = planToJson(plan);

    for (const char *field : {"capacity_by_wave", "max_changes_per_wave", "owner", "approach",
                              "kpi", "readiness", "value", "cost", "earliest_wave", "deadline_wave",
                              "pinned_wave", "retires", "notes", "position"})
        EXPECT_EQ(json.find(std::string("\"") + field + "\""), std::string::npos) << field;
}

TEST(PlanJsonFile, ReadsAPlanWrittenToDisk) {
    const test::TempDir dir;
    const Plan plan = test::generatePlan(3);
    const auto path = dir.write("plan.json", planToJson(plan));

    const Result<Plan> read = readPlanJsonFile(path);

    ASSERT_TRUE(read.ok()) << read.errorText();
    EXPECT_EQ(read.value(), plan);
}

TEST(PlanJsonFile, ErrorsNameTheFile) {
    const test::TempDir dir;
    const auto path = dir.write("broken.json", "{\n  \"format\": \"waveplan-plan\",\n  oops\n}\n");

    const Result<Plan> read = readPlanJsonFile(path);

    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.errors().front().file, path.string());
    EXPECT_EQ(read.errors().front().line, 3);
    EXPECT_EQ(read.errors().front().column, 3);
}

TEST(PlanJsonFile, MissingFileIsAnErrorNamingIt) {
    const test::TempDir dir;

    const Result<Plan> read = readPlanJsonFile(dir.file("absent.json"));

    ASSERT_FALSE(read.ok());
    EXPECT_NE(read.errorText().find("absent.json"), std::string::npos);
}

TEST(PlanJsonRoundTrip, GeneratedPlansWithProgressComeBackEqual) {
    for (std::uint64_t seed = 1; seed <= 50; ++seed) {
        const Plan plan = test::generatePlan(seed, {.workCalendar = true, .progress = true});
        ASSERT_TRUE(structuralErrors(plan).empty()) << "seed " << seed;

        ASSERT_EQ(roundTrip(plan), plan) << "seed " << seed;
    }
}

TEST(PlanJsonOutput, ProgressIsWrittenAsDocumented) {
    Plan plan;
    plan.name = "Progress";
    plan.asOf = Date{std::chrono::year{2027}, std::chrono::April, std::chrono::day{1}};
    Capability data;
    data.key = "DATA";
    data.name = "Clean data";
    data.durationDays = 30;
    data.status = WorkStatus::Done;
    data.actualStart = Date{std::chrono::year{2027}, std::chrono::January, std::chrono::day{4}};
    data.actualFinish = Date{std::chrono::year{2027}, std::chrono::February, std::chrono::day{12}};
    Capability cdp;
    cdp.key = "CDP";
    cdp.name = "CDP";
    cdp.durationDays = 60;
    cdp.status = WorkStatus::InProgress;
    cdp.actualStart = Date{std::chrono::year{2027}, std::chrono::February, std::chrono::day{15}};
    cdp.remainingDays = 20;
    Capability web;
    web.key = "WEB";
    web.name = "Web";
    plan.capabilities = {data, cdp, web};

    // Written by hand from docs/json-format.md: a planned capability says nothing of progress.
    const std::string expected = R"json({
  "format": "waveplan-plan",
  "version": 1,
  "name": "Progress",
  "start_date": "2027-01-04",
  "wave_length_days": 90,
  "horizon_waves": 4,
  "allow_span": true,
  "as_of": "2027-04-01",
  "teams": [],
  "capabilities": [
    {
      "key": "DATA",
      "name": "Clean data",
      "kind": "foundational",
      "duration_days": 30,
      "demand": [],
      "status": "done",
      "actual_start": "2027-01-04",
      "actual_finish": "2027-02-12"
    },
    {
      "key": "CDP",
      "name": "CDP",
      "kind": "foundational",
      "duration_days": 60,
      "demand": [],
      "status": "in-progress",
      "actual_start": "2027-02-15",
      "remaining_days": 20
    },
    {
      "key": "WEB",
      "name": "Web",
      "kind": "foundational",
      "duration_days": 1,
      "demand": []
    }
  ],
  "dependencies": []
}
)json";
    EXPECT_EQ(planToJson(plan), expected);
}
