#include "core/io/mspdi_writer.h"

#include "core/io/mspdi_calendar.h"
#include "core/io/mspdi_fields.h"
#include "core/io/mspdi_xml.h"
#include "core/model/tracking.h"
#include "core/util/text.h"

#include <pugixml.hpp>

#include <algorithm>
#include <map>
#include <sstream>

namespace waveplan {

namespace {

using mspdi::kMinutesPerDay;

using mspdi::add;

/// "PT480H0M0S": `days` working days of kMinutesPerDay.
std::string durationText(long long days)
{
    return "PT" + std::to_string(days * kMinutesPerDay / 60) + "H0M0S";
}

class MspdiWriter {
public:
    MspdiWriter(const Plan &plan, const Schedule &schedule)
        : m_plan(withIds(plan)), m_waves(waveGrid(m_plan)), m_dates(m_plan), m_schedule(schedule)
    {
        for (const Capability &c : m_plan.capabilities)
            m_capabilityId.emplace(c.key, c.id);
        for (const Team &team : m_plan.teams)
            m_teamId.emplace(team.name, team.id);
        for (const Dependency &d : m_plan.dependencies)
            m_predecessors[d.successor].push_back(&d);
    }

    std::string write()
    {
        pugi::xml_node declaration = m_doc.append_child(pugi::node_declaration);
        declaration.append_attribute("version") = "1.0";
        declaration.append_attribute("encoding") = "UTF-8";
        declaration.append_attribute("standalone") = "yes";
        pugi::xml_node project = m_doc.append_child("Project");
        project.append_attribute("xmlns") = std::string(mspdi::kNamespace).c_str();
        writeProject(project);
        writeCustomFields(project.append_child("ExtendedAttributes"));
        pugi::xml_node calendars = project.append_child("Calendars");
        mspdi::writeCalendar(calendars, m_plan.calendar, 1);
        writeTasks(project.append_child("Tasks"));
        writeResources(project.append_child("Resources"));
        writeAssignments(project.append_child("Assignments"));
        std::ostringstream out;
        m_doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
        return out.str();
    }

private:
    std::string dayStarts(int day) const
    {
        return m_dates.isoDateOf(day) + std::string(mspdi::kDayStarts);
    }
    /// The end of the working day before `exclusiveDay`.
    std::string dayEnds(int exclusiveDay, int startDay) const
    {
        return m_dates.isoDateOf(std::max(startDay, exclusiveDay - 1)) +
               std::string(mspdi::kDayEnds);
    }

    void writeProject(pugi::xml_node project)
    {
        add(project, "SaveVersion", 14);
        add(project, "Name", m_plan.name);
        add(project, "Title", m_plan.name);
        add(project, "ScheduleFromStart", 1);
        add(project, "StartDate", formatIsoDate(m_plan.startDate) + std::string(mspdi::kDayStarts)); // worked or not
        add(project, "FinishDate", dayEnds(m_schedule.makespanDays, 0));
        add(project, "CalendarUID", 1);
        add(project, "DefaultStartTime", "08:00:00");
        add(project, "DefaultFinishTime", "17:00:00");
        add(project, "MinutesPerDay", kMinutesPerDay);
        const int perWeek = mspdi::workedDaysPerWeek(m_plan.calendar);
        add(project, "MinutesPerWeek", perWeek * kMinutesPerDay);
        add(project, "DaysPerMonth", perWeek == 7 ? 30 : perWeek * 4); // MS Project's 20 for a five-day week
        add(project, "DefaultTaskType", 0); // fixed units: people per day stay as given
        add(project, "DurationFormat", mspdi::kFormatDays);
        add(project, "HonorConstraints", 1);
        if (m_plan.asOf) // the day progress was reported on, MS Project's status date
            add(project, "StatusDate", formatIsoDate(*m_plan.asOf) + std::string(mspdi::kDayStarts));
        add(project, "NewTasksAreManual", 0);
    }

    void writeCustomFields(pugi::xml_node fields)
    {
        for (const mspdi::CustomField &custom : mspdi::kCustomFields) {
            pugi::xml_node field = fields.append_child("ExtendedAttribute");
            add(field, "FieldID", custom.fieldId);
            add(field, "FieldName", custom.fieldName);
            add(field, "Alias", custom.alias);
        }
    }

    void writeTasks(pugi::xml_node tasks)
    {
        // The project's summary task, as MS Project writes it.
        pugi::xml_node summary = tasks.append_child("Task");
        add(summary, "UID", 0);
        add(summary, "ID", 0);
        add(summary, "Name", m_plan.name);
        add(summary, "Type", 1);
        add(summary, "IsNull", 0);
        add(summary, "OutlineNumber", "0");
        add(summary, "OutlineLevel", 0);
        add(summary, "Start", dayStarts(0));
        add(summary, "Finish", dayEnds(m_schedule.makespanDays, 0));
        add(summary, "Duration", durationText(m_schedule.makespanDays));
        add(summary, "DurationFormat", mspdi::kFormatDays);
        add(summary, "Milestone", 0);
        add(summary, "Summary", 1);

        for (std::size_t i = 0; i < m_plan.capabilities.size(); ++i)
            writeTask(tasks.append_child("Task"), static_cast<int>(i));
    }

