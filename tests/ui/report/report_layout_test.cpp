// The report's building blocks: the facts it states, text wrapping, and when a drawing is
// fitted to the page or tiled.

#include "ui/report/report_drawing.h"
#include "ui/report/report_facts.h"
#include "ui/report/report_pages.h"
#include "ui/report/wave_bars.h"

#include "core/schedule/schedule.h"

#include <QFontDatabase>
#include <QImage>

#include <gtest/gtest.h>

using namespace waveplan;
using namespace waveplan::ui::report;

namespace {

/// GOV (wave 1, no owner, low skills readiness) -> CDP (60 days, with KPI and owner) in a plan
/// of 30-day waves, so CDP starts in wave 2.
Plan twoWavePlan()
{
    Plan plan;
    plan.name = "Two waves";
    plan.startDate = *parseIsoDate("2027-01-04");
    plan.waveLengthDays = 30;
    plan.horizonWaves = 3;
    plan.teams = {{"Data", 2, {}, std::nullopt}};
    Capability gov;
    gov.key = "GOV";
    gov.name = "Data governance";
    gov.durationDays = 30;
    gov.demand = {{"Data", 1}};
    gov.readiness.skills = 1;
    Capability cdp;
    cdp.key = "CDP";
    cdp.name = "Customer data platform";
    cdp.kind = CapabilityKind::Additive;
    cdp.durationDays = 60;
    cdp.owner = "CMO";
    cdp.kpi = "Repeat rate";
    cdp.approach = Approach::Buy;
    cdp.demand = {{"Data", 2}};
    plan.capabilities = {gov, cdp};
    plan.dependencies = {{"GOV", "CDP", 3}};
    return plan;
}

} // namespace

TEST(ReportFacts, WhatMustBeTrueFirstNamesTheYearOnlyWhenItIsNotTheYearTheCapabilityStarts)
{
    Plan plan = twoWavePlan();
    plan.startDate = *parseIsoDate("2027-12-10"); // GOV's last day, day 29, is 2028-01-08
    plan.capabilities.front().durationDays = 15;   // now its last day is day 14, 2027-12-24
    const ReportFacts facts = reportFacts(plan, computeSchedule(plan));
    ASSERT_TRUE(facts.scheduled);
    const CapabilityRow *cdp = nullptr;
    for (const WaveSection &wave : facts.waves)
        for (const CapabilityRow &row : wave.rows)
            if (row.key == QStringLiteral("CDP"))
                cdp = &row;
    ASSERT_NE(cdp, nullptr);
    // CDP starts on day 15 + 3 = 18, 2027-12-28: the same year as GOV's finish.
    EXPECT_EQ(cdp->needsFirst, QStringLiteral("GOV (done 24 Dec, then 3 days)"));

    plan.dependencies.front().lagDays = 10; // CDP now starts on day 25, 2028-01-04
    const ReportFacts later = reportFacts(plan, computeSchedule(plan));
    const CapabilityRow *laterCdp = nullptr;
    for (const WaveSection &wave : later.waves)
        for (const CapabilityRow &row : wave.rows)
            if (row.key == QStringLiteral("CDP"))
                laterCdp = &row;
    ASSERT_NE(laterCdp, nullptr);
    EXPECT_EQ(laterCdp->needsFirst, QStringLiteral("GOV (done 24 Dec 2027, then 10 days)"));
}

