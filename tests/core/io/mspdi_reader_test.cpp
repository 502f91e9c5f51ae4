// Reading MS Project XML: hand-written files with summary tasks, every link type, lags in
// days, hours and elapsed days, milestones, constraints, resources and assignments; every
// refusal located by element path, line and column; the files MS Project 2003, 2010 and 2019
// saved (../shared/mspdi, skipped where absent); and the round trip through the writer.

#include "core/io/mspdi_reader.h"

#include "core/io/mspdi_writer.h"
#include "core/schedule/schedule.h"
#include "support/plan_generator.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>

using namespace waveplan;

namespace {

/// A project of `tasks` (Task elements), `resources` and `assignments`, as MS Project
/// lays it out: the project's summary task first.
std::string project(const std::string &tasks, const std::string &resources = {}, const std::string &assignments = {},
                    const std::string &head = "<MinutesPerDay>480</MinutesPerDay>")
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<Project xmlns=\"http://schemas.microsoft.com/project\">\n"
           "<Name>Programme.xml</Name>\n"
           "<StartDate>2027-01-04T08:00:00</StartDate>\n" +
           head + "\n<Tasks>\n"
                  "<Task><UID>0</UID><ID>0</ID><Name>Programme</Name><OutlineLevel>0</OutlineLevel><Summary>1</Summary></Task>\n" +
           tasks + "</Tasks>\n<Resources>\n" + resources + "</Resources>\n<Assignments>\n" + assignments +
           "</Assignments>\n</Project>\n";
}

std::string task(int uid, const std::string &name, const std::string &duration, const std::string &more = {},
                 int level = 1)
{
    return "<Task><UID>" + std::to_string(uid) + "</UID><Name>" + name + "</Name><OutlineLevel>" +
           std::to_string(level) + "</OutlineLevel><Duration>" + duration + "</Duration>" + more + "</Task>\n";
}

std::string link(int predecessor, int type, long long lag = 0, int format = 7)
{
    return "<PredecessorLink><PredecessorUID>" + std::to_string(predecessor) + "</PredecessorUID><Type>" +
           std::to_string(type) + "</Type><LinkLag>" + std::to_string(lag) + "</LinkLag><LagFormat>" +
           std::to_string(format) + "</LagFormat></PredecessorLink>";
}

/// The head of a project on MS Project's Standard calendar: Saturdays and Sundays off.
std::string standardCalendarHead()
{
    return "<MinutesPerDay>480</MinutesPerDay>\n<CalendarUID>1</CalendarUID><Calendars><Calendar><UID>1</UID>"
           "<Name>Standard</Name><WeekDays><WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>"
           "<WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay></WeekDays></Calendar></Calendars>";
}

Plan settings()
{
    Plan plan;
    plan.name = "fallback";
    plan.waveLengthDays = 30;
    return plan;
}

MspdiImport imported(const std::string &xml)
{
    Result<MspdiImport> result = readMspdi(xml, "programme.xml", settings());
    EXPECT_TRUE(result) << result.errorText();
    return result ? std::move(result).value() : MspdiImport{};
}

const Dependency *dependency(const Plan &plan, const std::string &from, const std::string &to)
{
    for (const Dependency &d : plan.dependencies)
        if (d.predecessor == from && d.successor == to)
            return &d;
    return nullptr;
}

bool notesMention(const MspdiImport &import, const std::string &words)
{
    return std::any_of(import.notes.begin(), import.notes.end(),
                       [&](const std::string &note) { return note.find(words) != std::string::npos; });
}

} // namespace

TEST(MspdiReader, TasksBecomeCapabilitiesWithDaysByTheFilesMinutesPerDay)
{
    const MspdiImport result = imported(project(task(1, "Customer data platform", "PT80H0M0S") +
                                                task(2, "Consent", "PT4H0M0S") +
                                                task(5, "Consent and preference centre", "PT8H0M0S") +
                                                task(6, "Consent!", "PT8H0M0S") +
                                                task(3, "Launch", "PT0H0M0S", "<Milestone>1</Milestone>") +
                                                task(4, "Vendor wait", "PT48H0M0S", "<DurationFormat>8</DurationFormat>")));
    const Plan &plan = result.plan;
    EXPECT_EQ(plan.name, "Programme");
    EXPECT_EQ(formatIsoDate(plan.startDate), "2027-01-04");
    EXPECT_EQ(plan.waveLengthDays, 30); // MS Project has no waves: the settings give them
    ASSERT_EQ(plan.capabilities.size(), 6u);
    EXPECT_EQ(plan.capabilities[0].key, "CUSTOMER-DATA"); // "-PLATFORM" would pass 20 characters
    EXPECT_EQ(plan.capabilities[2].key, "CONSENT-PREFERENCE");
    EXPECT_EQ(plan.capabilities[3].key, "CONSENT-2"); // a second of the same
    EXPECT_EQ(plan.capabilities[3].name, "Consent!");
    EXPECT_EQ(plan.capabilities[0].name, "Customer data platform");
    EXPECT_EQ(plan.capabilities[0].id, 1);
    EXPECT_EQ(plan.capabilities[0].durationDays, 10); // 80 h of 8 h days
    EXPECT_EQ(plan.capabilities[1].durationDays, 1);  // half a day, rounded up
    EXPECT_EQ(plan.capabilities[4].durationDays, 0);  // a milestone stays one
    EXPECT_EQ(plan.capabilities[5].durationDays, 2);  // 48 elapsed hours
    EXPECT_TRUE(notesMention(result, "rounded up: CONSENT"));
    EXPECT_FALSE(notesMention(result, "LAUNCH")) << "a milestone is kept as it is: nothing to note";

    const MspdiImport tenHourDays =
        imported(project(task(1, "Build", "PT40H0M0S"), {}, {}, "<MinutesPerDay>600</MinutesPerDay>"));
    EXPECT_EQ(tenHourDays.plan.capabilities[0].durationDays, 4);
}

