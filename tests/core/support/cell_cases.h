#pragma once
// One table of typed cells and what every entry point must make of them: the core grammar
// (core/model/cells), CSV import, the inspector and, later, the capability table. An accepted
// cell gives `value`; a refused one gives a message holding every one of `words`.
//
// The plan behind the cases: teams Data, Marketing and "R&D, Ops" (a name with a comma);
// capabilities DATA, CRM, ID and CDP, whose cells are the ones typed.

#include "core/model/capability.h"
#include "core/model/cells/depends_on_cell.h"
#include "core/model/plan.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace waveplan::test {

template <typename T> struct CellCase {
    /// A cell the grammar accepts as `value`.
    CellCase(std::string text, T accepted) : cell(std::move(text)), value(std::move(accepted)) {}
    /// A cell the grammar refuses with a message holding every one of `fragments`
    /// (`unused` keeps the table's columns lined up).
    CellCase(std::string text, T unused, std::vector<std::string> fragments)
        : cell(std::move(text)), value(std::move(unused)), words(std::move(fragments))
    {
    }

    std::string cell;
    T value;                        ///< when accepted
    std::vector<std::string> words; ///< when refused: what the message holds
    [[nodiscard]] bool accepted() const { return words.empty(); }
};

using DemandCase = CellCase<std::vector<TeamDemand>>;
using DependsOnCase = CellCase<std::vector<Predecessor>>;
using WholeCase = CellCase<std::optional<int>>;
using DecimalCase = CellCase<std::optional<double>>;

/// True when `message` holds every one of `words`.
inline bool holdsAll(const std::string &message, const std::vector<std::string> &words)
{
    for (const std::string &w : words)
        if (message.find(w) == std::string::npos)
            return false;
    return true;
}

/// The key of the capability whose cells the cases type.
inline const std::string kCaseCapability = "CDP";

/// Teams Data (3), Marketing (2), "R&D, Ops" (1); capabilities DATA, CRM, ID, CDP (10 days each).
inline Plan cellCasePlan()
{
    Plan plan;
    plan.teams = {{"Data", 3, {}, std::nullopt},
                  {"Marketing", 2, {}, std::nullopt},
                  {"R&D, Ops", 1, {}, std::nullopt}};
    for (const char *key : {"DATA", "CRM", "ID", "CDP"}) {
        Capability c;
        c.key = key;
        c.name = std::string("Capability ") + key;
        c.durationDays = 10;
        plan.capabilities.push_back(c);
    }
    return plan;
}

inline const std::vector<DemandCase> &demandCases()
{
    static const std::vector<DemandCase> cases = {
        {"", {}},
        {"Data:2", {{"Data", 2}}},
        {"Data:2; Marketing:1", {{"Data", 2}, {"Marketing", 1}}},
        {" Data : 2 ;Marketing; ", {{"Data", 2}, {"Marketing", 1}}},
        {"Data", {{"Data", 1}}},
        {"Data:2, Marketing:3", {{"Data", 2}, {"Marketing", 3}}},
        {"Data,Marketing", {{"Data", 1}, {"Marketing", 1}}},
        {"R&D, Ops:2; Data", {{"R&D, Ops", 2}, {"Data", 1}}},
        {"Data:0", {}, {"demand: the people for team \"Data\" must be a whole number from 1 to 100000", "got \"0\""}},
        {"Data:100000", {{"Data", 100000}}},
        {"Data:100001", {}, {"people for team \"Data\" must be a whole number from 1 to 100000", "got \"100001\""}},
        {"Data:2147483648", {}, {"people for team \"Data\"", "got \"2147483648\""}},
        {"Data:two", {}, {"people for team \"Data\"", "got \"two\""}},
        {"Data:-1", {}, {"people for team \"Data\"", "got \"-1\""}},
        {"Data:1.5", {}, {"people for team \"Data\"", "got \"1.5\""}},
        {"Data:", {}, {"people for team \"Data\"", "got \"\""}},
        {":2", {}, {"demand: \":2\" has no team name before the colon; expected Team:people"}},
        {"Data:1; Data:2", {}, {"demand names team \"Data\" more than once; give each team one entry"}},
        {"Data, Data:2", {}, {"demand names team \"Data\" more than once"}},
        {"Legal:1", {}, {"demand names team \"Legal\", which", "does not define; its teams are Data, Marketing, R&D, Ops"}},
    };
    return cases;
}

