#pragma once
/// @file explanation.h
/// Private to core/schedule: why each capability starts when it does, who holds it there, the
/// slack each capability has and the driving path that follows. All computed after the
/// schedule, from its start days alone.

#include "core/model/plan_index.h"
#include "core/schedule/progress_frame.h"
#include "core/schedule/schedule.h"
#include "core/schedule/team_usage.h"

#include <vector>

namespace waveplan::detail {

/// The binding reason per capability (plan order): what stops it starting one day earlier.
/// Checked in this order: started work (done, under way), day 0, a predecessor, the as-of day,
/// its pin, its earliest wave, no-span, a full team, a team's change limit; otherwise Deferred.
/// With a progress frame, `plan` is what is left of a plan (remainingPlan).
[[nodiscard]] std::vector<StartReason> explainStarts(const Plan &plan, const PlanIndex &index,
                                                     const std::vector<int> &starts, const TeamUsage &usage,
                                                     const ProgressFrame *progress = nullptr);

/// For every capability with a TeamFull reason: the capability holding that team's capacity
/// on the day before it starts and finishing exactly when it starts (most people first, then
/// plan order); -1 for the others, and where capacity frees up for another reason (a wave with
/// more people). `usage` is of the same plan (its demands by team number). Linear in the plan size.
[[nodiscard]] std::vector<int> capacityHolders(const Plan &plan, const std::vector<int> &starts,
                                               const std::vector<StartReason> &reasons, const TeamUsage &usage);

/// For every capability with a GoLiveLimit reason: the others using that team that go live in
/// the reason's wave (plan order), whose go-live slots it waits behind; empty for the others.
[[nodiscard]] std::vector<std::vector<int>> goLiveSlotUsers(const Plan &plan, const std::vector<int> &starts,
                                                            const std::vector<StartReason> &reasons);

/// Latest finish, minus finish, per capability: the backward pass of CPM over dependencies,
/// capacity hand-overs (holder -> waiting capability) and go-live slots (a slot user must go
/// live in a wave before the one that waits behind it), capped by the makespan, deadlines and
/// pins. Negative only where the schedule already breaks a deadline or pin.
/// `holders` and `slotUsers` come from capacityHolders and goLiveSlotUsers.
[[nodiscard]] std::vector<int> slackDays(const Plan &plan, const PlanIndex &index, const std::vector<int> &starts,
                                         const std::vector<int> &holders,
                                         const std::vector<std::vector<int>> &slotUsers, int makespan);

/// From the plan start to the capability that ends at the makespan (first in plan order), each
/// held by the one before: binding predecessors, capacity holders, and across a go-live limit
/// a slot user with zero slack. Stops where nothing before it holds it with zero slack.
[[nodiscard]] std::vector<DrivingLink> drivingPath(const Plan &plan, const PlanIndex &index,
                                                   const std::vector<int> &starts,
                                                   const std::vector<StartReason> &reasons,
                                                   const std::vector<int> &holders,
                                                   const std::vector<std::vector<int>> &slotUsers,
                                                   const std::vector<int> &slack);

/// The plain sentence for a reason (without the capability's own key), with its days as the
/// dates `dates` gives them ("waits for DATA to finish on 2027-02-12 plus 5 days lag"): what a
/// reader of the plan understands without counting days. `predecessorIsMilestone`: the
/// predecessor of a Predecessor reason is a milestone, whose date is its finish day itself.
[[nodiscard]] std::string describe(const StartReason &reason, const PlanDates &dates,
                                   bool predecessorIsMilestone = false);

} // namespace waveplan::detail
