// The MS Project XML export, parsed back as XML: a task per capability at its scheduled dates,
// held there by a Start No Earlier Than constraint, links with their lags in MSPDI's units,
// the plan's working calendar and progress, a resource per team (capacity per wave as
// availability periods) and an assignment per team demand. (xmllint reads the CLI's file in
// tests/app/mspdi_export_test.cpp; readMspdi brings it back in mspdi_reader_test.cpp.)

#include "core/io/mspdi_writer.h"
#include "core/io/mspdi_reader.h"

#include "core/io/mspdi_fields.h"
#include "core/schedule/schedule.h"
#include "schedule/plan_builder.h"

#include <gtest/gtest.h>

#include <pugixml.hpp>

#include <map>
#include <string>

using namespace waveplan;
using test::PlanBuilder;

namespace {

std::string childText(pugi::xml_node node, const char *name)
{
    return node.child(name).text().as_string();
}

std::map<long long, pugi::xml_node> tasksByUid(pugi::xml_node project)
{
    std::map<long long, pugi::xml_node> tasks;
    for (pugi::xml_node task : project.child("Tasks").children("Task"))
        tasks[task.child("UID").text().as_llong()] = task;
    return tasks;
}

Plan yearOnePlan()
{
    Plan plan = PlanBuilder(30, 4)
                    .team("Data", 2, 3)
                    .team("IT", 1)
                    .teamCapacityInWave("Data", 2, 3)
                    .capability("DATA", 40, "Data", 2)
                    .capability("CDP", 20, "IT")
                    .capability("ADS", 10, "Data")
                    .demand("ADS", "IT", 1)
                    .dependency("DATA", "CDP", 5)
                    .dependency("CDP", "ADS")
                    .deadline("ADS", 4)
                    .build();
    plan.name = "Year one";
    plan.startDate = Date{std::chrono::year{2027}, std::chrono::January, std::chrono::day{4}};
    return withIds(plan);
}

} // namespace

TEST(MspdiWriter, TasksSitAtTheScheduledDatesWithLinksAndLagsInMspdiUnits)
{
    const Plan plan = yearOnePlan();
    const Schedule schedule = computeSchedule(plan);
    ASSERT_EQ(schedule.capabilities.size(), 3u);
    const Result<std::string> xml = scheduleMspdi(plan, schedule);
    ASSERT_TRUE(xml) << xml.errorText();

    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(xml.value().c_str()));
    const pugi::xml_node project = doc.child("Project");
    EXPECT_EQ(std::string(project.attribute("xmlns").value()), mspdi::kNamespace);
    EXPECT_EQ(childText(project, "Title"), "Year one");
    EXPECT_EQ(childText(project, "StartDate"), "2027-01-04T08:00:00");
    EXPECT_EQ(childText(project, "MinutesPerDay"), "480");

    const auto tasks = tasksByUid(project);
    ASSERT_EQ(tasks.size(), 4u); // the project's summary task (UID 0) and one per capability
    EXPECT_EQ(childText(tasks.at(0), "Summary"), "1");
    for (const ScheduledCapability &s : schedule.capabilities) {
        const Capability &c = *plan.findCapability(s.key);
        SCOPED_TRACE(c.key);
        ASSERT_TRUE(tasks.contains(c.id));
        const pugi::xml_node task = tasks.at(c.id);
        EXPECT_EQ(childText(task, "Name"), c.key + ": " + c.name);
        const std::string start = formatIsoDate(addDays(plan.startDate, s.startDay)) + "T08:00:00";
        EXPECT_EQ(childText(task, "Start"), start);
        EXPECT_EQ(childText(task, "Finish"), formatIsoDate(addDays(plan.startDate, s.finishDay - 1)) + "T17:00:00");
        EXPECT_EQ(childText(task, "Duration"), "PT" + std::to_string(c.durationDays * 8) + "H0M0S");
        EXPECT_EQ(childText(task, "ConstraintType"), "4"); // Start No Earlier Than
        EXPECT_EQ(childText(task, "ConstraintDate"), start);
        EXPECT_EQ(childText(task, "Critical"), s.critical ? "1" : "0");

        std::map<long long, long long> links; // predecessor UID -> LinkLag
        for (pugi::xml_node link : task.children("PredecessorLink")) {
            EXPECT_EQ(childText(link, "Type"), "1"); // finish-to-start
            links[link.child("PredecessorUID").text().as_llong()] = link.child("LinkLag").text().as_llong();
        }
        std::map<long long, long long> expected;
        for (const Dependency *d : plan.predecessorsOf(c.key))
            expected[plan.findCapability(d->predecessor)->id] = d->lagDays * 480LL * 10; // tenths of a minute
        EXPECT_EQ(links, expected);
    }
    // The deadline wave (4 of 30 days) ends on day 119.
    EXPECT_EQ(childText(tasks.at(plan.findCapability("ADS")->id), "Deadline"),
              formatIsoDate(addDays(plan.startDate, 119)) + "T17:00:00");
    // Links agree with the dates: CDP starts 5 days after DATA's last day.
    EXPECT_EQ(schedule.find("CDP")->startDay, schedule.find("DATA")->finishDay + 5);
}