inline const std::vector<DependsOnCase> &dependsOnCases()
{
    static const std::vector<DependsOnCase> cases = {
        {"", {}},
        {"DATA", {{"DATA", 0}}},
        {"DATA; CRM+14", {{"DATA", 0}, {"CRM", 14}}},
        {"DATA+5d", {{"DATA", 5}}},
        {"DATA+5D", {{"DATA", 5}}},
        {" DATA + 5 d , CRM", {{"DATA", 5}, {"CRM", 0}}},
        {"DATA,CRM;ID+0", {{"DATA", 0}, {"CRM", 0}, {"ID", 0}}},
        {"DATA;", {{"DATA", 0}}},
        {"DATA+ten", {}, {"depends_on: the lag in \"DATA+ten\" must be a whole number of days from 0 to 100000"}},
        {"DATA+100000", {{"DATA", 100000}}},
        {"DATA+100001", {}, {"the lag in \"DATA+100001\" must be a whole number of days from 0 to 100000"}},
        {"DATA+2147483647", {}, {"the lag in \"DATA+2147483647\""}},
        {"DATA+-1", {}, {"the lag in \"DATA+-1\""}},
        {"DATA+", {}, {"the lag in \"DATA+\""}},
        {"DATA+5x", {}, {"the lag in \"DATA+5x\""}},
        {"+5", {}, {"depends_on: \"+5\" has no key before the '+'; expected KEY+LAG"}},
        {"DATA CRM", {}, {"depends_on: \"DATA CRM\" is not a valid key", "separate keys with ';' or ','"}},
        {"DATA; DATA+3", {}, {"depends_on names \"DATA\" more than once; list each predecessor once"}},
        {"NOPE", {}, {"depends_on names \"NOPE\", which is not the key of any capability"}},
        {"Crm", {}, {"\"Crm\"", "did you mean \"CRM\"? keys are case-sensitive"}},
        {"CDP", {}, {"depends_on names \"CDP\", the capability itself"}},
    };
    return cases;
}

/// earliest_wave (the same grammar as deadline_wave and pinned_wave).
inline const std::vector<WholeCase> &waveCases()
{
    static const std::vector<WholeCase> cases = {
        {"", std::nullopt},
        {"3", 3},
        {" 2 ", 2},
        {"999", 999},
        {"0", {}, {"earliest_wave must be a whole wave number from 1 to 999, or empty for none", "got \"0\""}},
        {"1000", {}, {"earliest_wave must be", "got \"1000\""}},
        {"x", {}, {"earliest_wave must be", "got \"x\""}},
        {"1.5", {}, {"earliest_wave must be", "got \"1.5\""}},
    };
    return cases;
}

/// readiness_technical (the same grammar as readiness_skills and readiness_process).
inline const std::vector<WholeCase> &readinessCases()
{
    static const std::vector<WholeCase> cases = {
        {"", std::nullopt},
        {"1", 1},
        {"5", 5},
        {"0", {}, {"readiness_technical must be a whole number from 1 (not ready) to 5 (ready)", "got \"0\""}},
        {"6", {}, {"readiness_technical must be", "got \"6\""}},
        {"high", {}, {"readiness_technical must be", "got \"high\""}},
    };
    return cases;
}

/// duration_days: required, so an accepted case always has a value.
inline const std::vector<WholeCase> &durationCases()
{
    static const std::vector<WholeCase> cases = {
        {"1", 1},
        {" 30 ", 30},
        {"100000", 100000},
        {"0", 0},
        {"", {}, {"duration_days is empty; expected a whole number of days from 0 (a milestone) to 100000"}},
        {"-1", {}, {"duration_days must be a whole number of days from 0 (a milestone) to 100000", "got \"-1\""}},
        {"100001", {}, {"duration_days must be", "got \"100001\""}},
        {"ten", {}, {"duration_days must be", "got \"ten\""}},
    };
    return cases;
}

/// value (the same grammar as cost).
inline const std::vector<DecimalCase> &decimalCases()
{
    static const std::vector<DecimalCase> cases = {
        {"", std::nullopt},
        {"1250", 1250.0},
        {" -3.5 ", -3.5},
        {"1e6", 1e6},
        {"1,200", {}, {"value must be a number such as 1250 or 1250.5", "got \"1,200\""}},
        {"nan", {}, {"value must be a number", "got \"nan\""}},
        {"12abc", {}, {"value must be a number", "got \"12abc\""}},
        {"lots", {}, {"value must be a number", "got \"lots\""}},
    };
    return cases;
}

} // namespace waveplan::test