TEST(ReportFacts, WavesListTheirCapabilitiesWithWhatMustBeTrueFirst)
{
    const Plan plan = twoWavePlan();
    const ReportFacts facts = reportFacts(plan, computeSchedule(plan));
    ASSERT_TRUE(facts.scheduled);
    // GOV: days 0-29 (wave 1). CDP: from day 30 + 3 lag = 33 (wave 2) for 60 days, last day 92.
    EXPECT_EQ(facts.makespanDays, 93);
    EXPECT_EQ(facts.endDate, QStringLiteral("2027-04-06")); // 2027-01-04 + 92 days
    ASSERT_EQ(facts.waves.size(), 4u); // 4 waves used (93 days / 30), the horizon is 3
    ASSERT_EQ(facts.waves[0].rows.size(), 1u);
    EXPECT_EQ(facts.waves[0].rows[0].key, QStringLiteral("GOV"));
    EXPECT_EQ(facts.waves[0].title, QStringLiteral("Wave 1: 2027-01-04 to 2027-02-02"));
    ASSERT_EQ(facts.waves[1].rows.size(), 1u);
    const CapabilityRow &cdp = facts.waves[1].rows[0];
    EXPECT_EQ(cdp.needsFirst, QStringLiteral("GOV (done 2 Feb, then 3 days)")); // GOV's last day: day 29
    EXPECT_EQ(cdp.dates, QStringLiteral("2027-02-06 to 2027-04-06"));
    EXPECT_EQ(cdp.teams, QStringLiteral("Data:2"));
    EXPECT_EQ(cdp.goLiveWave, 4);
    EXPECT_TRUE(facts.waves[2].rows.empty());
    EXPECT_TRUE(facts.waves[3].beyondHorizon);
    EXPECT_FALSE(facts.waves[2].beyondHorizon);

    EXPECT_EQ(facts.lowReadinessInWaveOne, QStringList{QStringLiteral("GOV")});
    EXPECT_EQ(facts.missingOwners, QStringList{QStringLiteral("GOV")});
    EXPECT_EQ(facts.missingKpis, QStringList{QStringLiteral("GOV")});
    EXPECT_EQ(facts.countsByKind.at(QStringLiteral("Foundational")), 1);
    EXPECT_EQ(facts.countsByKind.at(QStringLiteral("Additive")), 1);
    EXPECT_EQ(facts.countsByTeam.at(QStringLiteral("Data")), 2);
    EXPECT_EQ(facts.countsByApproach.at(QStringLiteral("Buy")), 1);
    ASSERT_EQ(facts.criticalChain.size(), 2u);
    EXPECT_EQ(facts.criticalChain[1].key, QStringLiteral("CDP"));
    const bool warnsMissingOwner = std::any_of(facts.problems.begin(), facts.problems.end(),
                                               [](const Problem &p) { return p.code == "missing-owner"; });
    EXPECT_TRUE(warnsMissingOwner);
}

TEST(ReportFacts, QuarterWavesAreNamedByTheirQuarterWithWorkedDates)
{
    Plan plan = twoWavePlan();
    plan.calendar = mondayToFriday();
    plan.waveScheme = WaveScheme::Quarters;
    const ReportFacts facts = reportFacts(plan, computeSchedule(plan));

    ASSERT_TRUE(facts.scheduled);
    // GOV: 30 weekdays from Monday 4 January, to Friday 12 February. CDP: from 3 working days
    // after (Thursday 18 February) for 60 weekdays; 1 April is working day 63, so its 60th day
    // is Wednesday 12 May, in Q2.
    EXPECT_EQ(facts.endDate, QStringLiteral("2027-05-12"));
    ASSERT_GE(facts.waves.size(), 2u);
    EXPECT_EQ(facts.waves[0].title, QStringLiteral("Q1 2027: 2027-01-04 to 2027-03-31"));
    EXPECT_EQ(facts.waves[0].rows.size(), 2u);
    ASSERT_GE(facts.waveSummaries.size(), 2u);
    EXPECT_EQ(facts.waveSummaries[1].name, QStringLiteral("Q2 2027"));
    EXPECT_EQ(facts.waveSummaries[1].dates, QStringLiteral("2027-04-01 to 2027-06-30"));
    EXPECT_EQ(facts.waveSummaries[1].goingLive, QStringList{QStringLiteral("Customer data platform")});
}

TEST(ReportFacts, TheSummaryTellsEachWavesGoLivesCostValueAndTheRisksThatMatterMost)
{
    Plan plan = twoWavePlan();
    plan.capabilities[0].cost = 1000;
    plan.capabilities[1].cost = 250000.5;
    plan.capabilities[1].value = 900000;
    plan.capabilities[1].deadlineWave = 3; // CDP's last day is in wave 4: a missed deadline
    const ReportFacts facts = reportFacts(plan, computeSchedule(plan));
    ASSERT_TRUE(facts.scheduled);
    ASSERT_EQ(facts.waveSummaries.size(), 4u);
    EXPECT_EQ(facts.waveSummaries[0].dates, QStringLiteral("2027-01-04 to 2027-02-02"));
    EXPECT_EQ(facts.waveSummaries[0].goingLive, QStringList{QStringLiteral("Data governance")});
    EXPECT_EQ(facts.waveSummaries[0].starting, 1);
    EXPECT_EQ(facts.waveSummaries[0].cost, 1000); // cost counts where the work starts...
    EXPECT_EQ(facts.waveSummaries[1].cost, 250000.5);
    EXPECT_EQ(facts.waveSummaries[1].valueLanded, 0);
    EXPECT_TRUE(facts.waveSummaries[1].goingLive.isEmpty());
    EXPECT_EQ(facts.waveSummaries[3].goingLive, QStringList{QStringLiteral("Customer data platform")});
    EXPECT_EQ(facts.waveSummaries[3].valueLanded, 900000); // ... value where it goes live
    EXPECT_TRUE(facts.anyCost);
    EXPECT_EQ(facts.totalCost, 251000.5);
    EXPECT_EQ(facts.totalValue, 900000);
    EXPECT_EQ(moneyText(facts.totalCost), QStringLiteral("251,000.50"));
    EXPECT_FALSE(facts.drivingPath.isEmpty());

    // The missed deadline first; then the advice, one sentence per kind with its capabilities.
    ASSERT_GE(facts.topRisks.size(), 4);
    EXPECT_TRUE(facts.topRisks[0].contains(QStringLiteral("CDP"))) << facts.topRisks[0].toStdString();
    EXPECT_TRUE(facts.topRisks[0].contains(QStringLiteral("must go live by the end of wave 3")))
        << facts.topRisks[0].toStdString();
    EXPECT_TRUE(facts.topRisks.contains(QStringLiteral("No owner yet: GOV."))) << facts.topRisks.join('|').toStdString();
    EXPECT_TRUE(facts.topRisks.contains(QStringLiteral("No KPI agreed: GOV.")));
    EXPECT_TRUE(facts.topRisks.contains(
        QStringLiteral("Low readiness (2 of 5 or less): 1 capabilities, by gap: skills 1.")));
    EXPECT_LE(facts.topRisks.size(), kTopRisks);
}

