// Reading a plan document strictly: every problem is reported with its path, line and column.

#include "core/io/plan_json.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

using namespace waveplan;

namespace {

/// A valid document with one team "Data" and capabilities DATA and CDP, where `capabilities`
/// and `dependencies` can be replaced. The header takes lines 1-7, so the capabilities array
/// starts on line 8.
std::string
document(const std::string &capabilities = R"([
    {"key": "DATA", "name": "Clean data", "duration_days": 30, "demand": [{"team": "Data", "people": 1}]},
    {"key": "CDP", "name": "CDP", "duration_days": 60}
  ])",
         const std::string &dependencies = R"([{"predecessor": "DATA", "successor": "CDP"}])") {
    return "{\n"
           "  \"format\": \"waveplan-plan\",\n"
           "  \"version\": 1,\n"
           "  \"name\": \"Test\",\n"
           "  \"start_date\": \"2027-01-04\",\n"
           "  \"teams\": [{\"name\": \"Data\", \"capacity\": 2}],\n"
           "  \"dependencies\": " +
           dependencies +
           ",\n"
           "  \"capabilities\": " +
           capabilities +
           "\n"
           "}\n";
}

/// The only error of reading `text`; fails the test when there is not exactly one.
Error onlyError(const std::string &text) {
    const Result<Plan> read = planFromJson(text, "plan.json");
    EXPECT_FALSE(read.ok());
    if (read.ok())
        return {};
    EXPECT_EQ(read.errors().size(), 1u) << read.errorText();
    return read.errors().front();
}

const std::string kTeams = R"([{"name": "Data", "capacity": 2}])";

/// `text` with the first `from` replaced by `to`.
std::string replaced(std::string text, const std::string &from, const std::string &to) {
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos)
        text.replace(at, from.size(), to);
    return text;
}

bool contains(const std::string &text, const std::string &fragment) {
    return text.find(fragment) != std::string::npos;
}

} // namespace

TEST(PlanJsonErrors, TheBaseDocumentIsValid) {
    const Result<Plan> read = planFromJson(document());

    ASSERT_TRUE(read.ok()) << read.errorText();
    EXPECT_EQ(read->capabilities.size(), 2u);
    EXPECT_EQ(read->dependencies.size(), 1u);
}

TEST(PlanJsonErrors, SyntaxErrorGivesFileLineAndColumn) {
    const std::string text = "{\n  \"format\": \"waveplan-plan\",\n  \"name\": \"x\",\n}\n";

    const Error error = onlyError(text);

    EXPECT_EQ(error.file, "plan.json");
    EXPECT_EQ(error.line, 4);
    EXPECT_EQ(error.column, 1);
    EXPECT_TRUE(contains(error.message, "not valid JSON")) << error.message;
    EXPECT_EQ(error.toString().rfind("plan.json:4:1: ", 0), 0u) << error.toString();
}

TEST(PlanJsonErrors, SyntaxErrorColumnsCountCharactersNotBytes) {
    const std::string text = "{\"name\": \"données\" x}";

    const Error error = onlyError(text);

    EXPECT_EQ(error.line, 1);
    EXPECT_EQ(error.column, 20); // 'x' is the 20th character (the 21st byte)
}

TEST(PlanJsonErrors, UnexpectedEndOfInputIsASyntaxError) {
    EXPECT_TRUE(contains(onlyError("").message, "not valid JSON"));
    const Error error = onlyError("{\n  \"format\": ");
    EXPECT_EQ(error.line, 2);
}

TEST(PlanJsonErrors, NumberTooLargeForADoubleIsLocated) {
    const Error error = onlyError("{\n  \"format\": 1e999\n}");

    EXPECT_EQ(error.line, 2);
    EXPECT_TRUE(contains(error.message, "1e999")) << error.message;
}

TEST(PlanJsonErrors, InvalidUtf8IsASyntaxError) {
    const Error error = onlyError("{\"name\": \"caf\xe9\"}");

    EXPECT_TRUE(contains(error.message, "UTF-8")) << error.message;
}

TEST(PlanJsonErrors, CommentsAreNotJson) {
    EXPECT_TRUE(contains(onlyError("// plan\n{}").message, "not valid JSON"));
}

TEST(PlanJsonErrors, DocumentMustBeAnObject) {
    const Error error = onlyError("[1, 2]");

    EXPECT_TRUE(contains(error.message, "expected a JSON object")) << error.message;
    EXPECT_EQ(error.line, 1);
}