TEST(MspdiReader, SummaryTasksAreFlattenedAndTheirLinksApplyToEveryTaskUnderThem)
{
    // Discovery (summary) holds Research and Interviews; Build waits for Discovery; Discovery
    // waits for Kick-off.
    const MspdiImport result = imported(project(task(1, "Kick-off", "PT8H0M0S") +
                                                task(2, "Discovery", "PT80H0M0S", "<Summary>1</Summary>" + link(1, 1)) +
                                                task(3, "Research", "PT40H0M0S", {}, 2) +
                                                task(4, "Interviews", "PT80H0M0S", {}, 2) +
                                                task(5, "Build", "PT16H0M0S", link(2, 1, 4800 * 3))));
    const Plan &plan = result.plan;
    ASSERT_EQ(plan.capabilities.size(), 4u); // the summary is not a capability
    EXPECT_EQ(plan.findCapability("DISCOVERY"), nullptr);
    EXPECT_EQ(plan.dependencies.size(), 4u);
    EXPECT_NE(dependency(plan, "KICK-OFF", "RESEARCH"), nullptr);
    EXPECT_NE(dependency(plan, "KICK-OFF", "INTERVIEWS"), nullptr);
    ASSERT_NE(dependency(plan, "RESEARCH", "BUILD"), nullptr);
    EXPECT_EQ(dependency(plan, "RESEARCH", "BUILD")->lagDays, 3);
    EXPECT_EQ(dependency(plan, "INTERVIEWS", "BUILD")->lagDays, 3);
    EXPECT_EQ(plan.findCapability("RESEARCH")->notes, "In MS Project under the summary task: Discovery.");
    EXPECT_TRUE(notesMention(result, "1 summary task(s) were flattened"));
    // Others depend on Kick-off and the two research tasks: foundational; Build is additive.
    EXPECT_EQ(plan.findCapability("KICK-OFF")->kind, CapabilityKind::Foundational);
    EXPECT_EQ(plan.findCapability("BUILD")->kind, CapabilityKind::Additive);
}

TEST(MspdiReader, OtherLinkTypesBecomeTheWeakestFinishToStartThatKeepsThem)
{
    // A lasts 5 days, B 3. Lags: 2 days, 16 hours (2 days), 7 elapsed days, and 10 days.
    const std::string a = task(1, "A", "PT40H0M0S") + task(9, "Dropped", "PT8H0M0S", "<Active>0</Active>");
    const auto withLink = [&](const std::string &linkXml) {
        return imported(project(a + task(2, "B", "PT24H0M0S", linkXml)));
    };
    const MspdiImport finishToStart = withLink(link(1, 1, 2 * 4800) + link(9, 1));
    EXPECT_EQ(finishToStart.plan.capabilities.size(), 2u);
    EXPECT_EQ(finishToStart.plan.dependencies.size(), 1u) << "the link from an inactive task is left out with it";
    EXPECT_TRUE(notesMention(finishToStart, "Inactive tasks were left out, with their links and assignments: \"Dropped\""));
    EXPECT_EQ(finishToStart.plan.dependencies.at(0).lagDays, 2);
    EXPECT_FALSE(notesMention(finishToStart, "finish-to-start, so"));
    EXPECT_EQ(withLink(link(1, 1, 16 * 600, 5)).plan.dependencies.at(0).lagDays, 2);     // hours
    EXPECT_EQ(withLink(link(1, 1, 7 * 14400, 8)).plan.dependencies.at(0).lagDays, 7);    // elapsed days
    EXPECT_EQ(withLink(link(1, 1, 4800 / 2, 7)).plan.dependencies.at(0).lagDays, 1);     // half a day: one

    // Start-to-start +7 d: B may start 7 days after A starts = 2 days after A's 5 finish.
    const MspdiImport startToStart = withLink(link(1, 3, 7 * 4800));
    EXPECT_EQ(startToStart.plan.dependencies.at(0).lagDays, 2);
    EXPECT_TRUE(notesMention(startToStart, "The link \"A\" -> \"B\" is start-to-start in MS Project"));
    // Finish-to-finish +10 d: B finishes 10 days after A does, so starts 7 days after.
    const MspdiImport finishToFinish = withLink(link(1, 0, 10 * 4800));
    EXPECT_EQ(finishToFinish.plan.dependencies.at(0).lagDays, 7);
    EXPECT_TRUE(notesMention(finishToFinish, "is finish-to-finish in MS Project"));
    // Start-to-finish +10 d: B finishes 10 days after A starts: 10 - 5 - 3 = 2 after A finishes.
    const MspdiImport startToFinish = withLink(link(1, 2, 10 * 4800));
    EXPECT_EQ(startToFinish.plan.dependencies.at(0).lagDays, 2);
    EXPECT_TRUE(notesMention(startToFinish, "is start-to-finish in MS Project"));
    // A lead (negative lag) is no lag.
    const MspdiImport lead = withLink(link(1, 1, -4800));
    EXPECT_EQ(lead.plan.dependencies.at(0).lagDays, 0);
    EXPECT_TRUE(notesMention(lead, "Leads (negative lags) became no lag: \"A\" -> \"B\""));
}