TEST(ReportFacts, WhatMustBeTrueFirstNamesEachPredecessorWithTheDayItIsDone)
{
    Plan plan = twoWavePlan();
    Capability ads;
    ads.key = "ADS";
    ads.name = "Paid media";
    ads.durationDays = 5;
    plan.capabilities.push_back(ads);
    plan.dependencies.push_back({"GOV", "ADS", 0});
    plan.dependencies.push_back({"CDP", "ADS", 5});
    const Schedule schedule = computeSchedule(plan);
    const ReportFacts facts = reportFacts(plan, schedule);
    ASSERT_TRUE(facts.scheduled);
    // GOV's last day is day 29 (2027-02-02), CDP's day 92 (2027-04-06).
    const auto row = std::find_if(facts.waves.back().rows.begin(), facts.waves.back().rows.end(),
                                  [](const CapabilityRow &r) { return r.key == QStringLiteral("ADS"); });
    ASSERT_NE(row, facts.waves.back().rows.end());
    EXPECT_EQ(row->needsFirst, QStringLiteral("GOV (done 2 Feb) and CDP (done 6 Apr, then 5 days)"));
    EXPECT_EQ(schedule.find("ADS")->startDay, 98); // day 93 + 5: the dates said are the schedule's
    EXPECT_EQ(row->reason, QStringLiteral("CDP finishes last."));
    // With one predecessor "Needs" says it all; another reason is a sentence of its own.
    const CapabilityRow &cdp = facts.waves[1].rows.front();
    EXPECT_EQ(cdp.key, QStringLiteral("CDP"));
    EXPECT_TRUE(cdp.reason.isEmpty()) << cdp.reason.toStdString();
    const CapabilityRow &gov = facts.waves[0].rows.front();
    EXPECT_EQ(gov.reason, QStringLiteral("Starts on the plan's first day, 2027-01-04; nothing holds it."));
}

TEST(ReportFacts, APlanWithACycleHasNoWavesButSaysWhy)
{
    Plan plan = twoWavePlan();
    plan.dependencies.push_back({"CDP", "GOV", 0});
    const ReportFacts facts = reportFacts(plan, computeSchedule(plan));
    EXPECT_FALSE(facts.scheduled);
    EXPECT_TRUE(facts.waves.empty());
    EXPECT_TRUE(facts.waveSummaries.empty());
    ASSERT_FALSE(facts.topRisks.isEmpty());
    EXPECT_TRUE(facts.topRisks.front().contains(QStringLiteral("go round in a circle")))
        << facts.topRisks.front().toStdString();
    ASSERT_FALSE(facts.problems.empty());
    EXPECT_EQ(facts.problems.front().severity, Severity::Error);
}

TEST(ReportText, WrappedLinesFitTheWidthAndKeepEveryWord)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8.5);
    QImage device(10, 10, QImage::Format_RGB32);
    const QFontMetricsF fm(font, &device);
    const QString text = QStringLiteral("Consent captured on 95% of new profiles before the CDP goes live, "
                                        "with a supercalifragilisticexpialidociouslylongword inside");
    const double width = fm.horizontalAdvance(QStringLiteral("Consent captured on 95%"));
    const QStringList lines = wrapText(text, fm, width);
    ASSERT_GT(lines.size(), 3);
    for (const QString &line : lines)
        EXPECT_LE(fm.horizontalAdvance(line), width) << line.toStdString();
    EXPECT_EQ(lines.join(QString()).remove(QLatin1Char(' ')), QString(text).remove(QLatin1Char(' ')));

    const QStringList two = wrapText(text, fm, width, 2);
    ASSERT_EQ(two.size(), 2);
    EXPECT_TRUE(two.last().endsWith(QChar(0x2026))) << two.last().toStdString();
    EXPECT_LE(fm.horizontalAdvance(two.last()), width);
}

