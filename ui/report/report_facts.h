#pragma once
/// @file report_facts.h
/// What a wave-plan report says, worked out from a plan and its schedule before anything is
/// drawn: the summary counts, the capabilities of each wave in start order, what each needs
/// first, the problems and risks (lints, clashes, low readiness in wave 1). Plain values, so
/// the report's content can be checked without painting.

#include "core/model/plan.h"
#include "core/schedule/schedule.h"
#include "core/model/problem.h"

#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace waveplan::ui::report {

/// One capability as a row of its wave's table.
struct CapabilityRow {
    QString key;
    QString name;
    QString kind;       ///< "Foundational" / "Additive"
    QString teams;      ///< the demand cell: "Data:2; Marketing:1"
    QString owner;      ///< empty = nobody yet
    QString dates;      ///< "2027-01-04 to 2027-02-02"
    QString kpi;        ///< empty = none agreed
    QString readiness;  ///< "T3 S2 P4" or empty when not assessed
    bool lowReadiness = false;
    QString needsFirst; ///< its predecessors with their dates: "GOV (done 2027-02-02) and DATA (done 2027-03-01, then 5 days)", or empty
    QString reason;     ///< why it starts then, a sentence; empty when needsFirst says it (its one predecessor)
    bool critical = false;
    int goLiveWave = 0;
};

struct WaveSection {
    int wave = 0;
    QString title; ///< "Wave 1: 2027-01-04 to 2027-04-03" ("Q1 2027: ..." in quarters)
    bool beyondHorizon = false;
    std::vector<CapabilityRow> rows;
};

/// One wave as the executive summary tells it: what goes live, what it costs, what it lands.
struct WaveSummary {
    int wave = 0;
    QString name;           ///< "Wave 1", or "Q1 2027" when the plan's waves are quarters
    QString dates;          ///< "2027-01-04 to 2027-04-03"
    QStringList goingLive;  ///< names of the capabilities whose last day falls in the wave, in go-live order
    int starting = 0;       ///< capabilities that start in it
    double cost = 0;        ///< of the capabilities that start in it
    double valueLanded = 0; ///< of the capabilities that go live in it
};

/// One step of the critical path or chain with the reason it is there.
struct ChainStep {
    QString key;
    QString name;
    QString detail; ///< "days 0-29 (30 days)" and the binding reason
};

struct ReportFacts {
    QString planName;
    QString startDate;
    int waveCount = 0;      ///< waves the plan spans: the last go-live wave, at least the horizon
    int horizonWaves = 0;
    int waveLengthDays = 0;
    /// How waves are cut, in words: "waves of 90 days from 2027-01-04" or "calendar quarters,
    /// the fiscal year from January".
    QString waveRule;
    /// What a day is: "calendar days" or "working days (Monday to Friday, 11 holidays)".
    QString dayRule;
    /// With an as-of date: "As of 2027-04-05: 5 done, 3 under way; the rest is re-planned from
    /// that day." Empty without one.
    QString progress;
    int makespanDays = 0;
    QString endDate;        ///< last working day, empty without a schedule
    int minimumLengthDays = 0;
    bool scheduled = false; ///< the plan could be scheduled at all
    bool feasible = false;
    std::map<QString, int> countsByKind;
    std::map<QString, int> countsByTeam;     ///< capabilities making a demand on each team
    std::map<QString, int> countsByApproach;
    std::vector<WaveSection> waves;
    std::vector<ChainStep> criticalPath;
    std::vector<ChainStep> criticalChain;
    std::vector<Problem> problems; ///< validation and schedule problems, errors first, no duplicates
    QStringList lowReadinessInWaveOne; ///< keys
    // The executive summary (the report's first page).
    std::vector<WaveSummary> waveSummaries; ///< waves 1 to waveCount, when scheduled
    QString drivingPath;   ///< the driving path in words (describeDrivingPath)
    bool provenShortest = false;
    int lastGoLiveWave = 0; ///< the wave the last capability goes live in
    /// The risks that matter most, most severe first, one sentence each: each clash and
    /// overloaded team by itself, the lints grouped ("No owner yet: LOYALTY, SOCIAL", "Low
    /// readiness: 14 capabilities (technical 5, skills 9, process 4)").
    QStringList topRisks;
    bool anyCost = false;  ///< some capability has a cost
    bool anyValue = false; ///< some capability has a value
    double totalCost = 0;
    double totalValue = 0;
    QStringList missingOwners;
    QStringList missingKpis;
};

/// How many risks the summary lists at most.
inline constexpr int kTopRisks = 6;

/// Works out the facts. `schedule` must be the schedule of `plan`.
[[nodiscard]] ReportFacts reportFacts(const Plan &plan, const Schedule &schedule);

} // namespace waveplan::ui::report