TEST(MspdiReader, WorkResourcesBecomeTeamsAndAssignmentsTheirDemand)
{
    const std::string resources =
        "<Resource><UID>0</UID><ID>0</ID><Type>1</Type></Resource>\n" // MS Project's unnamed resource
        "<Resource><UID>7</UID><Name>Data team</Name><Type>1</Type><MaxUnits>3.00</MaxUnits></Resource>\n"
        "<Resource><UID>8</UID><Name>IT</Name><Type>1</Type><MaxUnits>0.5</MaxUnits></Resource>\n"
        "<Resource><UID>9</UID><Name>Licences</Name><Type>0</Type></Resource>\n";
    const std::string assignments =
        "<Assignment><UID>1</UID><TaskUID>1</TaskUID><ResourceUID>7</ResourceUID><Units>2</Units></Assignment>\n"
        "<Assignment><UID>2</UID><TaskUID>1</TaskUID><ResourceUID>8</ResourceUID><Units>0.5</Units></Assignment>\n"
        "<Assignment><UID>3</UID><TaskUID>1</TaskUID><ResourceUID>9</ResourceUID><Units>4</Units></Assignment>\n"
        "<Assignment><UID>4</UID><TaskUID>2</TaskUID><ResourceUID>-65535</ResourceUID></Assignment>\n";
    const MspdiImport result =
        imported(project(task(1, "CDP", "PT8H0M0S") + task(2, "Ads", "PT8H0M0S"), resources, assignments));
    const Plan &plan = result.plan;
    ASSERT_EQ(plan.teams.size(), 2u);
    EXPECT_EQ(plan.teams[0].name, "Data team");
    EXPECT_EQ(plan.teams[0].capacity, 3);
    EXPECT_EQ(plan.teams[0].id, 7);
    EXPECT_EQ(plan.teams[1].capacity, 1); // half a person is one
    EXPECT_EQ(plan.capabilities[0].demand,
              (std::vector<TeamDemand>{TeamDemand{"Data team", 2}, TeamDemand{"IT", 1}}));
    EXPECT_TRUE(plan.capabilities[1].demand.empty());
    EXPECT_TRUE(notesMention(result, "Material and cost resources are not teams and were left out: \"Licences\""));
    EXPECT_TRUE(notesMention(result, "maximum units were rounded: \"IT\""));
    EXPECT_TRUE(notesMention(result, "units were rounded: CDP"));
}

TEST(MspdiReader, AvailabilityPeriodsGiveTheWavesTheyCoverWhole)
{
    // 30-day waves from 2027-01-04: wave 2 is 2027-02-03 to 2027-03-04.
    const std::string resources = "<Resource><UID>1</UID><Name>Data</Name><MaxUnits>2</MaxUnits><AvailabilityPeriods>"
                                  "<AvailabilityPeriod><AvailableFrom>2027-02-03T00:00:00</AvailableFrom>"
                                  "<AvailableTo>2027-03-04T23:59:00</AvailableTo><AvailableUnits>4</AvailableUnits>"
                                  "</AvailabilityPeriod>"
                                  "<AvailabilityPeriod><AvailableFrom>2027-03-05T00:00:00</AvailableFrom>"
                                  "<AvailableTo>2027-03-20T23:59:00</AvailableTo><AvailableUnits>1</AvailableUnits>"
                                  "</AvailabilityPeriod></AvailabilityPeriods></Resource>";
    const MspdiImport result = imported(project(task(1, "CDP", "PT8H0M0S"), resources));
    ASSERT_EQ(result.plan.teams.size(), 1u);
    EXPECT_EQ(result.plan.teams[0].capacityByWave, (std::map<int, int>{{2, 4}}));
    EXPECT_TRUE(notesMention(result, "The availability of \"Data\" changes inside a wave"));
}

TEST(MspdiReader, OnlyTheLastPeriodEndingOnMsProjectsLastDateRunsToTheEndOfTime)
{
    // 30-day waves from 2049-10-01: wave 4 starts 2049-12-30 and ends 2050-01-28.
    const std::string resources = "<Resource><UID>1</UID><Name>Data</Name><MaxUnits>2</MaxUnits><AvailabilityPeriods>"
                                  "<AvailabilityPeriod><AvailableFrom>2049-12-30T00:00:00</AvailableFrom>"
                                  "<AvailableTo>2050-01-28T23:59:00</AvailableTo><AvailableUnits>5</AvailableUnits>"
                                  "</AvailabilityPeriod>"
                                  "<AvailabilityPeriod><AvailableFrom>2050-01-29T00:00:00</AvailableFrom>"
                                  "<AvailableTo>2049-12-31T23:59:00</AvailableTo><AvailableUnits>2</AvailableUnits>"
                                  "</AvailabilityPeriod></AvailabilityPeriods></Resource>";
    std::string xml = project(task(1, "CDP", "PT8H0M0S"), resources);
    xml.replace(xml.find("2027-01-04"), 10, "2049-10-01");
    const MspdiImport result = imported(xml);
    ASSERT_EQ(result.plan.teams.size(), 1u);
    EXPECT_EQ(result.plan.teams[0].capacityByWave, (std::map<int, int>{{4, 5}})) << "wave 4 only, not every wave after";
}

