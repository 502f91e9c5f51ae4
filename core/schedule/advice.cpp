#include "core/schedule/advice.h"

#include "core/schedule/explanation.h"
#include "core/schedule/schedule_assembly.h"
#include "core/schedule/reason_text.h"
#include "core/schedule/team_usage.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <unordered_map>

namespace waveplan {

using detail::dayCount;
using detail::teamPhrase;

namespace {

std::string people(int n)
{
    return std::to_string(n) + (n == 1 ? " person" : " people");
}

/// "A", "A or B", "A, B or C", "A, B, C or 2 others" (with `word` = "or" or "and").
std::string listOf(const std::vector<std::string> &keys, const std::string &word)
{
    constexpr std::size_t kNamed = 3;
    if (keys.empty())
        return {};
    if (keys.size() == 1)
        return keys.front();
    const std::size_t named = std::min(keys.size(), kNamed);
    const std::size_t others = keys.size() - named;
    std::string text = keys.front();
    const std::size_t beforeLast = others > 0 ? named : named - 1;
    for (std::size_t k = 1; k < beforeLast; ++k)
        text += ", " + keys[k];
    if (others > 0)
        return text + " " + word + " " + std::to_string(others) + (others == 1 ? " other" : " others");
    return text + " " + word + " " + keys[named - 1];
}

/// The schedule as the engine's private helpers want it: start days and reasons in plan order.
struct Placed {
    std::vector<int> starts;
    std::vector<StartReason> reasons;
    std::vector<const ScheduledCapability *> entries;
};

std::optional<Placed> placed(const Plan &plan, const Schedule &schedule)
{
    std::unordered_map<std::string_view, const ScheduledCapability *> byKey;
    for (const ScheduledCapability &s : schedule.capabilities)
        byKey.emplace(s.key, &s);
    Placed p;
    for (const Capability &c : plan.capabilities) {
        const auto found = byKey.find(c.key);
        if (found == byKey.end())
            return std::nullopt; // the schedule is not of this plan
        p.starts.push_back(found->second->startDay);
        p.reasons.push_back(found->second->reason);
        p.entries.push_back(found->second);
    }
    return p;
}

/// Everything the advice for one capability looks at.
struct Subject {
    const Plan &plan;
    const Placed &placed;
    std::size_t index;
    const Capability &capability;
    int start;
    WaveGrid waves;
    PlanDates dates;