TEST(MspdiWriter, EveryDayIsWorkedAndTeamsAreResourcesWithAssignments)
{
    const Plan plan = yearOnePlan();
    const Result<std::string> xml = scheduleMspdi(plan, computeSchedule(plan));
    ASSERT_TRUE(xml);
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(xml.value().c_str()));
    const pugi::xml_node project = doc.child("Project");

    const pugi::xml_node calendar = project.child("Calendars").child("Calendar");
    EXPECT_EQ(childText(project, "CalendarUID"), childText(calendar, "UID"));
    int worked = 0;
    for (pugi::xml_node day : calendar.child("WeekDays").children("WeekDay")) {
        EXPECT_EQ(childText(day, "DayWorking"), "1");
        ++worked;
    }
    EXPECT_EQ(worked, 7);

    std::map<std::string, pugi::xml_node> resources;
    for (pugi::xml_node resource : project.child("Resources").children("Resource"))
        resources[childText(resource, "Name")] = resource;
    ASSERT_EQ(resources.size(), 2u);
    EXPECT_EQ(childText(resources.at("Data"), "MaxUnits"), "2");
    EXPECT_EQ(childText(resources.at("Data").child("ExtendedAttribute"), "FieldID"), "205520904");
    EXPECT_EQ(childText(resources.at("Data").child("ExtendedAttribute"), "Value"), "3"); // go-live limit
    EXPECT_FALSE(resources.at("IT").child("ExtendedAttribute"));
    // Data has 3 people in wave 2 (days 30-59 from 2027-01-04) and 2 otherwise.
    std::vector<std::string> periods;
    for (pugi::xml_node period : resources.at("Data").child("AvailabilityPeriods").children("AvailabilityPeriod"))
        periods.push_back(childText(period, "AvailableFrom") + " " + childText(period, "AvailableTo") + " " +
                          childText(period, "AvailableUnits"));
    EXPECT_EQ(periods, (std::vector<std::string>{"1984-01-01T00:00:00 2027-02-02T23:59:00 2",
                                                 "2027-02-03T00:00:00 2027-03-04T23:59:00 3",
                                                 "2027-03-05T00:00:00 2049-12-31T23:59:00 2"}));
    EXPECT_FALSE(resources.at("IT").child("AvailabilityPeriods"));

    std::map<std::string, std::string> units; // "task UID/resource name" -> units
    std::map<long long, std::string> nameOfResource;
    for (const auto &[name, node] : resources)
        nameOfResource[node.child("UID").text().as_llong()] = name;
    for (pugi::xml_node a : project.child("Assignments").children("Assignment"))
        units[childText(a, "TaskUID") + "/" + nameOfResource.at(a.child("ResourceUID").text().as_llong())] =
            childText(a, "Units");
    const auto uid = [&](const char *key) { return std::to_string(plan.findCapability(key)->id); };
    EXPECT_EQ(units, (std::map<std::string, std::string>{{uid("DATA") + "/Data", "2"},
                                                         {uid("CDP") + "/IT", "1"},
                                                         {uid("ADS") + "/Data", "1"},
                                                         {uid("ADS") + "/IT", "1"}}));
}