TEST(MspdiReader, DurationsAndLagsBeyondThePlanLimitsAreRefusedNotWrapped)
{
    const Result<MspdiImport> longTask =
        readMspdi(project(task(1, "Forever", "PT99999999999999999999H0M0S")), "p.xml", settings());
    ASSERT_FALSE(longTask);
    EXPECT_NE(longTask.errorText().find("at most 100000 are allowed"), std::string::npos) << longTask.errorText();
    const Result<MspdiImport> longLag =
        readMspdi(project(task(1, "A", "PT8H0M0S") + task(2, "B", "PT8H0M0S", link(1, 1, 4800LL * 200000))), "p.xml",
                  settings());
    ASSERT_FALSE(longLag);
    EXPECT_NE(longLag.errorText().find("the lag is longer than 100000 days"), std::string::npos) << longLag.errorText();
}

TEST(MspdiReader, ConstraintsAndDeadlinesOfOtherFilesBecomeWaves)
{
    // 30-day waves from 2027-01-04: 2027-03-10 (day 65) is in wave 3, 2027-05-01 (day 117) in wave 4.
    const MspdiImport result = imported(project(
        task(1, "A", "PT8H0M0S",
             "<ConstraintType>4</ConstraintType><ConstraintDate>2027-03-10T08:00:00</ConstraintDate>"
             "<Deadline>2027-05-01T17:00:00</Deadline>") +
        task(2, "B", "PT8H0M0S", "<ConstraintType>7</ConstraintType><ConstraintDate>2027-03-10T08:00:00</ConstraintDate>") +
        task(3, "C", "PT8H0M0S", "<ConstraintType>1</ConstraintType>")));
    EXPECT_EQ(result.plan.capabilities[0].earliestWave, 3);
    EXPECT_EQ(result.plan.capabilities[0].deadlineWave, 4);
    EXPECT_EQ(result.plan.capabilities[1].deadlineWave, 3);
    EXPECT_FALSE(result.plan.capabilities[2].earliestWave);
    EXPECT_TRUE(notesMention(result, "task \"C\" (UID 3) has the constraint As Late As Possible"));
}

TEST(MspdiReader, EveryRefusalIsListedAtOnceWithItsPathLineAndColumn)
{
    const std::string xml = project(task(1, "A", "PT8X") +                         // line 8
                                    task(1, "Again", "PT8H0M0S") +                  // line 9
                                    task(3, "C", "PT8H0M0S", link(42, 1)) +         // line 10
                                    "<Task><Name>No id</Name></Task>\n",            // line 11
                                    {},
                                    "<Assignment><TaskUID>3</TaskUID><ResourceUID>5</ResourceUID></Assignment>\n");
    const Result<MspdiImport> result = readMspdi(xml, "programme.xml", settings());
    ASSERT_FALSE(result);
    const std::string text = result.errorText();
    EXPECT_NE(text.find("programme.xml:8:"), std::string::npos) << text;
    EXPECT_NE(text.find("Project/Tasks/Task[2]/Duration: \"PT8X\" is not a duration such as PT40H0M0S"),
              std::string::npos) << text;
    EXPECT_NE(text.find("programme.xml:9:"), std::string::npos) << text;
    EXPECT_NE(text.find("Project/Tasks/Task[3]/UID: a second task with UID 1"), std::string::npos) << text;
    EXPECT_NE(text.find("Project/Tasks/Task[4]/PredecessorLink/PredecessorUID: no task has the UID 42"),
              std::string::npos) << text;
    EXPECT_NE(text.find("Project/Tasks/Task[5]: the task has no <UID>"), std::string::npos) << text;
    EXPECT_NE(text.find("Project/Assignments/Assignment/ResourceUID: no resource has the UID 5"), std::string::npos)
        << text;
    EXPECT_EQ(result.errors().size(), 5u) << text;
    EXPECT_TRUE(std::is_sorted(result.errors().begin(), result.errors().end(),
                               [](const Error &a, const Error &b) { return a.line < b.line; }))
        << "in the file's order: " << text;
}

TEST(MspdiReader, FilesThatAreNotMsProjectXmlAreRefusedWithWhereAndWhy)
{
    const Result<MspdiImport> broken = readMspdi("<?xml version=\"1.0\"?>\n<Project>\n<Tasks>\n</Project>\n", "p.xml", settings());
    ASSERT_FALSE(broken);
    EXPECT_EQ(broken.errors().at(0).line, 4) << broken.errorText();
    EXPECT_NE(broken.errorText().find("is not well-formed XML"), std::string::npos);

    const Result<MspdiImport> other = readMspdi("<graphml>\n</graphml>\n", "p.xml", settings());
    ASSERT_FALSE(other);
    EXPECT_NE(other.errorText().find("its first element is <graphml>, not <Project>"), std::string::npos)
        << other.errorText();

    const Result<MspdiImport> badField = readMspdi(
        project(task(1, "A", "PT8H0M0S",
                     "<ExtendedAttribute><FieldID>188743997</FieldID><Value>soon</Value></ExtendedAttribute>"),
                {}, {},
                "<ExtendedAttributes><ExtendedAttribute><FieldID>188743997</FieldID><Alias>Earliest wave</Alias>"
                "</ExtendedAttribute></ExtendedAttributes>"),
        "p.xml", settings());
    ASSERT_FALSE(badField);
    EXPECT_NE(badField.errorText().find("Project/Tasks/Task[2]/ExtendedAttribute/Value: \"soon\" is not a wave from 1 to 999"),
              std::string::npos)
        << badField.errorText();
}

