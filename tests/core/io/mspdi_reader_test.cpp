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
        // The Standard calendar rests on Saturdays and Sundays: said once.
        EXPECT_EQ(std::count_if(result->notes.begin(), result->notes.end(),
                                [](const std::string &n) {
                                    return n.find("\"Standard\" has days off (Saturday, Sunday)") != std::string::npos;
                                }),
                  1);
        EXPECT_TRUE(computeSchedule(plan).feasible);
    }
}