TEST(MspdiWriter, UserTextIsEscapedAndControlCharactersLeftOut)
{
    Plan plan = yearOnePlan();
    plan.name = "R&D <year one>";
    plan.capabilities[0].name = "Data \"clean\" & <owned>\x01";
    plan.capabilities[0].owner = "Ops & Data";
    plan.capabilities[0].notes = "line one\nline two";
    const Result<std::string> xml = scheduleMspdi(plan, computeSchedule(plan));
    ASSERT_TRUE(xml);
    EXPECT_EQ(xml.value().find('\x01'), std::string::npos);
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(xml.value().c_str()));
    const pugi::xml_node project = doc.child("Project");
    EXPECT_EQ(childText(project, "Title"), "R&D <year one>");
    const pugi::xml_node task = tasksByUid(project).at(plan.capabilities[0].id);
    EXPECT_EQ(childText(task, "Name"), "DATA: Data \"clean\" & <owned>");
    EXPECT_EQ(childText(task, "Notes"), "Owner: Ops & Data\n\nline one\nline two");
}

TEST(MspdiWriter, APlanWithoutAScheduleIsRefusedWithTheReason)
{
    const Plan plan = PlanBuilder()
                          .capability("A", 5)
                          .capability("B", 5)
                          .dependency("A", "B")
                          .dependency("B", "A")
                          .build();
    const Result<std::string> xml = scheduleMspdi(plan, computeSchedule(plan));
    ASSERT_FALSE(xml);
    EXPECT_NE(xml.errorText().find("no schedule"), std::string::npos) << xml.errorText();
    EXPECT_NE(xml.errorText().find("cycle"), std::string::npos) << xml.errorText();
}

TEST(MspdiWriter, AMilestoneIsWrittenAsOneAndReadBackAsOne)
{
    Plan plan = PlanBuilder(30, 4)
                    .team("IT", 1)
                    .capability("BUILD", 10, "IT")
                    .capability("LIVE", 0, "IT")
                    .dependency("BUILD", "LIVE")
                    .build();
    plan.startDate = Date{std::chrono::year{2027}, std::chrono::January, std::chrono::day{4}};
    plan = withIds(plan);
    const Schedule schedule = computeSchedule(plan);
    const Result<std::string> xml = scheduleMspdi(plan, schedule);
    ASSERT_TRUE(xml) << xml.errorText();

    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(xml.value().c_str()));
    const auto tasks = tasksByUid(doc.child("Project"));
    const pugi::xml_node live = tasks.at(plan.findCapability("LIVE")->id);
    const pugi::xml_node build = tasks.at(plan.findCapability("BUILD")->id);
    EXPECT_EQ(childText(live, "Milestone"), "1");
    EXPECT_EQ(childText(build, "Milestone"), "0");
    EXPECT_EQ(childText(live, "Duration"), "PT0H0M0S");
    // On the day after BUILD's last day (14 Jan), starting and finishing at its start.
    EXPECT_EQ(childText(live, "Start"), "2027-01-14T08:00:00");
    EXPECT_EQ(childText(live, "Finish"), "2027-01-14T08:00:00");

    const Result<MspdiImport> back = readMspdi(xml.value(), "milestone.xml", plan);
    ASSERT_TRUE(back) << back.errorText();
    ASSERT_EQ(back.value().plan.capabilities.size(), 2u);
    EXPECT_EQ(back.value().plan.findCapability("LIVE")->durationDays, 0);
    EXPECT_EQ(back.value().plan.findCapability("BUILD")->durationDays, 10);
}