TEST(PlanJsonErrors, WrongOrMissingFormatIsNotAPlan) {
    const Error wrong = onlyError("{\n  \"format\": \"something-else\",\n  \"version\": 1\n}");
    const Error missing = onlyError("{\"version\": 1}");

    EXPECT_TRUE(contains(wrong.message, "not a Waveplan plan")) << wrong.message;
    EXPECT_EQ(wrong.line, 2);
    EXPECT_TRUE(contains(missing.message, "no \"format\"")) << missing.message;
}

TEST(PlanJsonErrors, NewerVersionSaysSo) {
    std::string text = document();
    text.replace(text.find("\"version\": 1"), 12, "\"version\": 2, \"future_field\": true");

    const Error error = onlyError(text);

    EXPECT_TRUE(contains(error.message, "made by a newer version of Waveplan")) << error.message;
    EXPECT_EQ(error.line, 3);
}

TEST(PlanJsonErrors, VersionMustBeAPositiveWholeNumber) {
    std::string zero = document();
    zero.replace(zero.find("\"version\": 1"), 12, "\"version\": 0");
    std::string text = document();
    text.replace(text.find("\"version\": 1"), 12, "\"version\": \"1\"");

    EXPECT_TRUE(contains(onlyError(zero).message, "version: must be at least 1"));
    EXPECT_TRUE(contains(onlyError(text).message, "version: expected a whole number"));
}

TEST(PlanJsonErrors, WrongTypeNamesThePathAndLine) {
    const std::string text = document(R"([
    {"key": "DATA", "name": "Clean data", "duration_days": 30},
    {"key": "CDP", "name": "CDP",
     "duration_days": "60"}
  ])",
                                      "[]");

    const Error error = onlyError(text);

    EXPECT_EQ(error.message,
              "capabilities[1].duration_days: expected a whole number, found a string (\"60\")");
    EXPECT_EQ(error.line, 11);
    EXPECT_EQ(error.column, 23);
}

TEST(PlanJsonErrors, UnknownFieldSuggestsTheClosestOne) {
    const std::string text = document(R"([
    {"key": "DATA", "name": "Clean data", "duration_days": 30, "duraton_days": 31}
  ])",
                                      "[]");

    const Error error = onlyError(text);

    EXPECT_EQ(error.message,
              "capabilities[0]: unknown field \"duraton_days\" (did you mean \"duration_days\"?)");
    EXPECT_EQ(error.line, 9);
    EXPECT_EQ(error.column, 64);
}

TEST(PlanJsonErrors, UnknownFieldFarFromAnyListsTheKnownOnes) {
    std::string text = document();
    text.replace(text.find("\"name\": \"Test\""), 14, "\"name\": \"Test\", \"colour\": \"red\"");

    const Error error = onlyError(text);

    EXPECT_TRUE(
        contains(error.message, "unknown field \"colour\" (expected one of: format, version"))
        << error.message;
}

TEST(PlanJsonErrors, MissingRequiredFieldPointsAtTheObject) {
    const std::string text = document(R"([
    {"key": "DATA", "name": "Clean data", "duration_days": 30},
    {"name": "CDP", "duration_days": 60}
  ])",
                                      "[]");

    const Error error = onlyError(text);

    EXPECT_EQ(error.message, "capabilities[1]: missing required field \"key\"");
    EXPECT_EQ(error.line, 10);
    EXPECT_EQ(error.column, 5);
}

TEST(PlanJsonErrors, NullForARequiredFieldIsAnError) {
    const Error error =
        onlyError(document(R"([{"key": "A", "name": null, "duration_days": 1}])", "[]"));

    EXPECT_EQ(error.message, "capabilities[0].name: is required and cannot be null");
}

TEST(PlanJsonErrors, InvalidEnumValues) {
    const Result<Plan> read = planFromJson(document(
        R"([{"key": "A", "name": "A", "duration_days": 1, "kind": "basic", "approach": "borrow"}])",
        "[]"));

    ASSERT_FALSE(read.ok());
    ASSERT_EQ(read.errors().size(), 2u) << read.errorText();
    EXPECT_EQ(read.errors()[0].message,
              "capabilities[0].kind: expected \"foundational\" or \"additive\", found \"basic\"");
    EXPECT_EQ(
        read.errors()[1].message,
        "capabilities[0].approach: expected \"build\", \"buy\" or \"integrate\", found \"borrow\"");
}

