// A damaged accepted schedule costs only the hint: the plan still opens, with an empty
// reference, and the file is left alone. The reader names the table and row that were wrong.
#include "core/store/accepted_schedule_rows.h"
#include "core/store/plan_store.h"
#include "store_test_support.h"
#include "support/temp_dir.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

using namespace waveplan;

namespace {

struct DamageCase {
    const char *name;
    const char *sql;     ///< run on a file saved with DATA (id 1) and CDP (id 2) scheduled
    const char *problem; ///< what readAcceptedSchedule reports
};

std::ostream &operator<<(std::ostream &out, const DamageCase &c)
{
    return out << c.name;
}

const DamageCase kDamage[] = {
    {"NegativeStartDay", "UPDATE accepted_schedule SET start_day = -5 WHERE capability = 1",
     "table accepted_schedule, capability 'DATA': column start_day should hold a day of 0 or more, not -5"},
    {"WaveZero", "UPDATE accepted_schedule SET wave = 0 WHERE capability = 2",
     "table accepted_schedule, capability 'CDP': column wave should hold a wave of 1 or more, not 0"},
    {"UnknownCapability", "INSERT INTO accepted_schedule VALUES (999, 0, 1, NULL)",
     "table accepted_schedule: a row names capability id 999, which the file does not have"},
    {"IdBelowOne", "INSERT INTO accepted_schedule VALUES (0, 0, 1, NULL)",
     "table accepted_schedule: column capability should hold an id above 0"},
    {"StartBeyond32Bits", "UPDATE accepted_schedule SET start_day = 4294967296 WHERE capability = 1",
     "table accepted_schedule, capability 'DATA': column start_day should hold a whole number that fits in 32 bits"},
    {"EndDayMissing", "DELETE FROM accepted_schedule_end",
     "table accepted_schedule_end has no row: the accepted schedule's end day is missing"},
    {"SecondEndRow", "INSERT INTO accepted_schedule_end VALUES (80)",
     "table accepted_schedule_end holds more than one row"},
    {"NegativeEndDay", "UPDATE accepted_schedule_end SET end_day = -1",
     "table accepted_schedule_end: column end_day should hold a day of 0 or more, not -1"},
};

class AcceptedScheduleDamaged : public ::testing::TestWithParam<DamageCase> {
protected:
    AcceptedScheduleDamaged()
    {
        const ScheduleReference accepted{{{"DATA", {0, 1}}, {"CDP", {45, 1}}}, 75, {"DATA", "CDP"}};
        const Status saved = savePlan(m_plan, PlanLocation::ofFile(m_path), &accepted);
        EXPECT_TRUE(saved.ok()) << saved.errorText();
    }

    test::TempDir m_dir;
    std::filesystem::path m_path = m_dir.file("plan.waveplan");
    Plan m_plan = withIds(test::planWithEveryFieldSet());
};

} // namespace

TEST_P(AcceptedScheduleDamaged, PlanOpensWithoutTheScheduleAndTheFileIsLeftAlone)
{
    test::runSql(m_path, GetParam().sql); // foreign keys off, as in the sqlite3 shell
    const test::FileSnapshot before = test::snapshotOf(m_path);
    ScheduleReference loaded{{{"OLD", {1, 1}}}, 9, {}};

    const Result<Plan> opened = openPlan(PlanLocation::ofFile(m_path), &loaded);

    ASSERT_TRUE(opened.ok()) << opened.errorText();
    EXPECT_EQ(*opened, m_plan);
    EXPECT_EQ(loaded, ScheduleReference{});
    EXPECT_EQ(test::snapshotOf(m_path), before);
}

TEST_P(AcceptedScheduleDamaged, ReaderNamesTheTableAndRow)
{
    test::runSql(m_path, GetParam().sql);
    SQLite::Database db(m_path.string(), SQLite::OPEN_READONLY);

    const Result<ScheduleReference> read = store::readAcceptedSchedule(db);

    ASSERT_FALSE(read.ok());
    ASSERT_EQ(read.errors().size(), 1u) << read.errorText();
    EXPECT_EQ(read.errors().front().message, GetParam().problem);
}

INSTANTIATE_TEST_SUITE_P(Rows, AcceptedScheduleDamaged, ::testing::ValuesIn(kDamage),
                         [](const ::testing::TestParamInfo<DamageCase> &damage) {
                             return std::string(damage.param.name);
                         });

TEST(AcceptedScheduleEnd, AnEndRowWithoutEntriesIsIgnoredQuietly)
{
    const test::TempDir dir;
    const auto path = dir.file("plan.waveplan");
    ASSERT_TRUE(savePlan(test::planWithEveryFieldSet(), PlanLocation::ofFile(path)).ok());
    test::runSql(path, "INSERT INTO accepted_schedule_end VALUES (-3)");
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);

    const Result<ScheduleReference> read = store::readAcceptedSchedule(db);

    ASSERT_TRUE(read.ok()) << read.errorText();
    EXPECT_TRUE(read->empty());
}
