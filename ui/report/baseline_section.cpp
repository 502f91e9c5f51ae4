#include "ui/report/baseline_section.h"

#include "ui/report/report_pages.h"
#include "ui/report/report_table.h"
#include "ui/text/qt_text.h"

#include "core/model/plan.h"
#include "core/schedule/baseline_drift.h"
#include "core/schedule/schedule.h"
#include "core/schedule/schedule_changes.h"

#include <QCoreApplication>

#include <algorithm>

namespace waveplan::ui::report {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("waveplan::ui::report::BaselineSection", text);
}

QString nameOf(const Plan &plan, const std::string &key) {
    const Capability *c = plan.findCapability(key);
    return c ? qs(c->name) : QString();
}

} // namespace

void writeBaselineSection(ReportPages &pages, const Plan &plan, const Schedule &schedule,
                          const Baseline &baseline) {
    const ReportStyle &style = pages.style();
    const QString name = qs(baseline.name);
    pages.heading(tr("Changes since %1").arg(name));
    if (schedule.capabilities.empty()) {
        pages.paragraph(
            tr("The plan has no schedule now, so it cannot be measured against %1.").arg(name),
            style.body, style.muted);
        return;
    }
    BaselineChanges changes = changesSinceBaseline(baseline, plan, schedule);
    const QString endThen = qs(formatIsoDate(baseline.dateOfDay(std::max(0, baseline.endDay - 1))));
    const QString endNow =
        qs(formatIsoDate(waveplan::dateOfDay(plan, std::max(0, schedule.makespanDays - 1))));
    const QString ends =
        changes.endShiftDays == 0
            ? tr("The plan still ends on %1, as it did then.").arg(endNow)
            : tr("The plan now ends %1: %2 instead of %3.")
                  .arg(qs(daysLaterOrSooner(changes.endShiftDays)), endNow, endThen);
    pages.paragraph(tr("%1 was frozen on %2. %3 Since then %4 capabilities changed wave or go-live "
                       "date, %5 were added "
                       "and %6 removed; %7 are as they were.")
                        .arg(name, qs(formatIsoDate(baseline.frozenOn)), ends)
                        .arg(changes.drifted.size())
                        .arg(changes.added.size())
                        .arg(changes.removed.size())
                        .arg(changes.unchanged),
                    style.body, style.text);

    if (!changes.drifted.empty()) {
        // Biggest slips first: what the board asks about.
        std::stable_sort(
            changes.drifted.begin(), changes.drifted.end(),
            [](const auto &a, const auto &b) { return a.second.finishDays > b.second.finishDays; });
        pages.subheading(tr("Moved (latest go-live first)"));
        QStringList keys;
        for (const auto &[key, drift] : changes.drifted)
            keys << qs(key);
        ReportTable table(
            pages, {{tr("Key"), 0, false, ReportTable::keyColumnWidth(pages, keys, 36, 110), true},
                    {tr("Capability"), 30},
                    {tr("Wave then / now"), 12},
                    {tr("Went live then"), 14},
                    {tr("Goes live now"), 14},
                    {tr("Change"), 10, true}});
        for (const auto &[key, drift] : changes.drifted) {
            const ScheduledCapability *now = schedule.find(key);
            const QString waves = drift.fromWave == drift.toWave
                                      ? tr("W%1").arg(drift.toWave)
                                      : tr("W%1 \u2192 W%2").arg(drift.fromWave).arg(drift.toWave);
            table.addRow(QStringList{qs(key), nameOf(plan, key), waves,
                                     qs(formatIsoDate(drift.baselineFinish)),
                                     qs(formatIsoDate(waveplan::dateOfDay(plan, now->lastDay()))),
                                     qs(driftCellText(drift.finishDays))});
        }
        table.end();
    }
    const auto listKeys = [&](const QString &title, const std::vector<std::string> &keys) {
        if (keys.empty())
            return;
        QStringList shown;
        for (const std::string &key : keys) {
            const QString capability = nameOf(plan, key);
            shown << (capability.isEmpty() ? qs(key)
                                           : QStringLiteral("%1 (%2)").arg(qs(key), capability));
        }
        pages.subheading(title);
        pages.paragraph(shown.join(QStringLiteral(", ")), style.body, style.text);
    };
    listKeys(tr("Added since %1").arg(name), changes.added);
    listKeys(tr("Removed since %1").arg(name), changes.removed);
}

} // namespace waveplan::ui::report