TEST(PlanJsonErrors, NumbersOutOfRange) {
    const std::string text =
        document(R"([
    {"key": "A", "name": "A", "duration_days": -1},
    {"key": "B", "name": "B", "duration_days": 1.5},
    {"key": "C", "name": "C", "duration_days": 3000000000},
    {"key": "D", "name": "D", "duration_days": 1, "readiness": {"skills": 9}},
    {"key": "E", "name": "E", "duration_days": 1, "pinned_wave": 0},
    {"key": "F", "name": "F", "duration_days": -4294967296}
  ])",
                 R"([{"predecessor": "A", "successor": "B", "lag_days": -1}])");

    const Result<Plan> read = planFromJson(text);

    ASSERT_FALSE(read.ok());
    const Errors &errors = read.errors();
    ASSERT_EQ(errors.size(), 7u) << read.errorText();
    EXPECT_EQ(errors[0].message, "dependencies[0].lag_days: must be from 0 to 100000 (found -1)");
    EXPECT_EQ(errors[1].message, "capabilities[0].duration_days: must be from 0 to 100000 (found -1)");
    EXPECT_EQ(errors[2].message,
              "capabilities[1].duration_days: expected a whole number, found 1.5");
    EXPECT_EQ(errors[3].message,
              "capabilities[2].duration_days: must be from 0 to 100000 (found 3000000000)");
    EXPECT_EQ(errors[4].message, "capabilities[3].readiness.skills: must be from 1 to 5 (found 9)");
    EXPECT_EQ(errors[5].message, "capabilities[4].pinned_wave: must be from 1 to 999 (found 0)");
    EXPECT_EQ(errors[6].message,
              "capabilities[5].duration_days: must be from 0 to 100000 (found -4294967296)");
    EXPECT_EQ(errors[4].line, 12);
}

TEST(PlanJsonErrors, IntegerAboveIntMaxIsAnErrorNotAWrapWithTheLimitSaid) {
    const Error error =
        onlyError(document(R"([{"key": "A", "name": "A", "duration_days": 2147483648}])", "[]"));

    EXPECT_EQ(error.message,
              "capabilities[0].duration_days: must be from 0 to 100000 (found 2147483648)");
}

TEST(PlanJsonErrors, WholeNumbersWrittenWithAFractionAreAccepted) {
    const Result<Plan> read =
        planFromJson(document(R"([{"key": "A", "name": "A", "duration_days": 30.0}])", "[]"));

    ASSERT_TRUE(read.ok()) << read.errorText();
    EXPECT_EQ(read->capabilities[0].durationDays, 30);
}

TEST(PlanJsonErrors, BadStartDate) {
    std::string text = document();
    text.replace(text.find("2027-01-04"), 10, "2027-02-30");

    const Error error = onlyError(text);

    EXPECT_EQ(error.message,
              "start_date: expected a real calendar date written YYYY-MM-DD, found \"2027-02-30\"");
    EXPECT_EQ(error.line, 5);
    EXPECT_EQ(error.column, 17);
}

TEST(PlanJsonErrors, RepeatedFieldInOneObject) {
    const Error error = onlyError(
        document(R"([{"key": "A", "name": "A", "duration_days": 1, "name": "Again"}])", "[]"));

    EXPECT_EQ(error.message,
              "capabilities[0].name: this field appears more than once in the same object");
    EXPECT_EQ(error.line, 8);
}