TEST(MspdiReader, CustomFieldsFoundByAliasFillTheCapabilitysOwnFields)
{
    // A programme office's own file, with a KPI and an Owner column in Text20 and Text21.
    const MspdiImport result = imported(project(
        task(1, "CDP", "PT8H0M0S",
             "<ExtendedAttribute><FieldID>188744006</FieldID><Value>Head of Data</Value></ExtendedAttribute>"
             "<ExtendedAttribute><FieldID>188744007</FieldID><Value>Match rate 80%</Value></ExtendedAttribute>"),
        {}, {},
        "<ExtendedAttributes><ExtendedAttribute><FieldID>188744006</FieldID><Alias>owner</Alias></ExtendedAttribute>"
        "<ExtendedAttribute><FieldID>188744007</FieldID><Alias>KPI</Alias></ExtendedAttribute></ExtendedAttributes>"));
    EXPECT_EQ(result.plan.capabilities.at(0).owner, "Head of Data");
    EXPECT_EQ(result.plan.capabilities.at(0).kpi, "Match rate 80%");
}

TEST(MspdiReader, AWrittenPlanReadsBackAsTheSamePlan)
{
    for (std::uint64_t seed = 1; seed <= 12; ++seed) {
        SCOPED_TRACE(seed);
        test::GeneratorOptions options;
        options.capabilities = 25;
        Plan plan = withIds(test::generatePlan(seed, options));
        const Schedule schedule = computeSchedule(plan);
        const Result<std::string> xml = scheduleMspdi(plan, schedule);
        ASSERT_TRUE(xml) << xml.errorText();

        const Result<MspdiImport> back = readMspdi(xml.value(), "plan.xml", plan);
        ASSERT_TRUE(back) << back.errorText();
        EXPECT_TRUE(back->notes.empty()) << back->notes.front();
        // What MS Project XML does not carry: map positions and baselines.
        Plan expected = plan;
        for (Capability &c : expected.capabilities)
            c.position.reset();
        expected.baselines.clear();
        // A wave's capacity that equals the team's usual one changes nothing and is not kept.
        for (Team &team : expected.teams)
            std::erase_if(team.capacityByWave, [&](const auto &wave) { return wave.second == team.capacity; });
        EXPECT_EQ(back->plan.name, expected.name);
        EXPECT_EQ(back->plan.teams, expected.teams);
        ASSERT_EQ(back->plan.capabilities.size(), expected.capabilities.size());
        for (std::size_t i = 0; i < expected.capabilities.size(); ++i)
            EXPECT_EQ(back->plan.capabilities[i], expected.capabilities[i]) << expected.capabilities[i].key;
        EXPECT_EQ(back->plan.dependencies, expected.dependencies);
        EXPECT_EQ(back->plan, expected);
    }
}