    void writeTask(pugi::xml_node task, int index)
    {
        const Capability &c = m_plan.capabilities[static_cast<std::size_t>(index)];
        const ScheduledCapability &s = m_schedule.capabilities[static_cast<std::size_t>(index)];
        const std::string row = std::to_string(index + 1);
        add(task, "UID", c.id);
        add(task, "ID", index + 1);
        add(task, "Name", c.name.empty() ? c.key : c.key + ": " + c.name);
        add(task, "Active", 1);
        add(task, "Manual", 0);
        add(task, "Type", 0);
        add(task, "IsNull", 0);
        add(task, "WBS", row);
        add(task, "OutlineNumber", row);
        add(task, "OutlineLevel", 1);
        add(task, "Start", dayStarts(s.startDay));
        // A milestone starts and finishes at the start of its day, as MS Project writes one.
        add(task, "Finish", isMilestone(c) ? dayStarts(s.startDay) : dayEnds(s.finishDay, s.startDay));
        add(task, "Duration", durationText(c.durationDays));
        add(task, "DurationFormat", mspdi::kFormatDays);
        add(task, "Milestone", isMilestone(c) ? 1 : 0);
        add(task, "Summary", 0);
        add(task, "Critical", s.critical ? 1 : 0);
        if (c.cost)
            add(task, "FixedCost", mspdi::currencyText(*c.cost));
        add(task, "PercentComplete", percentComplete(c, s));
        if (c.cost)
            add(task, "Cost", mspdi::currencyText(*c.cost));
        writeProgress(task, c);
        add(task, "ConstraintType", 4); // Start No Earlier Than: where Waveplan put it
        add(task, "ConstraintDate", dayStarts(s.startDay));
        if (c.deadlineWave)
            add(task, "Deadline", dayEnds(m_waves.firstDay(*c.deadlineWave + 1), 0));
        if (const std::string notes = mspdi::notesHeader(c) + c.notes; !notes.empty())
            add(task, "Notes", notes);
        for (const Dependency *d : m_predecessors[c.key]) {
            pugi::xml_node link = task.append_child("PredecessorLink");
            add(link, "PredecessorUID", m_capabilityId.at(d->predecessor));
            add(link, "Type", static_cast<int>(mspdi::LinkType::FinishToStart));
            add(link, "CrossProject", 0);
            add(link, "LinkLag", static_cast<long long>(d->lagDays) * kMinutesPerDay * mspdi::kLagUnitsPerMinute);
            add(link, "LagFormat", mspdi::kFormatDays);
        }
        for (const mspdi::CustomField &custom : mspdi::kCustomFields)
            if (const std::string value = fieldValue(c, custom.field); !value.empty()) {
                pugi::xml_node attribute = task.append_child("ExtendedAttribute");
                add(attribute, "FieldID", custom.fieldId);
                add(attribute, "Value", value);
            }
    }

    /// Done work 100; work under way the share of its working days already worked by the as-of
    /// date (what MS Project shows as % Complete); otherwise 0.
    long long percentComplete(const Capability &c, const ScheduledCapability &s) const
    {
        if (c.status == WorkStatus::Done)
            return 100;
        const std::optional<int> asOf = asOfDay(m_plan, m_dates);
        if (c.status != WorkStatus::InProgress || !asOf || !c.actualStart)
            return 0;
        const long long worked = std::max(0, *asOf - m_dates.dayOf(*c.actualStart));
        const long long left = std::max(0, s.finishDay - *asOf);
        return worked + left == 0 ? 0 : std::min<long long>(99, worked * 100 / (worked + left));
    }

    /// The capability's progress as MS Project's actual dates, and the days left when given.
    void writeProgress(pugi::xml_node task, const Capability &c)
    {
        if (c.actualStart)
            add(task, "ActualStart", formatIsoDate(*c.actualStart) + std::string(mspdi::kDayStarts));
        if (c.actualFinish)
            add(task, "ActualFinish", formatIsoDate(*c.actualFinish) +
                                          std::string(isMilestone(c) ? mspdi::kDayStarts : mspdi::kDayEnds));
        if (c.remainingDays)
            add(task, "RemainingDuration", durationText(*c.remainingDays));
    }

    static std::string optionalNumber(const std::optional<int> &number)
    {
        return number ? std::to_string(*number) : std::string();
    }