TEST(ReportText, A10KilobyteWordIsCutIntoTheFewestLinesThatFit)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8.5);
    QImage device(10, 10, QImage::Format_RGB32);
    const QFontMetricsF fm(font, &device);
    QString word;
    for (int i = 0; word.size() < 10'000; ++i)
        word += QString::number(i % 10) + QStringLiteral("Wi");
    const double width = 300;

    const QStringList lines = wrapText(word, fm, width);

    EXPECT_EQ(lines.join(QString()), word) << "every character kept, in order";
    for (qsizetype i = 0; i < lines.size(); ++i) {
        EXPECT_LE(fm.horizontalAdvance(lines[i]), width) << i;
        // Each cut is as late as it can be: one more character would not fit.
        if (i + 1 < lines.size()) {
            EXPECT_GT(fm.horizontalAdvance(lines[i] + lines[i + 1].front()), width - fm.averageCharWidth() * 0.5) << i;
        }
    }
}

TEST(ReportDrawing, SmallDrawingsAreFittedLargeOnesTiledAtALegibleScale)
{
    // A page body of 1000 x 600 units; the drawing's text is 10.5 pt at 100 %.
    const double text = 10.5;
    const DrawingPlan small = planDrawing(QRectF(0, 0, 900, 500), 1000, 600, text);
    EXPECT_FALSE(small.tiled());
    EXPECT_NEAR(small.scale, std::min(1000.0 / 900, 600.0 / 500), 1e-9);

    // Fitting 1400 x 800 needs 0.714: 7.5 pt text, still legible.
    const DrawingPlan shrunk = planDrawing(QRectF(0, 0, 1400, 800), 1000, 600, text);
    EXPECT_FALSE(shrunk.tiled());
    EXPECT_NEAR(shrunk.scale, 1000.0 / 1400, 1e-9); // the width limits it
    // 1450 x 870 needs 0.69 (7.2 pt): fitted; 1700 x 900 would need 0.59 (6.2 pt): tiled.
    EXPECT_FALSE(planDrawing(QRectF(0, 0, 1450, 870), 1000, 600, text).tiled());
    EXPECT_TRUE(planDrawing(QRectF(0, 0, 1700, 900), 1000, 600, text).tiled());

    // 4000 x 3000 would need 0.2: tiled with 8 pt text instead, tiles covering it all.
    const DrawingPlan big = planDrawing(QRectF(0, 0, 4000, 3000), 1000, 600, text);
    ASSERT_TRUE(big.tiled());
    EXPECT_DOUBLE_EQ(big.scale * text, kTileTextPoints);
    const double tileWidth = 1000 / big.scale;
    const double tileHeight = 600 / big.scale;
    EXPECT_GE(tileWidth + (big.columns - 1) * (tileWidth - big.overlapX), 4000);
    EXPECT_LT(tileWidth + (big.columns - 2) * (tileWidth - big.overlapX), 4000) << "no empty column of tiles";
    EXPECT_GE(tileHeight + (big.rows - 1) * (tileHeight - big.overlapY), 3000);
    EXPECT_LT(tileHeight + (big.rows - 2) * (tileHeight - big.overlapY), 3000) << "no empty row of tiles";

    // Tiles overlap by the largest card (plus a little) so every card is whole on some tile.
    const DrawingPlan cards = planDrawing(QRectF(0, 0, 4000, 3000), 1000, 600, text, QSizeF(220, 96));
    EXPECT_DOUBLE_EQ(cards.overlapX, 228);
    EXPECT_DOUBLE_EQ(cards.overlapY, 104);
    // ... but never more than a third of a tile.
    const DrawingPlan bars = planDrawing(QRectF(0, 0, 4000, 3000), 1000, 600, text, QSizeF(2000, 30));
    EXPECT_DOUBLE_EQ(bars.overlapX, tileWidth / 3);
}

TEST(ReportText, ShortAmountsChooseTheirUnitAfterRounding)
{
    EXPECT_EQ(shortMoneyText(900), QStringLiteral("900"));
    EXPECT_EQ(shortMoneyText(250000), QStringLiteral("250k"));
    EXPECT_EQ(shortMoneyText(999999), QStringLiteral("1M"));
    EXPECT_EQ(shortMoneyText(1250000), QStringLiteral("1.25M"));
    EXPECT_EQ(shortMoneyText(2500000000.0), QStringLiteral("2.5B"));
    EXPECT_EQ(moneyText(1250000), QStringLiteral("1,250,000"));
}