TEST(PlanJsonErrors, StructuralRulesNameTheValueAtFault) {
    const std::string text = document(R"([
    {"key": "A", "name": "A", "duration_days": 1, "demand": [{"team": "Nobody", "people": 1}]},
    {"key": "A", "name": "A again", "duration_days": 1},
    {"key": "bad key", "name": "B", "duration_days": 1,
     "demand": [{"team": "Data", "people": 1}, {"team": "Data", "people": 2}]}
  ])",
                                      R"([{"predecessor": "A", "successor": "A"},
    {"predecessor": "A", "successor": "Z"}])");

    const Result<Plan> read = planFromJson(text);

    ASSERT_FALSE(read.ok());
    const std::string all = read.errorText();
    EXPECT_EQ(read.errors().size(), 6u) << all;
    EXPECT_TRUE(contains(
        all, "plan.json:7:20: dependencies[0]: A -> A: a capability cannot depend on itself"))
        << all;
    EXPECT_TRUE(
        contains(all, "plan.json:8:39: dependencies[1].successor: no capability with key \"Z\""))
        << all;
    EXPECT_TRUE(contains(all, "capabilities[0].demand[0].team: no team named \"Nobody\"")) << all;
    EXPECT_TRUE(contains(all, "capabilities[1].key: key \"A\" is already used by capabilities[0]"))
        << all;
    EXPECT_TRUE(contains(all, "capabilities[2].key: \"bad key\" is not a valid key")) << all;
    EXPECT_TRUE(
        contains(all, "capabilities[2].demand[1].team: team \"Data\" appears more than once"))
        << all;
}

TEST(PlanJsonErrors, DuplicateTeamsAndDependencies) {
    std::string text = document(
        R"([{"key": "A", "name": "A", "duration_days": 1},
    {"key": "B", "name": "B", "duration_days": 1}])",
        R"([{"predecessor": "A", "successor": "B"}, {"predecessor": "A", "successor": "B", "lag_days": 3}])");
    text = replaced(text, kTeams,
                    "[{\"name\": \"Data\", \"capacity\": 2}, {\"name\": \"Data\", \"capacity\": "
                    "1}, {\"name\": \"\", \"capacity\": 1}]");

    const Result<Plan> read = planFromJson(text);

    ASSERT_FALSE(read.ok());
    const std::string all = read.errorText();
    EXPECT_EQ(read.errors().size(), 3u) << all;
    EXPECT_TRUE(contains(all, "teams[1].name: team \"Data\" is already defined at teams[0]"))
        << all;
    EXPECT_TRUE(contains(all, "teams[2].name: a team needs a name")) << all;
    EXPECT_TRUE(contains(all, "dependencies[1]: A -> B is already listed at dependencies[0]"))
        << all;
}

TEST(PlanJsonErrors, CapacityByWaveKeysAreWaveNumbers) {
    std::string text = document();
    text.replace(text.find("\"capacity\": 2}"), 14,
                 "\"capacity\": 2, \"capacity_by_wave\": {\"0\": 1, \"02\": 1, \"x\": 1, \"3\": "
                 "-1, \"4\": 2}}");

    const Result<Plan> read = planFromJson(text);

    ASSERT_FALSE(read.ok());
    const std::string all = read.errorText();
    EXPECT_EQ(read.errors().size(), 4u) << all;
    EXPECT_TRUE(
        contains(all, "teams[0].capacity_by_wave[\"0\"]: a wave number is a whole number from 1 to 999"))
        << all;
    EXPECT_TRUE(contains(all, "teams[0].capacity_by_wave[\"02\"]: a wave number")) << all;
    EXPECT_TRUE(contains(all, "teams[0].capacity_by_wave.x: a wave number")) << all;
    EXPECT_TRUE(contains(all, "teams[0].capacity_by_wave[\"3\"]: must be from 0 to 100000 (found -1)"))
        << all;
}

TEST(PlanJsonErrors, AllErrorsAreReportedInDocumentOrder) {
    const std::string text = document(R"([
    {"key": "A", "name": 5, "duration_days": 1},
    {"key": "B", "name": "B", "duration_days": 1, "kind": "x"},
    {"key": "C", "name": "C", "duration_days": 1, "readiness": []}
  ])",
                                      "[]");

    const Result<Plan> read = planFromJson(text);

    ASSERT_FALSE(read.ok());
    ASSERT_EQ(read.errors().size(), 3u) << read.errorText();
    EXPECT_EQ(read.errors()[0].line, 9);
    EXPECT_EQ(read.errors()[1].line, 10);
    EXPECT_EQ(read.errors()[2].line, 11);
    EXPECT_TRUE(contains(read.errors()[2].message,
                         "capabilities[2].readiness: expected an object, found an array"));
}

TEST(PlanJsonErrors, ManyErrorsAreCapped) {
    std::string capabilities = "[";
    for (int i = 0; i < 80; ++i)
        capabilities += std::string(i ? "," : "") + "{\"key\": \"K" + std::to_string(i) +
                        "\", \"name\": \"n\", \"duration_days\": -1}";
    capabilities += "]";

    const Result<Plan> read = planFromJson(document(capabilities, "[]"));

    ASSERT_FALSE(read.ok());
    ASSERT_EQ(read.errors().size(), 51u);
    EXPECT_EQ(read.errors().back().message, "... and 30 more problems not shown");
}