    static std::string fieldValue(const Capability &c, mspdi::Field field)
    {
        using mspdi::Field;
        switch (field) {
        case Field::Key: return c.key;
        case Field::Kind: return std::string(toString(c.kind));
        case Field::Owner: return c.owner;
        case Field::Kpi: return c.kpi;
        case Field::Approach: return std::string(toString(c.approach));
        case Field::Retires: return c.retires;
        case Field::ReadinessTechnical: return optionalNumber(c.readiness.technical);
        case Field::ReadinessSkills: return optionalNumber(c.readiness.skills);
        case Field::ReadinessProcess: return optionalNumber(c.readiness.process);
        case Field::Value: return c.value ? text::formatDecimal(*c.value) : std::string();
        case Field::EarliestWave: return optionalNumber(c.earliestWave);
        case Field::DeadlineWave: return optionalNumber(c.deadlineWave);
        case Field::PinnedWave: return optionalNumber(c.pinnedWave);
        case Field::GoLiveLimit: return {};
        }
        return {};
    }

    void writeResources(pugi::xml_node resources)
    {
        for (std::size_t i = 0; i < m_plan.teams.size(); ++i) {
            const Team &team = m_plan.teams[i];
            pugi::xml_node resource = resources.append_child("Resource");
            add(resource, "UID", team.id);
            add(resource, "ID", static_cast<long long>(i) + 1);
            add(resource, "Name", team.name);
            add(resource, "Type", 1); // work
            add(resource, "IsNull", 0);
            add(resource, "MaxUnits", team.capacity);
            add(resource, "CalendarUID", 1);
            if (team.goLiveLimit) {
                pugi::xml_node attribute = resource.append_child("ExtendedAttribute");
                add(attribute, "FieldID", mspdi::kCustomFields.back().fieldId);
                add(attribute, "Value", static_cast<long long>(*team.goLiveLimit));
            }
            if (!team.capacityByWave.empty())
                writeAvailability(resource.append_child("AvailabilityPeriods"), team);
        }
    }

    /// The team's people wave by wave, as runs of equal capacity from the start of time (wave
    /// 1 holds the days before the plan starts) to the end of time (after its last override,
    /// the team's usual capacity).
    void writeAvailability(pugi::xml_node periods, const Team &team)
    {
        std::vector<std::pair<int, int>> runs; // (first wave, people)
        for (int wave = 1; wave <= team.capacityByWave.rbegin()->first + 1; ++wave)
            if (runs.empty() || runs.back().second != team.capacityInWave(wave))
                runs.emplace_back(wave, team.capacityInWave(wave));
        for (std::size_t i = 0; i < runs.size(); ++i) {
            const auto dayOfWave = [&](int wave, int plus) {
                return m_dates.isoDateOf(m_waves.firstDay(wave) + plus);
            };
            pugi::xml_node period = periods.append_child("AvailabilityPeriod");
            add(period, "AvailableFrom", i == 0 ? std::string(mspdi::kFirstDate) : dayOfWave(runs[i].first, 0) + "T00:00:00");
            add(period, "AvailableTo",
                i + 1 == runs.size() ? std::string(mspdi::kLastDate) : dayOfWave(runs[i + 1].first, -1) + "T23:59:00");
            add(period, "AvailableUnits", runs[i].second);
        }
    }

    void writeAssignments(pugi::xml_node assignments)
    {
        long long uid = 0;
        for (std::size_t i = 0; i < m_plan.capabilities.size(); ++i) {
            const Capability &c = m_plan.capabilities[i];
            const ScheduledCapability &s = m_schedule.capabilities[i];
            for (const TeamDemand &demand : c.demand) {
                pugi::xml_node assignment = assignments.append_child("Assignment");
                add(assignment, "UID", ++uid);
                add(assignment, "TaskUID", c.id);
                add(assignment, "ResourceUID", m_teamId.at(demand.team));
                add(assignment, "Finish", dayEnds(s.finishDay, s.startDay));
                add(assignment, "Start", dayStarts(s.startDay));
                add(assignment, "Units", demand.people);
                add(assignment, "Work", durationText(static_cast<long long>(c.durationDays) * demand.people));
            }
        }
    }

    Plan m_plan;
    WaveGrid m_waves;
    PlanDates m_dates;
    const Schedule &m_schedule;
    std::map<std::string, CapabilityId, std::less<>> m_capabilityId;
    std::map<std::string, TeamId, std::less<>> m_teamId;
    std::map<std::string, std::vector<const Dependency *>, std::less<>> m_predecessors; ///< by successor, plan order
    pugi::xml_document m_doc;
};

} // namespace

Result<std::string> scheduleMspdi(const Plan &plan, const Schedule &schedule)
{
    if (schedule.capabilities.size() != plan.capabilities.size()) {
        const auto error = std::find_if(schedule.problems.begin(), schedule.problems.end(),
                                        [](const Problem &p) { return p.severity == Severity::Error; });
        return messageError("cannot be written as MS Project XML: the plan has no schedule" +
                            (error == schedule.problems.end() ? std::string(".") : " (" + error->message + ")."));
    }
    return MspdiWriter(plan, schedule).write();
}

} // namespace waveplan
