#include "ui/document/schedule_runner.h"

#include "ui/document/plan_document.h"

#include "core/log/logging.h"

#include <spdlog/spdlog.h>

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>

namespace waveplan::ui {

ScheduleOptions ScheduleRunner::defaultImprovementOptions()
{
    ScheduleOptions options;
    options.budgetMilliseconds = 2000;
    return options;
}

ScheduleRunner::ScheduleRunner(PlanDocument *document)
    : QObject(document)
    , m_document(document)
    , m_pool(new QThreadPool(this))
{
    // One worker: a cancelled search stops within moments, and the next one queues behind it
    // instead of competing with it for the processor.
    m_pool->setMaxThreadCount(1);
}

ScheduleRunner::~ScheduleRunner()
{
    for (const Job &job : m_jobs)
        *job.cancel = true;
    m_pool->waitForDone();
}

bool ScheduleRunner::isImproving() const
{
    return !m_jobs.empty() && m_jobs.back().revision == m_scheduleRevision;
}

Schedule ScheduleRunner::reschedule(quint64 revision, const ScheduleReference *reference, bool improve)
{
    m_scheduleRevision = revision;
    for (const Job &job : m_jobs)
        *job.cancel = true;

    const bool hasReference = reference != nullptr && !reference->empty();
    ScheduleOptions first;
    first.firstScheduleOnly = true;
    first.reference = hasReference ? reference : nullptr;
    Schedule schedule = computeSchedule(m_document->plan(), first);
    // A schedule on the lower bound cannot be beaten: no search to run.
    if (improve && m_improvementEnabled && !m_document->plan().capabilities.empty() && !schedule.provenShortest())
        start(revision, hasReference ? std::optional<ScheduleReference>(*reference) : std::nullopt);
    return schedule;
}

void ScheduleRunner::optimise(quint64 revision, std::function<void(const Schedule &)> done)
{
    m_scheduleRevision = revision;
    for (const Job &job : m_jobs)
        *job.cancel = true;
    start(revision, std::nullopt, std::move(done));
}

void ScheduleRunner::start(quint64 revision, std::optional<ScheduleReference> reference,
                           std::function<void(const Schedule &)> done)
{
    Job job{revision, std::make_shared<std::atomic<bool>>(false), new QFutureWatcher<Schedule>(this), std::move(done)};
    ScheduleOptions options = m_options;
    options.firstScheduleOnly = false;
    auto *watcher = job.watcher;
    connect(watcher, &QFutureWatcher<Schedule>::finished, this, [this, watcher] { finish(watcher); });
    // The worker owns a copy of the plan, of the reference and a share of the cancel flag, so
    // none can vanish under it; the runner's destructor waits for it anyway.
    watcher->setFuture(QtConcurrent::run(m_pool, [plan = m_document->plan(), options, reference = std::move(reference),
                                                  cancel = job.cancel]() mutable {
        options.cancel = cancel.get();
        options.reference = reference ? &*reference : nullptr;
        return computeSchedule(plan, options);
    }));
    m_jobs.push_back(std::move(job));
}

void ScheduleRunner::finish(QFutureWatcher<Schedule> *watcher)
{
    const auto found = std::find_if(m_jobs.begin(), m_jobs.end(), [watcher](const Job &j) { return j.watcher == watcher; });
    if (found == m_jobs.end())
        return;
    const Job job = *found;
    m_jobs.erase(found);
    watcher->deleteLater(); // we are inside its finished() signal

    const bool current = job.revision == m_scheduleRevision && !*job.cancel;
    if (current && job.done)
        job.done(watcher->result());
    else if (current)
        m_document->setSchedule(job.revision, watcher->result());
    else
        log::get("ui")->debug("discarded the schedule search for revision {} (plan now at revision {})",
                              job.revision, m_document->revision());
    emit improvementFinished(job.revision, current);
}

} // namespace waveplan::ui