TEST(MspdiWriter, TheWorkingCalendarAndProgressAreWrittenAsMsProjectKeepsThem)
{
    // Monday to Friday from Monday 4 January 2027 with Monday 18 January off; as of Wednesday
    // 20 January, AUDIT is done and BUILD under way since 11 January with 4 days left.
    Plan plan = PlanBuilder(90, 4)
                    .team("IT", 2)
                    .capability("AUDIT", 5, "IT")
                    .capability("BUILD", 10, "IT")
                    .capability("LAUNCH", 3, "IT")
                    .dependency("AUDIT", "BUILD")
                    .dependency("BUILD", "LAUNCH")
                    .build();
    plan.startDate = *parseIsoDate("2027-01-04");
    plan.calendar = mondayToFriday();
    plan.calendar.holidays = {Holiday{*parseIsoDate("2027-01-18"), "Martin Luther King Jr. Day"}};
    plan.asOf = parseIsoDate("2027-01-20");
    Capability &audit = *plan.findCapability("AUDIT");
    audit.status = WorkStatus::Done;
    audit.actualStart = parseIsoDate("2027-01-04");
    audit.actualFinish = parseIsoDate("2027-01-08");
    Capability &build = *plan.findCapability("BUILD");
    build.status = WorkStatus::InProgress;
    build.actualStart = parseIsoDate("2027-01-11");
    build.remainingDays = 4;
    plan = withIds(plan);
    const Result<std::string> xml = scheduleMspdi(plan, computeSchedule(plan));
    ASSERT_TRUE(xml) << xml.errorText();
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(xml.value().c_str()));
    const pugi::xml_node project = doc.child("Project");

    EXPECT_EQ(childText(project, "MinutesPerWeek"), "2400");
    EXPECT_EQ(childText(project, "DaysPerMonth"), "20");
    EXPECT_EQ(childText(project, "StatusDate"), "2027-01-20T08:00:00");
    const pugi::xml_node calendar = project.child("Calendars").child("Calendar");
    std::string week; // Sunday first, as MSPDI numbers days
    for (pugi::xml_node day : calendar.child("WeekDays").children("WeekDay"))
        week += childText(day, "DayType") + ":" + childText(day, "DayWorking") + " ";
    EXPECT_EQ(week, "1:0 2:1 3:1 4:1 5:1 6:1 7:0 ");
    const pugi::xml_node holiday = calendar.child("Exceptions").child("Exception");
    EXPECT_EQ(childText(holiday.child("TimePeriod"), "FromDate"), "2027-01-18T00:00:00");
    EXPECT_EQ(childText(holiday.child("TimePeriod"), "ToDate"), "2027-01-18T23:59:00");
    EXPECT_EQ(childText(holiday, "Name"), "Martin Luther King Jr. Day");
    EXPECT_EQ(childText(holiday, "DayWorking"), "0");
    EXPECT_FALSE(holiday.next_sibling("Exception"));

    const auto tasks = tasksByUid(project);
    const pugi::xml_node auditTask = tasks.at(plan.findCapability("AUDIT")->id);
    EXPECT_EQ(childText(auditTask, "ActualStart"), "2027-01-04T08:00:00");
    EXPECT_EQ(childText(auditTask, "ActualFinish"), "2027-01-08T17:00:00");
    EXPECT_EQ(childText(auditTask, "PercentComplete"), "100");
    // BUILD: 6 working days worked (11-15 and 19 January), 4 left from the as-of date: 20, 21,
    // 22 and 25 January.
    const pugi::xml_node buildTask = tasks.at(plan.findCapability("BUILD")->id);
    EXPECT_EQ(childText(buildTask, "Start"), "2027-01-11T08:00:00");
    EXPECT_EQ(childText(buildTask, "Finish"), "2027-01-25T17:00:00");
    EXPECT_EQ(childText(buildTask, "ActualStart"), "2027-01-11T08:00:00");
    EXPECT_FALSE(buildTask.child("ActualFinish"));
    EXPECT_EQ(childText(buildTask, "RemainingDuration"), "PT32H0M0S");
    EXPECT_EQ(childText(buildTask, "PercentComplete"), "60");
    const pugi::xml_node launchTask = tasks.at(plan.findCapability("LAUNCH")->id);
    EXPECT_EQ(childText(launchTask, "Start"), "2027-01-26T08:00:00");
    EXPECT_EQ(childText(launchTask, "Finish"), "2027-01-28T17:00:00");
    EXPECT_EQ(childText(launchTask, "PercentComplete"), "0");
    EXPECT_FALSE(launchTask.child("ActualStart"));

    // Read back: the same calendar and progress, no notes.
    Plan settings = plan;
    settings.calendar = WorkCalendar{};
    settings.asOf.reset();
    const Result<MspdiImport> back = readMspdi(xml.value(), "plan.xml", settings);
    ASSERT_TRUE(back) << back.errorText();
    EXPECT_TRUE(back->notes.empty());
    EXPECT_EQ(back->plan.calendar, plan.calendar);
    EXPECT_EQ(back->plan.asOf, plan.asOf);
    EXPECT_EQ(back->plan.capabilities, plan.capabilities);
}