TEST(PlanJsonErrors, MissingOptionalFieldsTakeTheModelDefaults) {
    const std::string text = R"({"format": "waveplan-plan", "version": 1, "name": "Bare",
      "start_date": "2027-05-01",
      "capabilities": [{"key": "A", "name": "A", "duration_days": 3, "owner": null}]})";

    const Result<Plan> read = planFromJson(text);

    ASSERT_TRUE(read.ok()) << read.errorText();
    Plan expected;
    expected.name = "Bare";
    expected.startDate = Date{std::chrono::year{2027}, std::chrono::May, std::chrono::day{1}};
    Capability a;
    a.key = "A";
    a.name = "A";
    a.durationDays = 3;
    expected.capabilities = {a};
    EXPECT_EQ(read.value(), expected);
}

TEST(PlanJsonErrors, ByteOrderMarkAndEscapedKeysAreAccepted) {
    std::string text = "\xEF\xBB\xBF" + document();
    text.replace(text.find("\"name\": \"Test\""), 6, "\"n\\u0061me\"");

    const Result<Plan> read = planFromJson(text);

    ASSERT_TRUE(read.ok()) << read.errorText();
    EXPECT_EQ(read->name, "Test");
}

TEST(PlanJsonErrors, DeeplyNestedInputIsAnErrorNotACrash) {
    const std::string nested = std::string(100000, '[') + std::string(100000, ']');
    std::string text = document();
    text = replaced(text, kTeams, nested);

    const Result<Plan> read = planFromJson(text);

    ASSERT_FALSE(read.ok());
    EXPECT_TRUE(contains(read.errorText(), "teams[0]: expected an object, found an array"))
        << read.errorText();
}

TEST(PlanJsonErrors, CalendarFieldsAreReadAndTheirMistakesLocated) {
    const std::string calendar = "  \"workdays\": \"sun-thu\",\n"
                                 "  \"holidays\": [{\"date\": \"2027-05-31\", \"name\": \"Spring bank holiday\"}],\n"
                                 "  \"waves\": \"quarter\",\n"
                                 "  \"fiscal_year_start\": 4,\n";
    const std::string good = replaced(document(), "  \"teams\"", calendar + "  \"teams\"");

    const Result<Plan> read = planFromJson(good);

    ASSERT_TRUE(read.ok()) << read.errorText();
    EXPECT_EQ(read->calendar.worked, (WorkedWeekdays{true, true, true, true, false, false, true}));
    ASSERT_EQ(read->calendar.holidays.size(), 1u);
    EXPECT_EQ(formatIsoDate(read->calendar.holidays[0].date), "2027-05-31");
    EXPECT_EQ(read->calendar.holidays[0].name, "Spring bank holiday");
    EXPECT_EQ(read->waveScheme, WaveScheme::Quarters);
    EXPECT_EQ(read->fiscalYearStartMonth, 4);

    Error error = onlyError(replaced(good, "sun-thu", "weekdays"));
    EXPECT_TRUE(contains(error.message, "workdays: \"weekdays\" is not a weekday; expected weekday names")) << error.message;
    EXPECT_EQ(error.line, 6);
    error = onlyError(replaced(good, "\"quarter\"", "\"monthly\""));
    EXPECT_TRUE(contains(error.message, "waves: unknown waves \"monthly\"; expected quarter")) << error.message;
    EXPECT_EQ(error.line, 8);
    error = onlyError(replaced(good, "\"fiscal_year_start\": 4", "\"fiscal_year_start\": 13"));
    EXPECT_EQ(error.message, "fiscal_year_start: must be from 1 to 12 (found 13)");
    error = onlyError(replaced(good, "2027-05-31", "2027-02-29"));
    EXPECT_EQ(error.message, "holidays[0].date: expected a real calendar date written YYYY-MM-DD, found \"2027-02-29\"");
    EXPECT_EQ(error.line, 7);
    error = onlyError(replaced(good, "\"name\": \"Spring bank holiday\"", "\"name\": \"\""));
    EXPECT_EQ(error.message, "holidays[0].name: a holiday needs a name");
    error = onlyError(replaced(good, "\"Spring bank holiday\"}]",
                               "\"Spring bank holiday\"}, {\"date\": \"2027-05-31\", \"name\": \"Again\"}]"));
    EXPECT_EQ(error.message, "holidays[1].date: holiday \"2027-05-31\" is already listed at holidays[0]");
}