    /// "2027-02-12": the date of plan day `day`.
    [[nodiscard]] std::string on(int day) const { return dates.isoDateOf(day); }
};

/// What holds the capability once its binding predecessors no longer do: the latest of its
/// other predecessors (finish + lag), its pin and its earliest wave, or day 0.
struct NextHold {
    int day = 0;
    std::string phrase; ///< "it waits for X", "its pin to wave 3 holds it"; empty for day 0
    std::string key;    ///< the predecessor that holds it next, if one does
};

NextHold nextHold(const Subject &s, const std::vector<std::string> &ignoring)
{
    NextHold hold;
    for (const Dependency *d : s.plan.predecessorsOf(s.capability.key)) {
        if (std::find(ignoring.begin(), ignoring.end(), d->predecessor) != ignoring.end())
            continue;
        const int p = s.plan.indexOfCapability(d->predecessor);
        if (p < 0)
            continue;
        const auto pi = static_cast<std::size_t>(p);
        const int ready = s.placed.starts[pi] + s.plan.capabilities[pi].durationDays + d->lagDays;
        if (ready > hold.day)
            hold = {ready, "it waits for " + d->predecessor, d->predecessor};
    }
    if (const auto &pin = s.capability.pinnedWave; pin && s.waves.firstDay(*pin) > hold.day)
        hold = {s.waves.firstDay(*pin), "its pin to wave " + std::to_string(*pin) + " holds it", {}};
    if (const auto &earliest = s.capability.earliestWave; earliest && s.waves.firstDay(*earliest) > hold.day)
        hold = {s.waves.firstDay(*earliest),
                "its earliest wave, " + std::to_string(*earliest) + ", holds it", {}};
    return hold;
}

void predecessorAdvice(const Subject &s, std::vector<Advice> &out)
{
    std::vector<const Dependency *> binding;
    std::vector<std::string> keys;
    for (const Dependency *d : s.plan.predecessorsOf(s.capability.key)) {
        const int p = s.plan.indexOfCapability(d->predecessor);
        if (p < 0)
            continue;
        const auto pi = static_cast<std::size_t>(p);
        if (s.placed.starts[pi] + s.plan.capabilities[pi].durationDays + d->lagDays >= s.start) {
            binding.push_back(d);
            keys.push_back(d->predecessor);
        }
    }
    if (binding.empty())
        return;
    const std::string &self = s.capability.key;
    const NextHold hold = nextHold(s, keys);
    const int gain = std::max(0, s.start - hold.day);

    Advice finish;
    finish.kind = Advice::Kind::Predecessor;
    finish.keys = keys;
    finish.days = gain;
    if (binding.size() == 1) {
        const Dependency &d = *binding.front();
        const int p = s.plan.indexOfCapability(d.predecessor);
        const Capability &before = s.plan.capabilities[static_cast<std::size_t>(p)];
        const int finishDay = s.placed.starts[static_cast<std::size_t>(p)] + before.durationDays;
        const int lastDay = isMilestone(before) ? finishDay : finishDay - 1;
        finish.sentence = "Finish " + d.predecessor + " sooner: it finishes on " + s.on(lastDay) + " and " + self +
                          " can start " +
                          (d.lagDays > 0 ? "after " + dayCount(d.lagDays) + " of lag, on " + s.on(finishDay + d.lagDays)
                                         : (lastDay == finishDay ? "the same day" : "the next working day, " +
                                                                                        s.on(finishDay))) +
                          ".";
    } else {
        finish.sentence = "Finish " + listOf(keys, "and") + " sooner: " + self + " can start on " + s.on(s.start) +
                          ", once " + (binding.size() == 2 ? "both" : "all of them") + " have finished (with their lags).";
    }
    if (gain > 0) {
        finish.sentence += " Each day sooner, up to " + std::to_string(gain) + ", moves " + self +
                           " a day earlier if its teams have room";
        finish.sentence += hold.phrase.empty() ? "." : "; after that " + hold.phrase + ".";
        if (!hold.key.empty())
            finish.keys.push_back(hold.key); // named in the sentence, so a view can link it too
    } else {
        finish.sentence += " That alone does not move it: " + hold.phrase + " too.";
    }
    out.push_back(std::move(finish));

    for (const Dependency *d : binding) {
        Advice cut;
        cut.kind = Advice::Kind::Dependency;
        cut.keys = {d->predecessor};
        cut.days = d->lagDays;
        const Capability *p = s.plan.findCapability(d->predecessor);
        cut.sentence = "Shorten " + d->predecessor + " (" + dayCount(p->durationDays) + ")" +
                       (d->lagDays > 0 ? ", cut the " + std::to_string(d->lagDays) + "-day lag," : std::string(",")) +
                       " or remove the dependency " + d->predecessor + " -> " + self + " if " + self +
                       " can start without " + d->predecessor + ".";
        out.push_back(std::move(cut));
    }
}

bool pinBinds(const Subject &s)
{
    const auto &pin = s.capability.pinnedWave;
    return pin && s.start - 1 < s.waves.firstDay(*pin);
}

bool earliestBinds(const Subject &s)
{
    const auto &earliest = s.capability.earliestWave;
    return earliest && s.start - 1 < s.waves.firstDay(*earliest);
}

void pinAdvice(const Subject &s, std::vector<Advice> &out)
{
    Advice a;
    a.kind = Advice::Kind::Pin;
    a.wave = *s.capability.pinnedWave;
    a.sentence = "Unpin it (it is pinned to wave " + std::to_string(a.wave) + "), or pin it to an earlier wave.";
    out.push_back(std::move(a));
}

void earliestAdvice(const Subject &s, std::vector<Advice> &out)
{
    Advice a;
    a.kind = Advice::Kind::EarliestWave;
    a.wave = *s.capability.earliestWave;
    a.sentence = "Allow it before wave " + std::to_string(a.wave) + ": lower or clear its earliest wave (wave " +
                 std::to_string(a.wave) + " starts on " + s.on(s.waves.firstDay(a.wave)) + ").";
    out.push_back(std::move(a));
}

void noSpanAdvice(const Subject &s, int wave, std::vector<Advice> &out)
{
    const int from = std::max(nextHold(s, {}).day, s.waves.firstDay(wave));
    const int fits = std::max(0, s.waves.firstDay(wave + 1) - from);
    Advice a;
    a.kind = Advice::Kind::NoSpan;
    a.wave = wave;
    a.days = fits < s.capability.durationDays ? fits : 0;
    if (a.days > 0)
        a.sentence = "Shorten it to " + dayCount(a.days) + " (it takes " + std::to_string(s.capability.durationDays) +
                     ") so it fits in wave " + std::to_string(wave) + " from " + s.on(from) +
                     ", or let capabilities span waves (Plan Settings).";
    else
        a.sentence = "Let capabilities span waves (Plan Settings): it takes " + dayCount(s.capability.durationDays) +
                     " and would run past the end of wave " + std::to_string(wave) + " if it started earlier.";
    out.push_back(std::move(a));
}

void teamAdvice(const Subject &s, const detail::TeamUsage &usage, std::vector<Advice> &out)
{
    const int day = s.start - 1;
    const int wave = s.waves.waveOf(day);
    const std::vector<int> holders = detail::capacityHolders(s.plan, s.placed.starts, s.placed.reasons, usage);
    for (const auto &[t, need] : usage.demandOf(s.index)) {
        const Team &team = s.plan.teams[t];
        const int busy = usage.peopleOn(t, day);
        const int capacity = team.capacityInWave(wave);
        if (busy + need <= capacity)
            continue;
        // Who holds the team's people that day: the engine's hand-over first, then most people.
        std::vector<std::size_t> running;
        for (std::size_t j = 0; j < s.plan.capabilities.size(); ++j) {
            const int start = s.placed.starts[j];
            if (j != s.index && demandOn(s.plan.capabilities[j], team.name) > 0 && start <= day &&
                day < start + s.plan.capabilities[j].durationDays)
                running.push_back(j);
        }
        const auto first = static_cast<std::size_t>(holders[s.index]);
        std::stable_sort(running.begin(), running.end(), [&](std::size_t a, std::size_t b) {
            if ((a == first) != (b == first))
                return a == first;
            return demandOn(s.plan.capabilities[a], team.name) > demandOn(s.plan.capabilities[b], team.name);
        });
        Advice a;
        a.kind = Advice::Kind::TeamCapacity;
        a.team = team.name;
        a.wave = wave;
        a.days = day;
        a.people = busy + need - capacity;
        for (const std::size_t j : running)
            a.keys.push_back(s.plan.capabilities[j].key);
        const std::string name = teamPhrase(team.name);
        const std::string w = std::to_string(wave);
        if (capacity == 0)
            a.sentence = name + " has nobody in wave " + w + ": give it " + people(a.people) + " in wave " + w + ".";
        else if (a.keys.empty())
            a.sentence = name + " has " + people(capacity) + " in wave " + w + " and " + s.capability.key +
                         " needs " + std::to_string(need) + ": add " + people(a.people) + " to " + name +
                         " in wave " + w + ".";
        else
            a.sentence = name + " is full in wave " + w + " (" + std::to_string(busy) + " of " + people(capacity) +
                         " busy on " + s.on(day) + "): add " + people(a.people) + " to " + name +
                         " in wave " + w + ", or free people by finishing " + listOf(a.keys, "or") +
                         " sooner or moving " + (a.keys.size() == 1 ? "it" : "them") + " later.";
        out.push_back(std::move(a));
    }
}

void changeLimitAdvice(const Subject &s, const detail::TeamUsage &usage, std::vector<Advice> &out)
{
    const int wave = s.waves.waveOf(lastDayOf(s.capability, s.start - 1)); // go-live if a day earlier
    if (wave == s.waves.waveOf(lastDayOf(s.capability, s.start)))
        return;
    for (const auto &[t, need] : usage.demandOf(s.index)) {
        const Team &team = s.plan.teams[t];
        const int goLives = usage.goLivesIn(t, wave);
        if (!team.goLiveLimit || goLives + 1 <= *team.goLiveLimit)
            continue;
        Advice a;
        a.kind = Advice::Kind::GoLiveLimit;
        a.team = team.name;
        a.wave = wave;
        a.people = goLives + 1;
        for (std::size_t j = 0; j < s.plan.capabilities.size(); ++j) {
            const Capability &c = s.plan.capabilities[j];
            if (j != s.index && demandOn(c, team.name) > 0 &&
                s.waves.waveOf(lastDayOf(c, s.placed.starts[j])) == wave)
                a.keys.push_back(c.key);
        }
        const std::string w = std::to_string(wave);
        a.sentence = teamPhrase(team.name) + " already takes " + std::to_string(goLives) + (goLives == 1 ? " go-live" : " go-lives") + " in wave " + w +
                     ", its limit: raise the limit to " + std::to_string(a.people);
        if (!a.keys.empty())
            a.sentence += ", or move " + std::string(a.keys.size() == 1 ? "" : "one of ") + listOf(a.keys, "or") +
                          " (which go" + (a.keys.size() == 1 ? "es" : "") + " live then) out of wave " + w;
        a.sentence += ".";
        out.push_back(std::move(a));
    }
}

void deferredAdvice(const Subject &s, std::vector<Advice> &out)
{
    Advice a;
    a.kind = Advice::Kind::Deferred;
    a.sentence = "Nothing holds it on " + s.on(s.start - 1) + ": the scheduler started it on " + s.on(s.start) +
                 " to leave room for others, so starting it earlier would delay something else.";
    if (s.placed.entries[s.index]->wave > 1)
        a.sentence += " Pin it to an earlier wave to insist.";
    out.push_back(std::move(a));
}

/// Advice for work under way or done, and for work held by the as-of date.
std::optional<Advice> progressAdvice(const Plan &plan, const detail::ProgressFrame &frame, std::size_t i,
                                     const StartReason &reason)
{
    const Capability &c = plan.capabilities[i];
    if (frame.done(i))
        return Advice{Advice::Kind::Started, "It is done: nothing to move.", {}, {}, 0, 0, 0};
    if (frame.started(i))
        return Advice{Advice::Kind::Started,
                      "It has been under way since " + formatIsoDate(*c.actualStart) +
                          ": its start is a fact. To finish it sooner, lower its remaining days (" +
                          dayCount(frame.remainingDays[i]) + " from the as-of date) or add people.",
                      {}, {}, 0, frame.remainingDays[i], 0};
    if (reason.kind == ReasonKind::AsOf)
        return Advice{Advice::Kind::AsOf,
                      "It starts on the as-of date, " + formatIsoDate(frame.asOf) +
                          ", the day the plan is re-planned from: nothing can start in the past.",
                      {}, {}, 0, 0, 0};
    return std::nullopt;
}

} // namespace

std::vector<Advice> moveEarlierAdvice(const Plan &plan, const Schedule &schedule, std::string_view key)
{
    const int index = plan.indexOfCapability(key);
    if (index < 0)
        return {};
    // With an as-of date the engine's helpers look at what is left of the plan, at its days.
    const PlanIndex planIndex(plan);
    const detail::SchedulingScope scope(plan, planIndex);
    const detail::ProgressFrame &frame = scope.frame();
    const Plan &subject = scope.plan();
    std::optional<Placed> p = placed(subject, schedule);
    if (!p)
        return {};
    const auto i = static_cast<std::size_t>(index);
    if (frame.active) {
        if (std::optional<Advice> a = progressAdvice(plan, frame, i, p->reasons[i]))
            return {*a};
        for (std::size_t j = 0; j < p->starts.size(); ++j)
            if (frame.started(j))
                p->starts[j] = frame.fixedDay[j];
    }
    const Subject s{subject, *p, i, subject.capabilities[i], p->starts[i], waveGrid(subject), PlanDates(subject)};
    std::vector<Advice> advice;
    if (s.start <= 0) {
        advice.push_back({Advice::Kind::AlreadyAtStart,
                          "It starts on the plan's first day, " + s.on(0) + ": nothing holds it.", {}, {}, 0, 0, 0});
        return advice;
    }
    const StartReason &reason = p->reasons[i];
    switch (reason.kind) {
    case ReasonKind::Predecessor:
        predecessorAdvice(s, advice);
        if (pinBinds(s))
            pinAdvice(s, advice);
        if (earliestBinds(s) && !pinBinds(s))
            earliestAdvice(s, advice);
        break;
    case ReasonKind::Pinned:
        pinAdvice(s, advice);
        if (earliestBinds(s) && s.capability.earliestWave != s.capability.pinnedWave)
            earliestAdvice(s, advice);
        break;
    case ReasonKind::EarliestWave:
        earliestAdvice(s, advice);
        break;
    case ReasonKind::NoSpan:
        noSpanAdvice(s, reason.wave, advice);
        break;
    case ReasonKind::TeamFull:
        teamAdvice(s, detail::TeamUsage(plan, p->starts), advice);
        break;
    case ReasonKind::GoLiveLimit:
        changeLimitAdvice(s, detail::TeamUsage(plan, p->starts), advice);
        break;
    case ReasonKind::Start:
    case ReasonKind::Deferred:
    case ReasonKind::AsOf: // answered by progressAdvice
    case ReasonKind::UnderWay:
    case ReasonKind::Done:
        break;
    }
    if (advice.empty()) // nothing binds any more (or the reason says so): the scheduler's choice
        deferredAdvice(s, advice);
    return advice;
}

} // namespace waveplan