TEST(MspdiReader, APlanWithACalendarAndProgressReadsBackAsTheSamePlan)
{
    // Worked weekdays, holidays, quarter waves and an as-of date with work done and under way:
    // the calendar travels as MS Project's, progress as its actual dates and status date.
    for (std::uint64_t seed = 1; seed <= 12; ++seed) {
        SCOPED_TRACE(seed);
        test::GeneratorOptions options;
        options.capabilities = 25;
        options.workCalendar = true;
        options.progress = true;
        Plan plan = withIds(test::generatePlan(seed, options));
        const Result<std::string> xml = scheduleMspdi(plan, computeSchedule(plan));
        ASSERT_TRUE(xml) << xml.errorText();
        Plan settings = plan; // the waves, which MS Project has none of; not the calendar
        settings.calendar = WorkCalendar{};
        settings.asOf.reset();
        const Result<MspdiImport> back = readMspdi(xml.value(), "plan.xml", settings);
        ASSERT_TRUE(back) << back.errorText();
        EXPECT_TRUE(back->notes.empty()) << back->notes.front();
        EXPECT_EQ(back->plan.calendar.worked, plan.calendar.worked);
        std::vector<Holiday> holidays = plan.calendar.holidays;
        std::sort(holidays.begin(), holidays.end(), [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
        std::erase_if(holidays, [&](const Holiday &h) { return h.date.year() < plan.startDate.year(); });
        const auto listed = [](const std::vector<Holiday> &days) {
            std::vector<std::string> lines;
            for (const Holiday &h : days)
                lines.push_back(formatIsoDate(h.date) + " " + h.name);
            return lines;
        };
        EXPECT_EQ(listed(back->plan.calendar.holidays), listed(holidays));
        EXPECT_EQ(back->plan.asOf, plan.asOf);
        ASSERT_EQ(back->plan.capabilities.size(), plan.capabilities.size());
        for (std::size_t i = 0; i < plan.capabilities.size(); ++i) {
            const Capability &was = plan.capabilities[i];
            const Capability &is = back->plan.capabilities[i];
            EXPECT_EQ(is.status, was.status) << was.key;
            EXPECT_EQ(is.actualStart, was.actualStart) << was.key;
            EXPECT_EQ(is.actualFinish, was.actualFinish) << was.key;
            EXPECT_EQ(is.remainingDays, was.remainingDays) << was.key;
            EXPECT_EQ(is.earliestWave, was.earliestWave) << was.key;
            EXPECT_EQ(is.deadlineWave, was.deadlineWave) << was.key;
        }
        ASSERT_EQ(back->plan.teams.size(), plan.teams.size());
        for (std::size_t i = 0; i < plan.teams.size(); ++i) { // capacity per wave, by the calendar's waves
            std::map<int, int> expected = plan.teams[i].capacityByWave; // those that change nothing are not kept
            std::erase_if(expected, [&](const auto &wave) { return wave.second == plan.teams[i].capacity; });
            EXPECT_EQ(back->plan.teams[i].capacityByWave, expected) << plan.teams[i].name;
        }
        // The same plan schedules to the same dates.
        EXPECT_EQ(computeSchedule(back->plan).makespanDays, computeSchedule(plan).makespanDays);
    }
}

TEST(MspdiReader, TheProjectCalendarsDaysOffBecomeHolidaysInEveryFormMsProjectWrites)
{
    const std::string calendars =
        "<CalendarUID>3</CalendarUID>\n<Calendars><Calendar><UID>3</UID><Name>Office</Name><WeekDays>"
        "<WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>"
        "<WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay>"
        "<WeekDay><DayType>6</DayType><DayWorking>0</DayWorking></WeekDay>" // Fridays off too
        // Project 2003's form: a period of days off, no name.
        "<WeekDay><DayType>0</DayType><DayWorking>0</DayWorking><TimePeriod><FromDate>2027-08-02T00:00:00</FromDate>"
        "<ToDate>2027-08-04T23:59:00</ToDate></TimePeriod></WeekDay></WeekDays><Exceptions>"
        // One-off, as Project 2010 writes it (daily, one occurrence).
        "<Exception><EnteredByOccurrences>0</EnteredByOccurrences><TimePeriod><FromDate>2027-03-29T00:00:00</FromDate>"
        "<ToDate>2027-03-29T23:59:00</ToDate></TimePeriod><Occurrences>1</Occurrences><Name>Easter Monday</Name>"
        "<Type>1</Type><Period>1</Period><DayWorking>0</DayWorking></Exception>"
        // Yearly on a date, 2020 to 2028: only 2027 and 2028 are kept for a plan of 2027.
        "<Exception><TimePeriod><FromDate>2020-01-01T00:00:00</FromDate><ToDate>2028-01-01T23:59:00</ToDate></TimePeriod>"
        "<Occurrences>9</Occurrences><Name>New Year's Day</Name><Type>2</Type><Month>0</Month><MonthDay>1</MonthDay>"
        "<DayWorking>0</DayWorking></Exception>"
        // Yearly by position: the fourth Thursday of November (25 Nov 2027), and the last Monday of May.
        "<Exception><TimePeriod><FromDate>2027-01-01T00:00:00</FromDate><ToDate>2027-12-31T23:59:00</ToDate></TimePeriod>"
        "<Name>Thanksgiving</Name><Type>3</Type><MonthItem>7</MonthItem><MonthPosition>3</MonthPosition><Month>10</Month>"
        "<DayWorking>0</DayWorking></Exception>"
        "<Exception><TimePeriod><FromDate>2027-01-01T00:00:00</FromDate><ToDate>2027-12-31T23:59:00</ToDate></TimePeriod>"
        "<Name>Memorial Day</Name><Type>3</Type><MonthItem>4</MonthItem><MonthPosition>4</MonthPosition><Month>4</Month>"
        "<DayWorking>0</DayWorking></Exception>"
        // What a plan's calendar cannot hold: a working Saturday, a weekly recurrence.
        "<Exception><TimePeriod><FromDate>2027-06-05T00:00:00</FromDate><ToDate>2027-06-05T23:59:00</ToDate></TimePeriod>"
        "<Name>Stocktake</Name><Type>1</Type><DayWorking>1</DayWorking></Exception>"
        "<Exception><TimePeriod><FromDate>2027-01-01T00:00:00</FromDate><ToDate>2027-12-31T23:59:00</ToDate></TimePeriod>"
        "<Name>Training Wednesdays</Name><Type>6</Type><DaysOfWeek>8</DaysOfWeek><DayWorking>0</DayWorking></Exception>"
        "</Exceptions></Calendar></Calendars>";
    const MspdiImport result =
        imported(project(task(1, "A", "PT8H0M0S"), {}, {}, "<MinutesPerDay>480</MinutesPerDay>\n" + calendars));
    const WorkCalendar &calendar = result.plan.calendar;
    EXPECT_EQ(formatWorkedWeekdays(calendar.worked), "mon-thu");
    std::vector<std::string> holidays;
    for (const Holiday &h : calendar.holidays)
        holidays.push_back(formatIsoDate(h.date) + " " + h.name);
    EXPECT_EQ(holidays, (std::vector<std::string>{"2027-01-01 New Year's Day", "2027-03-29 Easter Monday",
                                                  "2027-05-31 Memorial Day", "2027-08-02 Day off", "2027-08-03 Day off",
                                                  "2027-08-04 Day off", "2027-11-25 Thanksgiving",
                                                  "2028-01-01 New Year's Day"}));
    EXPECT_TRUE(notesMention(result, "that make days worked were left out (a plan's calendar has worked weekdays and "
                                     "days off only): \"Stocktake\""));
    EXPECT_TRUE(notesMention(result, "that recur weekly or monthly were left out; give those days as holidays: "
                                     "\"Training Wednesdays\""));
}

TEST(MspdiReader, DatesBecomeWavesByTheWorkingCalendar)
{
    // Monday to Friday from Monday 2027-01-04, waves of 30 days: wave 3 begins on Friday 5 March,
    // wave 4 on Sunday 4 April, whose first working day is Monday 5 April.
    const std::string head = standardCalendarHead();
    const MspdiImport result = imported(project(
        // Saturday 3 April is in wave 3, but work can start no earlier than Monday 5 April: wave 4.
        task(1, "A", "PT8H0M0S",
             "<ConstraintType>4</ConstraintType><ConstraintDate>2027-04-03T08:00:00</ConstraintDate>") +
            task(2, "B", "PT8H0M0S",
                 "<ConstraintType>4</ConstraintType><ConstraintDate>2027-04-02T08:00:00</ConstraintDate>"),
        "<Resource><UID>1</UID><Name>Data</Name><MaxUnits>2</MaxUnits><AvailabilityPeriods><AvailabilityPeriod>"
        "<AvailableFrom>2027-02-03T00:00:00</AvailableFrom><AvailableTo>2027-04-04T23:59:00</AvailableTo>"
        "<AvailableUnits>4</AvailableUnits></AvailabilityPeriod></AvailabilityPeriods></Resource>",
        {}, head));
    EXPECT_EQ(result.plan.calendar, mondayToFriday());
    EXPECT_EQ(result.plan.capabilities[0].earliestWave, 4);
    EXPECT_EQ(result.plan.capabilities[1].earliestWave, 3); // Friday 2 April
    // 3 February to Sunday 4 April holds every working day of waves 2 and 3, and only those.
    ASSERT_EQ(result.plan.teams.size(), 1u);
    EXPECT_EQ(result.plan.teams[0].capacityByWave, (std::map<int, int>{{2, 4}, {3, 4}}));
    EXPECT_FALSE(notesMention(result, "changes inside a wave"));
}

TEST(MspdiReader, WorkedDaysAndHolidaysGivenReplaceTheFilesWithANote)
{
    const std::string head = standardCalendarHead();
    Plan given = settings();
    given.calendar.worked = parseWorkedWeekdays("sun-thu").value();
    given.calendar.holidays = {Holiday{*parseIsoDate("2027-04-01"), "Founders' day"}};
    const Result<MspdiImport> result =
        readMspdi(project(task(1, "A", "PT8H0M0S"), {}, {}, head), "p.xml", given, MspdiGiven{false, true, true});
    ASSERT_TRUE(result) << result.errorText();
    EXPECT_EQ(result->plan.calendar, given.calendar);
    EXPECT_TRUE(notesMention(*result, "The worked days given replace those of the project calendar \"Standard\" "
                                      "(mon-fri)."));
    // Only the worked days given: the file's holidays (none) stay, with no note about them.
    const Result<MspdiImport> onlyDays =
        readMspdi(project(task(1, "A", "PT8H0M0S"), {}, {}, head), "p.xml", given, MspdiGiven{false, true, false});
    ASSERT_TRUE(onlyDays);
    EXPECT_TRUE(onlyDays->plan.calendar.holidays.empty());
}

TEST(MspdiReader, ActualDatesAndTheStatusDateBecomeProgressAndTheAsOfDate)
{
    const std::string head = "<MinutesPerDay>480</MinutesPerDay>\n<StatusDate>2027-03-01T17:00:00</StatusDate>";
    const MspdiImport result = imported(project(
        task(1, "Audit", "PT80H0M0S",
             "<PercentComplete>100</PercentComplete><ActualStart>2027-01-04T08:00:00</ActualStart>"
             "<ActualFinish>2027-01-15T17:00:00</ActualFinish><RemainingDuration>PT0H0M0S</RemainingDuration>") +
            task(2, "Build", "PT160H0M0S",
                 "<PercentComplete>40</PercentComplete><ActualStart>2027-02-01T08:00:00</ActualStart>"
                 "<RemainingDuration>PT92H0M0S</RemainingDuration>") +
            task(3, "Launch", "PT40H0M0S", "<RemainingDuration>PT40H0M0S</RemainingDuration>"),
        {}, {}, head));
    EXPECT_EQ(result.plan.asOf, parseIsoDate("2027-03-01"));
    const Capability &audit = result.plan.capabilities[0];
    EXPECT_EQ(audit.status, WorkStatus::Done);
    EXPECT_EQ(audit.actualStart, parseIsoDate("2027-01-04"));
    EXPECT_EQ(audit.actualFinish, parseIsoDate("2027-01-15"));
    EXPECT_FALSE(audit.remainingDays);
    const Capability &build = result.plan.capabilities[1];
    EXPECT_EQ(build.status, WorkStatus::InProgress);
    EXPECT_EQ(build.actualStart, parseIsoDate("2027-02-01"));
    EXPECT_EQ(build.remainingDays, 12); // 92 hours of 8: 11.5 days, a part of a day takes a day
    EXPECT_EQ(result.plan.capabilities[2].status, WorkStatus::Planned);
    EXPECT_FALSE(result.plan.capabilities[2].remainingDays);

    // Without a status date the progress is kept, and the plan is said to be scheduled as drafted.
    const MspdiImport undated = imported(project(task(2, "Build", "PT160H0M0S", "<ActualStart>2027-02-01T08:00:00</ActualStart>")));
    EXPECT_EQ(undated.plan.capabilities[0].status, WorkStatus::InProgress);
    EXPECT_TRUE(notesMention(undated, "1 task(s) record progress, but the file has no status date"));
}

TEST(MspdiReader, ProgressThatDoesNotHoldTogetherIsRefusedAtItsElement)
{
    const std::string head = "<MinutesPerDay>480</MinutesPerDay>\n<StatusDate>2027-03-01T17:00:00</StatusDate>";
    const std::string xml = project(task(1, "Audit", "PT80H0M0S",
                                         "<ActualStart>2027-03-08T08:00:00</ActualStart>"
                                         "<ActualFinish>2027-03-10T17:00:00</ActualFinish>") +
                                        task(2, "Build", "PT80H0M0S",
                                             "<ActualStart>2027-02-08T08:00:00</ActualStart>"
                                             "<ActualFinish>2027-02-01T17:00:00</ActualFinish>"),
                                    {}, {}, head);
    const Result<MspdiImport> result = readMspdi(xml, "programme.xml", settings());
    ASSERT_FALSE(result);
    const std::string text = result.errorText();
    EXPECT_NE(text.find("Project/Tasks/Task[2]/ActualStart: the task \"Audit\" (UID 1) started on 2027-03-08, "
                        "after the as-of date 2027-03-01"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("Project/Tasks/Task[3]/ActualFinish: the task \"Build\" (UID 2) finished on 2027-02-01, "
                        "before it started (2027-02-08)"),
              std::string::npos)
        << text;
    // A status date given (--as-of) wins over the file's: the same progress is fine as of 10 March.
    Plan later = settings();
    later.asOf = parseIsoDate("2027-03-10");
    const Result<MspdiImport> asOfLater = readMspdi(
        project(task(1, "Audit", "PT80H0M0S",
                     "<ActualStart>2027-03-08T08:00:00</ActualStart><ActualFinish>2027-03-10T17:00:00</ActualFinish>"),
                {}, {}, head),
        "programme.xml", later);
    ASSERT_TRUE(asOfLater) << asOfLater.errorText();
    EXPECT_EQ(asOfLater->plan.asOf, later.asOf);
}

TEST(MspdiReader, FilesMsProjectSavedImport)
{
    const std::filesystem::path dir = WAVEPLAN_MSPDI_DIR;
    if (!std::filesystem::is_directory(dir))
        GTEST_SKIP() << "MS Project's own files not found at " << dir << " (they live beside the checkout, in ../shared)";
    struct Expected {
        const char *file;
        const char *prefix;
        int tasks;
        const char *start;
    };
    for (const Expected &e : {Expected{"task-costs-project2003-mspdi.xml", "Cost", 10, ""},
                              Expected{"task-costs-project2010-mspdi.xml", "Cost", 10, ""},
                              Expected{"task-costs-project2019-mspdi.xml", "Cost", 10, "2018-10-18"},
                              Expected{"task-numbers-project2003-mspdi.xml", "Number", 20, "2014-10-17"},
                              Expected{"task-numbers-project2010-mspdi.xml", "Number", 20, ""},
                              Expected{"task-numbers-project2019-mspdi.xml", "Number", 20, ""}}) {
        SCOPED_TRACE(e.file);
        const Result<MspdiImport> result = readMspdiFile(dir / e.file, settings());
        ASSERT_TRUE(result) << result.errorText();
        const Plan &plan = result->plan;
        ASSERT_EQ(plan.capabilities.size(), static_cast<std::size_t>(e.tasks));
        for (int i = 0; i < e.tasks; ++i) {
            EXPECT_EQ(plan.capabilities[static_cast<std::size_t>(i)].name, e.prefix + std::to_string(i + 1));
            EXPECT_EQ(plan.capabilities[static_cast<std::size_t>(i)].durationDays, 1); // PT8H0M0S of 480 minutes
        }
        EXPECT_TRUE(plan.teams.empty()); // only MS Project's unnamed resource
        if (std::string(e.start).size() > 0) {
            EXPECT_EQ(formatIsoDate(plan.startDate), e.start);
        }
        // The Standard calendar works Monday to Friday: the plan's calendar, nothing left out.
        EXPECT_EQ(plan.calendar, mondayToFriday());
        EXPECT_FALSE(notesMention(*result, "calendar"));
        EXPECT_TRUE(computeSchedule(plan).feasible);
    }
}