TEST(PlanJsonErrors, WavesOfANumberOfDaysSetTheLengthUnlessItSaysOtherwise) {
    const Result<Plan> read = planFromJson(replaced(document(), "  \"teams\"", "  \"waves\": \"60d\",\n  \"teams\""));
    ASSERT_TRUE(read.ok()) << read.errorText();
    EXPECT_EQ(read->waveScheme, WaveScheme::Days);
    EXPECT_EQ(read->waveLengthDays, 60);

    const Error error = onlyError(
        replaced(document(), "  \"teams\"", "  \"waves\": \"60d\",\n  \"wave_length_days\": 90,\n  \"teams\""));
    EXPECT_EQ(error.message, "waves: \"60d\" disagrees with wave_length_days (90); give one of them");
}

TEST(PlanJsonErrors, ProgressIsReadAndEveryInconsistencyLocatedAtItsField) {
    const std::string asOf = "  \"as_of\": \"2027-04-01\",\n";
    const std::string good = replaced(document(R"([
    {"key": "DATA", "name": "Clean data", "duration_days": 30, "status": "done", "actual_start": "2027-01-04", "actual_finish": "2027-02-12"},
    {"key": "CDP", "name": "CDP", "duration_days": 60, "status": "in progress", "actual_start": "2027-02-15", "remaining_days": 20}
  ])"),
                                      "  \"teams\"", asOf + "  \"teams\"");

    const Result<Plan> read = planFromJson(good);

    ASSERT_TRUE(read.ok()) << read.errorText();
    EXPECT_EQ(formatIsoDate(*read->asOf), "2027-04-01");
    const Capability &data = read->capabilities[0];
    EXPECT_EQ(data.status, WorkStatus::Done);
    EXPECT_EQ(formatIsoDate(*data.actualFinish), "2027-02-12");
    const Capability &cdp = read->capabilities[1];
    EXPECT_EQ(cdp.status, WorkStatus::InProgress);
    EXPECT_EQ(formatIsoDate(*cdp.actualStart), "2027-02-15");
    EXPECT_EQ(cdp.remainingDays, 20);

    // The capabilities array starts on line 9 here (as_of adds a line): DATA on 10, CDP on 11.
    Error error = onlyError(replaced(good, "\"status\": \"done\"", "\"status\": \"finished\""));
    EXPECT_EQ(error.message, "capabilities[0].status: expected \"planned\", \"in-progress\" or \"done\", found \"finished\"");
    EXPECT_EQ(error.line, 10);
    error = onlyError(replaced(good, ", \"actual_finish\": \"2027-02-12\"", ""));
    EXPECT_EQ(error.message, "capabilities[0]: DATA is done but has no actual_finish; give the last day of work");
    EXPECT_EQ(error.line, 10);
    error = onlyError(replaced(good, "\"actual_finish\": \"2027-02-12\"", "\"actual_finish\": \"2027-04-02\""));
    EXPECT_EQ(error.message, "capabilities[0].actual_finish: DATA finished on 2027-04-02, after the as-of date 2027-04-01; "
                             "progress cannot be reported for days that have not come");
    EXPECT_GT(error.column, 100) << "at the value, not the start of the line";
    error = onlyError(replaced(replaced(good, "\"status\": \"in progress\", ", ""), ", \"remaining_days\": 20", ""));
    EXPECT_EQ(error.message, "capabilities[1].actual_start: CDP is planned but has an actual_start; set its status to "
                             "in-progress or done, or clear the date");
    EXPECT_EQ(error.line, 11);
    error = onlyError(replaced(good, "\"remaining_days\": 20", "\"remaining_days\": 0"));
    EXPECT_EQ(error.message, "capabilities[1].remaining_days: must be from 1 to 100000 (found 0)");
    error = onlyError(replaced(good, "\"as_of\": \"2027-04-01\"", "\"as_of\": \"April\""));
    EXPECT_EQ(error.message, "as_of: expected a real calendar date written YYYY-MM-DD, found \"April\"");
    EXPECT_EQ(error.line, 6);
}
