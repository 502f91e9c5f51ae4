// The rules for a capability's progress (issue 15), each broken once and named by its field.

#include "core/model/tracking.h"

#include "core/model/plan.h"

#include <gtest/gtest.h>

using namespace waveplan;

namespace {

Date day(const char *iso) { return *parseIsoDate(iso); }

const Date kPlanStart = day("2027-01-04");
const Date kAsOf = day("2027-04-01");

Capability withStatus(WorkStatus status, std::optional<Date> start = std::nullopt, std::optional<Date> finish = std::nullopt,
                      std::optional<int> remaining = std::nullopt)
{
    Capability c;
    c.key = "CDP";
    c.durationDays = 40;
    c.status = status;
    c.actualStart = start;
    c.actualFinish = finish;
    c.remainingDays = remaining;
    return c;
}

/// The fields faulted, in order.
std::vector<std::string_view> faultedFields(const Capability &c, std::optional<Date> asOf = kAsOf)
{
    std::vector<std::string_view> fields;
    for (const TrackingFault &f : trackingFaults(c, kPlanStart, asOf))
        fields.push_back(f.field);
    return fields;
}

using Fields = std::vector<std::string_view>;

} // namespace

TEST(Tracking, StatusesReadAsPeopleWriteThemAndWriteOneWay)
{
    EXPECT_EQ(parseStatus(""), WorkStatus::Planned);
    EXPECT_EQ(parseStatus(" Planned "), WorkStatus::Planned);
    EXPECT_EQ(parseStatus("in progress"), WorkStatus::InProgress);
    EXPECT_EQ(parseStatus("IN_PROGRESS"), WorkStatus::InProgress);
    EXPECT_EQ(parseStatus("in-progress"), WorkStatus::InProgress);
    EXPECT_EQ(parseStatus("Started"), WorkStatus::InProgress);
    EXPECT_EQ(parseStatus("DONE"), WorkStatus::Done);
    EXPECT_EQ(parseStatus("completed"), WorkStatus::Done);
    EXPECT_EQ(parseStatus("finished soon"), std::nullopt);
    EXPECT_EQ(parseStatus("in--progress"), std::nullopt);
    for (const WorkStatus s : {WorkStatus::Planned, WorkStatus::InProgress, WorkStatus::Done})
        EXPECT_EQ(parseStatus(toString(s)), s);
    EXPECT_EQ(toString(WorkStatus::InProgress), "in-progress");
}

TEST(Tracking, ConsistentProgressHasNoFaults)
{
    EXPECT_TRUE(faultedFields(withStatus(WorkStatus::Planned)).empty());
    EXPECT_TRUE(faultedFields(withStatus(WorkStatus::InProgress, day("2027-02-01"))).empty());
    EXPECT_TRUE(faultedFields(withStatus(WorkStatus::InProgress, day("2027-02-01"), std::nullopt, 10)).empty());
    EXPECT_TRUE(faultedFields(withStatus(WorkStatus::Done, day("2027-01-04"), day("2027-04-01"))).empty());
    // A milestone done on one day; work reported up to the as-of date itself.
    EXPECT_TRUE(faultedFields(withStatus(WorkStatus::Done, day("2027-04-01"), day("2027-04-01"))).empty());
}

TEST(Tracking, APlannedCapabilityHasNoActualsAndNoRemainingDays)
{
    EXPECT_EQ(faultedFields(withStatus(WorkStatus::Planned, day("2027-02-01"))), Fields{"actual_start"});
    EXPECT_EQ(faultedFields(withStatus(WorkStatus::Planned, std::nullopt, day("2027-02-01"))), Fields{"actual_finish"});
    EXPECT_EQ(faultedFields(withStatus(WorkStatus::Planned, std::nullopt, std::nullopt, 5)), Fields{"remaining_days"});
    const auto faults = trackingFaults(withStatus(WorkStatus::Planned, std::nullopt, std::nullopt, 5), kPlanStart);
    EXPECT_EQ(faults.front().message,
              "is planned but has remaining_days; remaining days are for a capability in progress");
}

TEST(Tracking, InProgressNeedsAnActualStartAndNoFinish)
{
    EXPECT_EQ(faultedFields(withStatus(WorkStatus::InProgress)), Fields{"actual_start"});
    EXPECT_EQ(faultedFields(withStatus(WorkStatus::InProgress, day("2027-02-01"), day("2027-03-01"))), Fields{"actual_finish"});
    EXPECT_EQ(faultedFields(withStatus(WorkStatus::InProgress, day("2027-02-01"), std::nullopt, 0)), Fields{"remaining_days"});
    EXPECT_EQ(faultedFields(withStatus(WorkStatus::InProgress, day("2027-02-01"), std::nullopt, -3)), Fields{"remaining_days"});
}

TEST(Tracking, DoneNeedsBothActualDatesInOrderAndNoRemainingDays)
{
    EXPECT_EQ(faultedFields(withStatus(WorkStatus::Done, std::nullopt, day("2027-03-01"))), Fields{"actual_start"});
    EXPECT_EQ(faultedFields(withStatus(WorkStatus::Done, day("2027-02-01"))), Fields{"actual_finish"});
    EXPECT_EQ(faultedFields(withStatus(WorkStatus::Done, day("2027-02-01"), day("2027-03-01"), 4)), Fields{"remaining_days"});
    const auto backwards = trackingFaults(withStatus(WorkStatus::Done, day("2027-03-01"), day("2027-02-27")), kPlanStart);
    ASSERT_EQ(backwards.size(), 1u);
    EXPECT_EQ(backwards.front().field, "actual_finish");
    EXPECT_EQ(backwards.front().message, "finished on 2027-02-27, before it started (2027-03-01)");
}

TEST(Tracking, ActualDatesLieBetweenThePlanStartAndTheAsOfDate)
{
    const Capability early = withStatus(WorkStatus::Done, day("2026-12-14"), day("2027-01-20"));
    EXPECT_EQ(faultedFields(early), Fields{"actual_start"});
    EXPECT_NE(trackingFaults(early, kPlanStart).front().message.find("before the plan's start date 2027-01-04"),
              std::string::npos);

    const Capability future = withStatus(WorkStatus::Done, day("2027-03-20"), day("2027-04-02"));
    EXPECT_EQ(faultedFields(future), Fields{"actual_finish"});
    EXPECT_EQ(trackingFaults(future, kPlanStart, kAsOf).front().message,
              "finished on 2027-04-02, after the as-of date 2027-04-01; progress cannot be reported for days that "
              "have not come");
    EXPECT_TRUE(faultedFields(future, std::nullopt).empty()) << "without an as-of date there is nothing to be after";
    EXPECT_EQ(faultedFields(withStatus(WorkStatus::InProgress, day("2027-04-02")), kAsOf), Fields{"actual_start"});
}

TEST(Tracking, APlanHasProgressOnceSomethingHasStarted)
{
    Plan plan;
    plan.capabilities = {withStatus(WorkStatus::Planned)};
    EXPECT_FALSE(hasProgress(plan));
    plan.capabilities.push_back(withStatus(WorkStatus::InProgress, day("2027-02-01")));
    EXPECT_TRUE(hasProgress(plan));
}
