#include "core/io/mspdi_reader.h"

#include "core/io/atomic_file.h"
#include "core/io/mspdi_calendar.h"
#include "core/io/mspdi_fields.h"
#include "core/io/mspdi_xml.h"
#include "core/model/plan_limits.h"
#include "core/model/tracking.h"
#include "core/model/wave_grid.h"
#include "core/util/text.h"

#include <pugixml.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>
#include <map>
#include <set>

namespace waveplan {

namespace {

using mspdi::Field;

/// Errors and notes beyond these are counted, not listed, so one message stays readable.
constexpr std::size_t kMaxListed = 50;
constexpr double kMinutesPerElapsedDay = 24 * 60;

/// A task of the file (not the project's own summary task, not a blank row).
struct FileTask {
    pugi::xml_node node;
    long long uid = 0;
    std::string name;
    int level = 1;
    int parent = -1;            ///< index into the tasks, or -1 at the top
    std::vector<int> children;
    int capability = -1;        ///< index into the plan's capabilities, for a task that is not a summary
};

/// "PT8H30M0S", "P2DT4H", "-PT1H" in minutes; nullopt for anything else (years and months
/// have no fixed length, so they are refused too).
std::optional<double> durationMinutes(std::string_view text)
{
    text = text::trim(text);
    bool negative = false;
    if (!text.empty() && text.front() == '-') {
        negative = true;
        text.remove_prefix(1);
    }
    if (text.empty() || text.front() != 'P')
        return std::nullopt;
    text.remove_prefix(1);
    double minutes = 0;
    bool inTime = false;
    bool any = false;
    while (!text.empty()) {
        if (text.front() == 'T') {
            if (inTime)
                return std::nullopt;
            inTime = true;
            text.remove_prefix(1);
            continue;
        }
        std::size_t length = 0;
        while (length < text.size() && (std::isdigit(static_cast<unsigned char>(text[length])) || text[length] == '.'))
            ++length;
        if (length == 0 || length == text.size())
            return std::nullopt;
        const std::optional<double> number = text::parseDecimal(text.substr(0, length));
        if (!number || *number < 0)
            return std::nullopt;
        const char unit = text[length];
        text.remove_prefix(length + 1);
        if (!inTime && unit == 'D')
            minutes += *number * kMinutesPerElapsedDay;
        else if (!inTime && unit == 'W')
            minutes += *number * 7 * kMinutesPerElapsedDay;
        else if (inTime && unit == 'H')
            minutes += *number * 60;
        else if (inTime && unit == 'M')
            minutes += *number;
        else if (inTime && unit == 'S')
            minutes += *number / 60;
        else
            return std::nullopt;
        any = true;
    }
    if (!any)
        return std::nullopt;
    return negative ? -minutes : minutes;
}

/// Whole days for `minutes` of `perDay` each, rounded up (a part of a day takes a day); past
/// the longest a plan allows the answer is that limit plus one (never an overflowing cast).
long long wholeDays(double minutes, double perDay)
{
    const double days = std::ceil(minutes / perDay - 1e-9);
    const double limit = static_cast<double>(std::max(kMaxDurationDays, kMaxLagDays)) + 1;
    if (!(days < limit)) // also NaN
        return static_cast<long long>(limit);
    return static_cast<long long>(std::max(days, -limit));
}

class MspdiReader {
public:
    MspdiReader(std::string_view xml, std::string file, const Plan &settings, MspdiGiven given)
        : m_xml(xml), m_file(std::move(file)), m_settings(settings), m_given(given)
    {
    }

    Result<MspdiImport> read()
    {
        const pugi::xml_parse_result parsed =
            m_doc.load_buffer(m_xml.data(), m_xml.size(), pugi::parse_default, pugi::encoding_utf8);
        if (!parsed) {
            const auto [line, column] = lineAndColumn(static_cast<std::size_t>(std::max<std::ptrdiff_t>(parsed.offset, 0)));
            return Error{std::string("is not well-formed XML: ") + parsed.description(), m_file, line, column};
        }
        const pugi::xml_node project = m_doc.document_element();
        if (std::string_view(project.name()) != "Project")
            return Error{"is not an MS Project XML file: its first element is <" + std::string(project.name()) +
                             ">, not <Project> (in MS Project: File > Save As > XML Format)",
                         m_file, locate(project).first, locate(project).second};

        readProject(project);
        readCustomFieldDefinitions(project.child("ExtendedAttributes"));
        readCalendar(project);
        readTasks(project.child("Tasks"));
        readLinks();
        readResources(project.child("Resources"));
        readAssignments(project.child("Assignments"));
        chooseKinds();
        if (m_withProgress > 0 && !m_plan.asOf)
            note(std::to_string(m_withProgress) + " task(s) record progress, but the file has no status date: until the "
                 "plan has an as-of date (Plan Settings, or --as-of), it is scheduled as drafted.");
        if (!m_errors.empty())
            return listed(std::move(m_errors));

        for (const std::string &problem : structuralErrors(m_plan)) {
            if (m_errors.size() < kMaxListed)
                m_errors.push_back(Error{problem, m_file, 0, 0});
            else
                ++m_unlistedErrors;
        }
        if (!m_errors.empty())
            return listed(std::move(m_errors));
        assignMissingIds(m_plan);
        if (m_notes.size() > kMaxListed) {
            const std::size_t more = m_notes.size() - kMaxListed;
            m_notes.resize(kMaxListed);
            m_notes.push_back("... and " + std::to_string(more) + " more like these.");
        }
        return MspdiImport{std::move(m_plan), std::move(m_notes)};
    }

private:
    // --- where things are ------------------------------------------------------------------

    std::pair<int, int> lineAndColumn(std::size_t offset)
    {
        if (m_lineStarts.empty()) {
            m_lineStarts.push_back(0);
            for (std::size_t i = 0; i < m_xml.size(); ++i)
                if (m_xml[i] == '\n')
                    m_lineStarts.push_back(i + 1);
        }
        const auto after = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
        const std::size_t line = static_cast<std::size_t>(after - m_lineStarts.begin());
        return {static_cast<int>(line), static_cast<int>(offset - m_lineStarts[line - 1]) + 1};
    }

    std::pair<int, int> locate(pugi::xml_node node)
    {
        const std::ptrdiff_t offset = node.offset_debug();
        if (offset < 0)
            return {0, 0};
        // offset_debug points past the '<' of an element.
        return lineAndColumn(static_cast<std::size_t>(offset > 0 ? offset - 1 : 0));
    }

    /// "Project/Tasks/Task[3]/Duration": the element's path, with its position among
    /// same-named siblings where it has any.
    static std::string pathOf(pugi::xml_node node)
    {
        std::vector<std::string> parts;
        for (; node && node.type() == pugi::node_element; node = node.parent()) {
            std::string part = node.name();
            if (node.previous_sibling(node.name()) || node.next_sibling(node.name())) {
                int position = 1;
                for (pugi::xml_node before = node.previous_sibling(node.name()); before;
                     before = before.previous_sibling(node.name()))
                    ++position;
                part += "[" + std::to_string(position) + "]";
            }
            parts.push_back(std::move(part));
        }
        std::string path;
        for (auto part = parts.rbegin(); part != parts.rend(); ++part)
            path += (path.empty() ? "" : "/") + *part;
        return path;
    }

    void fail(pugi::xml_node node, const std::string &message)
    {
        if (m_errors.size() >= kMaxListed) { // counted only: a path costs a walk over the siblings
            ++m_unlistedErrors;
            return;
        }
        const auto [line, column] = locate(node);
        m_errors.push_back(Error{pathOf(node) + ": " + message, m_file, line, column});
    }

    /// In the file's order, at most kMaxListed of them.
    Errors listed(Errors errors) const
    {
        std::stable_sort(errors.begin(), errors.end(), [](const Error &a, const Error &b) {
            return std::pair(a.line, a.column) < std::pair(b.line, b.column);
        });
        if (m_unlistedErrors > 0)
            errors.push_back(Error{"... and " + std::to_string(m_unlistedErrors) + " more errors like these", m_file, 0, 0});
        return errors;
    }

    // --- values ----------------------------------------------------------------------------

    static std::string textOf(pugi::xml_node parent, const char *name) { return mspdi::childText(parent, name); }

    std::optional<long long> integer(pugi::xml_node parent, const char *name)
    {
        const pugi::xml_node node = parent.child(name);
        if (!node)
            return std::nullopt;
        const std::string text = textOf(parent, name);
        long long value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc() || end != text.data() + text.size() || text.empty()) {
            fail(node, text::quoted(text) + " is not a whole number");
            return std::nullopt;
        }
        return value;
    }

    std::optional<double> decimal(pugi::xml_node parent, const char *name)
    {
        const pugi::xml_node node = parent.child(name);
        if (!node)
            return std::nullopt;
        const std::optional<double> value = text::parseDecimal(textOf(parent, name));
        if (!value)
            fail(node, text::quoted(textOf(parent, name)) + " is not a number");
        return value;
    }

    bool flag(pugi::xml_node parent, const char *name)
    {
        const std::string text = text::toLower(textOf(parent, name));
        return text == "1" || text == "true";
    }

    /// The date of "2027-01-04T08:00:00" (the time of day does not matter to Waveplan).
    std::optional<Date> date(pugi::xml_node parent, const char *name)
    {
        const pugi::xml_node node = parent.child(name);
        if (!node || textOf(parent, name).empty())
            return std::nullopt;
        const std::string text = textOf(parent, name);
        const std::optional<Date> day = parseIsoDate(std::string_view(text).substr(0, 10));
        if (!day || (text.size() > 10 && text[10] != 'T'))
            fail(node, text::quoted(text) + " is not a date and time such as 2027-01-04T08:00:00");
        return day;
    }

    /// The plan day of `day` by the plan's calendar: the first working day on or after it.
    int daysFromStart(Date day) const { return m_dates->dayOf(day); }

    /// The wave holding `day`, or nullopt (with a note) past the last wave a plan can name.
    std::optional<int> waveOf(Date day, const std::string &what)
    {
        const long long wave = m_waves.waveOf(daysFromStart(day));
        if (wave > kMaxWave) {
            note(what + " falls after wave " + std::to_string(kMaxWave) + ", the last a plan can name; it was left out.");
            return std::nullopt;
        }
        return static_cast<int>(wave);
    }

    void note(std::string sentence) { m_notes.push_back(std::move(sentence)); }

    std::string taskLabel(const FileTask &task) const
    {
        return "task " + text::quoted(task.name) + " (UID " + std::to_string(task.uid) + ")";
    }

    // --- the project -----------------------------------------------------------------------

    void readProject(pugi::xml_node project)
    {
        m_plan = Plan{};
        m_plan.waveLengthDays = m_settings.waveLengthDays;
        m_plan.horizonWaves = m_settings.horizonWaves;
        m_plan.allowSpan = m_settings.allowSpan;
        std::string name = project.child("Title").text().as_string(); // as written, like every name
        if (text::trim(name).empty())
            name = textOf(project, "Name");
        if (name.size() > 4 && text::toLower(name.substr(name.size() - 4)) == ".xml")
            name.resize(name.size() - 4);
        m_plan.name = name.empty() ? m_settings.name : name;
        m_plan.startDate = date(project, "StartDate").value_or(m_settings.startDate);
        if (m_given.start)
            m_plan.startDate = m_settings.startDate;
        m_plan.waveScheme = m_settings.waveScheme;
        m_plan.fiscalYearStartMonth = m_settings.fiscalYearStartMonth;
        // MS Project's status date is the day progress was reported on; one given wins.
        m_plan.asOf = m_settings.asOf ? m_settings.asOf : date(project, "StatusDate");
        if (const std::optional<long long> minutes = integer(project, "MinutesPerDay")) {
            if (*minutes <= 0 || *minutes > 24 * 60)
                fail(project.child("MinutesPerDay"), "minutes per day must be from 1 to 1440");
            else
                m_minutesPerDay = static_cast<double>(*minutes);
        }
    }

    void readCustomFieldDefinitions(pugi::xml_node definitions)
    {
        for (pugi::xml_node definition : definitions.children("ExtendedAttribute")) {
            const std::optional<Field> field = mspdi::fieldWithAlias(textOf(definition, "Alias"));
            if (!field)
                continue;
            m_fieldIds[textOf(definition, "FieldID")] = *field;
            if (*field == Field::Key)
                m_writtenByWaveplan = true;
        }
    }

    /// The project calendar (CalendarUID) as the plan's working calendar, unless worked days or
    /// holidays were given; then the plan's dates and waves by it.
    void readCalendar(pugi::xml_node project)
    {
        const std::string uid = textOf(project, "CalendarUID");
        for (pugi::xml_node calendar : project.child("Calendars").children("Calendar")) {
            if (textOf(calendar, "UID") != uid)
                continue;
            const Date keepFrom{m_plan.startDate.year(), std::chrono::January, std::chrono::day{1}};
            mspdi::CalendarRead read = mspdi::readCalendar(
                calendar, keepFrom, kMaxHolidays, [this](const pugi::xml_node &node, const std::string &message) {
                    fail(node, message);
                });
            const std::string name = text::quoted(textOf(calendar, "Name"));
            if (m_given.workdays && read.calendar.worked != m_settings.calendar.worked)
                note("The worked days given replace those of the project calendar " + name + " (" +
                     formatWorkedWeekdays(read.calendar.worked) + ").");
            if (m_given.holidays && read.calendar.holidays != m_settings.calendar.holidays)
                note("The holidays given replace the " + std::to_string(read.calendar.holidays.size()) +
                     " days off of the project calendar " + name + ".");
            m_plan.calendar = std::move(read.calendar);
            for (std::string &sentence : read.notes)
                note(std::move(sentence));
            break;
        }
        // What was given wins, file calendar or not.
        if (m_given.workdays)
            m_plan.calendar.worked = m_settings.calendar.worked;
        if (m_given.holidays)
            m_plan.calendar.holidays = m_settings.calendar.holidays;
        m_dates.emplace(m_plan);
        m_waves = waveGrid(m_plan);
    }

    // --- tasks -----------------------------------------------------------------------------

    void readTasks(pugi::xml_node tasks)
    {
        std::vector<int> open; // the tasks enclosing the current one, outermost first
        for (pugi::xml_node node : tasks.children("Task")) {
            if (flag(node, "IsNull"))
                continue;
            const std::optional<long long> uid = integer(node, "UID");
            if (!uid) {
                if (!node.child("UID"))
                    fail(node, "the task has no <UID>");
                continue;
            }
            const int level = static_cast<int>(integer(node, "OutlineLevel").value_or(1));
            if (*uid == 0 || level <= 0) { // the project's own summary task
                m_projectTaskUids.insert(*uid);
                continue;
            }
            if (*uid < 0 || *uid > std::numeric_limits<int>::max()) {
                fail(node.child("UID"), "a task UID must be from 1 to " + std::to_string(std::numeric_limits<int>::max()));
                continue;
            }
            if (textOf(node, "Active") == "0") { // MS Project leaves inactive tasks out of the schedule
                m_projectTaskUids.insert(*uid);
                m_inactive.push_back(text::quoted(textOf(node, "Name")));
                continue;
            }
            if (m_tasks.size() >= kMaxCapabilities) {
                fail(node, "the file has more than " + std::to_string(kMaxCapabilities) +
                               " tasks, the most a plan may hold");
                break;
            }
            if (!m_taskByUid.emplace(*uid, static_cast<int>(m_tasks.size())).second) {
                fail(node.child("UID"), "a second task with UID " + std::to_string(*uid));
                continue;
            }
            FileTask task;
            task.node = node;
            task.uid = *uid;
            task.name = node.child("Name").text().as_string(); // as written: Waveplan's names keep their spaces
            task.level = level;
            while (!open.empty() && m_tasks[static_cast<std::size_t>(open.back())].level >= level)
                open.pop_back();
            if (!open.empty()) {
                task.parent = open.back();
                m_tasks[static_cast<std::size_t>(open.back())].children.push_back(static_cast<int>(m_tasks.size()));
            }
            open.push_back(static_cast<int>(m_tasks.size()));
            m_tasks.push_back(std::move(task));
        }

        int summaries = 0;
        for (FileTask &task : m_tasks) {
            if (!task.children.empty()) {
                ++summaries;
                continue;
            }
            task.capability = static_cast<int>(m_plan.capabilities.size());
            m_plan.capabilities.push_back(capabilityOf(task));
        }
        if (!m_inactive.empty())
            note("Inactive tasks were left out, with their links and assignments: " + joined(m_inactive) + ".");
        if (summaries > 0)
            note(std::to_string(summaries) + " summary task(s) were flattened: the tasks under them became capabilities, "
                 "each noting where it sat, and a link to or from a summary applies to every task under it.");
        if (!m_roundedUp.empty())
            note("Durations that were not whole days were rounded up: " + joined(m_roundedUp) + ".");
    }

    static std::string joined(const std::vector<std::string> &items)
    {
        std::string text;
        for (std::size_t i = 0; i < items.size() && i < kMaxListed; ++i)
            text += (i == 0 ? "" : ", ") + items[i];
        if (items.size() > kMaxListed)
            text += " and " + std::to_string(items.size() - kMaxListed) + " more";
        return text;
    }

    std::map<Field, pugi::xml_node> customFields(pugi::xml_node task) const
    {
        std::map<Field, pugi::xml_node> values;
        for (pugi::xml_node attribute : task.children("ExtendedAttribute")) {
            const auto field = m_fieldIds.find(textOf(attribute, "FieldID"));
            if (field != m_fieldIds.end())
                values[field->second] = attribute.child("Value");
        }
        return values;
    }

    /// A key for a task the file gives none: the name's first words in capitals, joined by
    /// '-', without small words, at most 20 characters ("Consent and preference centre" ->
    /// "CONSENT-PREFERENCE").
    std::string derivedKey(const FileTask &task)
    {
        constexpr std::size_t kLength = 20;
        static const std::set<std::string, std::less<>> kSmallWords{"A", "AN", "AND", "AS", "AT", "BY", "FOR", "IN",
                                                                    "OF", "ON", "OR", "THE", "TO", "WITH"};
        std::string key;
        std::string word;
        const auto addWord = [&] {
            if (word.empty() || (kSmallWords.contains(word) && !key.empty())) {
                word.clear();
                return true;
            }
            if (key.empty())
                key = word.substr(0, kLength);
            else if (key.size() + 1 + word.size() <= kLength)
                key += "-" + word;
            else
                return false;
            word.clear();
            return true;
        };
        for (const char ch : task.name) {
            if (std::isalnum(static_cast<unsigned char>(ch)))
                word += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
            else if (!addWord())
                break;
        }
        addWord();
        if (key.empty())
            key = "T" + std::to_string(task.uid);
        std::string unique = key;
        int &next = m_nextSuffix.try_emplace(key, 2).first->second; // so a thousand "Review"s take no quadratic time
        while (m_keys.contains(unique))
            unique = key + "-" + std::to_string(next++);
        return unique;
    }

    /// A custom column's whole number from `least` to `most`; nullopt when empty, or (with an
    /// error: "\"soon\" is not a wave from 1 to 999") when it is not one.
    std::optional<int> wholeField(pugi::xml_node value, int least, int most, const char *what)
    {
        const std::string text(text::trim(value.text().as_string()));
        if (text.empty())
            return std::nullopt;
        const std::optional<int> number = text::parseWholeNumber(text);
        if (!number || *number < least || *number > most) {
            fail(value, text::quoted(text) + " is not " + what + " from " + std::to_string(least) + " to " +
                            std::to_string(most));
            return std::nullopt;
        }
        return number;
    }

    std::optional<int> waveField(pugi::xml_node value) { return wholeField(value, 1, kMaxWave, "a wave"); }

    std::optional<int> readinessField(pugi::xml_node value) { return wholeField(value, 1, 5, "a readiness score"); }

    Capability capabilityOf(const FileTask &task)
    {
        Capability c;
        c.id = task.uid;
        const std::map<Field, pugi::xml_node> fields = customFields(task.node);
        const auto field = [&](Field f) -> std::string { // as written, spaces and all
            const auto found = fields.find(f);
            return found == fields.end() ? std::string() : std::string(found->second.text().as_string());
        };

        if (const std::string key(text::trim(field(Field::Key))); !key.empty()) {
            if (!isValidKey(key))
                fail(fields.at(Field::Key), text::quoted(key) + " is not a valid key (letters, digits, '_', '-', '.', "
                                                                 "at most 40 characters)");
            else if (m_keys.contains(key))
                fail(fields.at(Field::Key), "a second task with the key " + text::quoted(key));
            c.key = key;
        } else {
            c.key = derivedKey(task);
        }
        m_keys.insert(c.key);
        c.name = task.name;
        if (const std::string prefix = c.key + ": "; c.name.starts_with(prefix))
            c.name.erase(0, prefix.size());
        if (c.name.empty())
            c.name = c.key;

        readDuration(task, c);
        readProgress(task, c);

        if (const std::string kind(text::trim(field(Field::Kind))); !kind.empty()) {
            if (const auto parsed = parseCapabilityKind(kind))
                c.kind = *parsed;
            else
                fail(fields.at(Field::Kind), text::quoted(kind) + " is not foundational or additive");
            m_kindGiven.insert(c.key);
        }
        c.owner = field(Field::Owner);
        c.kpi = field(Field::Kpi);
        if (const std::string approach(text::trim(field(Field::Approach))); !approach.empty()) {
            if (const auto parsed = parseApproach(approach))
                c.approach = *parsed;
            else
                fail(fields.at(Field::Approach), text::quoted(approach) + " is not build, buy or integrate");
        }
        c.retires = field(Field::Retires);
        if (fields.contains(Field::ReadinessTechnical))
            c.readiness.technical = readinessField(fields.at(Field::ReadinessTechnical));
        if (fields.contains(Field::ReadinessSkills))
            c.readiness.skills = readinessField(fields.at(Field::ReadinessSkills));
        if (fields.contains(Field::ReadinessProcess))
            c.readiness.process = readinessField(fields.at(Field::ReadinessProcess));
        if (const std::string value(text::trim(field(Field::Value))); !value.empty()) {
            c.value = text::parseDecimal(value);
            if (!c.value)
                fail(fields.at(Field::Value), text::quoted(value) + " is not a number");
        }
        if (fields.contains(Field::EarliestWave))
            c.earliestWave = waveField(fields.at(Field::EarliestWave));
        if (fields.contains(Field::DeadlineWave))
            c.deadlineWave = waveField(fields.at(Field::DeadlineWave));
        if (fields.contains(Field::PinnedWave))
            c.pinnedWave = waveField(fields.at(Field::PinnedWave));

        for (const char *element : {"Cost", "FixedCost"}) {
            const pugi::xml_node node = task.node.child(element);
            if (!node)
                continue;
            const std::optional<double> cost = mspdi::currencyAmount(node.text().as_string());
            if (!cost)
                fail(node, text::quoted(node.text().as_string()) + " is not an amount such as 2500000 (25,000.00)");
            else if (*cost != 0) {
                c.cost = cost;
                break;
            }
        }
        if (!m_writtenByWaveplan)
            readConstraints(task, c);

        c.notes = std::string(task.node.child("Notes").text().as_string());
        if (const std::string header = mspdi::notesHeader(c); m_writtenByWaveplan && c.notes.starts_with(header))
            c.notes.erase(0, header.size());
        if (task.parent >= 0) {
            std::string path; // the nearest 5 summaries: deep outlines would make notes of any size
            int levels = 0;
            for (int up = task.parent; up >= 0; up = m_tasks[static_cast<std::size_t>(up)].parent) {
                if (++levels > 5) {
                    path = "... > " + path;
                    break;
                }
                path = m_tasks[static_cast<std::size_t>(up)].name + (path.empty() ? "" : " > " + path);
            }
            c.notes += (c.notes.empty() ? "" : "\n\n") + std::string("In MS Project under the summary task: ") + path + ".";
        }
        return c;
    }

    void readDuration(const FileTask &task, Capability &c)
    {
        const pugi::xml_node node = task.node.child("Duration");
        if (!node) {
            fail(task.node, "the " + taskLabel(task) + " has no <Duration>");
            return;
        }
        const std::optional<double> minutes = durationMinutes(node.text().as_string());
        if (!minutes || *minutes < 0) {
            fail(node, text::quoted(node.text().as_string()) + " is not a duration such as PT40H0M0S");
            return;
        }
        const int format = static_cast<int>(integer(task.node, "DurationFormat").value_or(mspdi::kFormatDays));
        const double perDay = mspdi::isElapsedFormat(format) ? kMinutesPerElapsedDay : m_minutesPerDay;
        const long long days = wholeDays(*minutes, perDay);
        if (days <= 0) { // a milestone
            c.durationDays = 0;
            return;
        }
        if (days > kMaxDurationDays) {
            fail(node, "the " + taskLabel(task) + " lasts " + std::to_string(days) + " days; at most " +
                           std::to_string(kMaxDurationDays) + " are allowed");
            return;
        }
        if (static_cast<double>(days) * perDay > *minutes + 1e-6)
            m_roundedUp.push_back(c.key);
        c.durationDays = static_cast<int>(days);
    }

    /// The task's progress as MS Project records it: an actual finish makes it done, an actual
    /// start alone in progress, with its remaining duration as the days left. Progress that
    /// does not hold together (tracking.h) is refused at the element it is about.
    void readProgress(const FileTask &task, Capability &c)
    {
        c.actualStart = date(task.node, "ActualStart");
        c.actualFinish = date(task.node, "ActualFinish");
        if (c.actualFinish) {
            c.status = WorkStatus::Done;
            if (!c.actualStart) // MS Project writes both; a file that does not began the day it finished
                c.actualStart = c.actualFinish;
        } else if (c.actualStart) {
            c.status = WorkStatus::InProgress;
            const pugi::xml_node remaining = task.node.child("RemainingDuration");
            if (const std::optional<double> minutes = durationMinutes(remaining.text().as_string());
                remaining && minutes && *minutes > 0) {
                const long long days = wholeDays(*minutes, m_minutesPerDay);
                if (days > kMaxDurationDays)
                    fail(remaining, "the " + taskLabel(task) + " has " + std::to_string(days) + " days left; at most " +
                                        std::to_string(kMaxDurationDays) + " are allowed");
                else
                    c.remainingDays = static_cast<int>(days);
            }
        } else {
            return;
        }
        ++m_withProgress;
        for (const TrackingFault &fault : trackingFaults(c, m_plan.startDate, m_plan.asOf)) {
            const char *element = fault.field == "actual_start"    ? "ActualStart"
                                  : fault.field == "actual_finish" ? "ActualFinish"
                                  : fault.field == "remaining_days" ? "RemainingDuration"
                                                                    : "";
            const pugi::xml_node at = task.node.child(element);
            fail(at ? at : task.node, "the " + taskLabel(task) + " " + fault.message);
        }
    }

    /// Date constraints and deadlines of a file Waveplan did not write, as earliest and
    /// deadline waves; the kinds that have no wave counterpart are noted.
    void readConstraints(const FileTask &task, Capability &c)
    {
        const int type = static_cast<int>(integer(task.node, "ConstraintType").value_or(0));
        const std::optional<Date> when = date(task.node, "ConstraintDate");
        const std::string label = taskLabel(task);
        if ((type == 2 || type == 4) && when) { // Must Start On, Start No Earlier Than
            if (const auto wave = waveOf(*when, "The start constraint of " + label); wave && *wave > 1)
                c.earliestWave = wave;
        } else if ((type == 3 || type == 7) && when) { // Must Finish On, Finish No Later Than
            c.deadlineWave = waveOf(*when, "The finish constraint of " + label);
        } else if (type == 1 || type == 5 || type == 6) {
            static constexpr const char *kNames[] = {"", "As Late As Possible", "", "", "", "Start No Later Than",
                                                     "Finish No Earlier Than"};
            note("The " + label + " has the constraint " + kNames[type] + ", which Waveplan has no counterpart for; it was left out.");
        }
        if (const std::optional<Date> deadline = date(task.node, "Deadline")) {
            if (const auto wave = waveOf(*deadline, "The deadline of " + label))
                c.deadlineWave = c.deadlineWave ? std::min(*c.deadlineWave, *wave) : *wave;
        }
        if (c.earliestWave && c.deadlineWave && *c.deadlineWave < *c.earliestWave)
            c.deadlineWave = c.earliestWave;
    }

    // --- links -----------------------------------------------------------------------------

    /// The capabilities of `task`: itself, or every task under a summary.
    void leavesOf(int task, std::vector<int> &leaves) const
    {
        std::vector<int> pending{task}; // a walk without recursion: outlines may nest deep
        while (!pending.empty()) {
            const FileTask &t = m_tasks[static_cast<std::size_t>(pending.back())];
            pending.pop_back();
            if (t.capability >= 0)
                leaves.push_back(t.capability);
            pending.insert(pending.end(), t.children.rbegin(), t.children.rend());
        }
    }

    void readLinks()
    {
        std::map<std::pair<int, int>, int> lags; // (predecessor, successor) capability -> lag
        std::vector<std::pair<int, int>> order;
        for (std::size_t successor = 0; successor < m_tasks.size(); ++successor) {
            const FileTask &task = m_tasks[successor];
            for (pugi::xml_node link : task.node.children("PredecessorLink")) {
                const std::optional<long long> uid = integer(link, "PredecessorUID");
                if (!uid) {
                    if (!link.child("PredecessorUID"))
                        fail(link, "the link has no <PredecessorUID>");
                    continue;
                }
                if (flag(link, "CrossProject")) {
                    note("The link from another project to the " + taskLabel(task) + " was left out.");
                    continue;
                }
                if (m_projectTaskUids.contains(*uid))
                    continue;
                const auto from = m_taskByUid.find(*uid);
                if (from == m_taskByUid.end()) {
                    fail(link.child("PredecessorUID"), "no task has the UID " + std::to_string(*uid));
                    continue;
                }
                const int type = static_cast<int>(integer(link, "Type").value_or(1));
                if (type < 0 || type > 3) {
                    fail(link.child("Type"), "link type " + std::to_string(type) +
                                                 " is not 0 (finish-to-finish), 1 (finish-to-start), 2 (start-to-finish) "
                                                 "or 3 (start-to-start)");
                    continue;
                }
                const long long lagDays = linkLagDays(link, m_tasks[static_cast<std::size_t>(from->second)], task);
                std::vector<int> predecessors;
                std::vector<int> successors;
                leavesOf(from->second, predecessors);
                leavesOf(static_cast<int>(successor), successors);
                if (type != static_cast<int>(mspdi::LinkType::FinishToStart))
                    noteLinkType(static_cast<mspdi::LinkType>(type), m_tasks[static_cast<std::size_t>(from->second)], task);
                for (const int p : predecessors)
                    for (const int s : successors) {
                        if (p == s)
                            continue;
                        const long long lag = finishToStartLag(static_cast<mspdi::LinkType>(type), lagDays,
                                                               m_plan.capabilities[static_cast<std::size_t>(p)].durationDays,
                                                               m_plan.capabilities[static_cast<std::size_t>(s)].durationDays);
                        if (lag > kMaxLagDays) {
                            fail(link, "the lag is longer than " + std::to_string(kMaxLagDays) + " days, the longest a plan allows");
                            return;
                        }
                        const int clamped = static_cast<int>(lag);
                        const auto [at, added] = lags.emplace(std::pair{p, s}, clamped);
                        if (added)
                            order.emplace_back(p, s);
                        else
                            at->second = std::max(at->second, clamped);
                        if (order.size() > kMaxDependencies) {
                            fail(link, "with the tasks under its summaries, this link makes the plan hold more than " +
                                           std::to_string(kMaxDependencies) + " dependencies, the most it may hold");
                            return;
                        }
                    }
            }
        }
        for (const auto &[p, s] : order)
            m_plan.dependencies.push_back(Dependency{m_plan.capabilities[static_cast<std::size_t>(p)].key,
                                                     m_plan.capabilities[static_cast<std::size_t>(s)].key,
                                                     lags.at({p, s})});
        if (!m_leads.empty())
            note("Leads (negative lags) became no lag: " + joined(m_leads) + ".");
    }

    long long linkLagDays(pugi::xml_node link, const FileTask &from, const FileTask &to)
    {
        const std::optional<double> tenths = decimal(link, "LinkLag");
        if (!tenths || *tenths == 0)
            return 0;
        const int format = static_cast<int>(integer(link, "LagFormat").value_or(mspdi::kFormatDays));
        const std::string label = text::quoted(from.name) + " -> " + text::quoted(to.name);
        if (mspdi::isPercentFormat(format)) {
            note("The lag of the link " + label + " is a percentage of a duration, which Waveplan has no counterpart "
                 "for; the link was kept without it.");
            return 0;
        }
        if (*tenths < 0) {
            m_leads.push_back(label);
            return 0;
        }
        const double perDay = mspdi::isElapsedFormat(format) ? kMinutesPerElapsedDay : m_minutesPerDay;
        return wholeDays(*tenths / mspdi::kLagUnitsPerMinute, perDay);
    }

    /// The weakest finish-to-start lag that keeps a link of `type`: the successor starts no
    /// earlier than the link lets it, and after its predecessor finishes.
    static long long finishToStartLag(mspdi::LinkType type, long long lag, int predecessorDays, int successorDays)
    {
        switch (type) {
        case mspdi::LinkType::FinishToStart: return lag;
        case mspdi::LinkType::StartToStart: return std::max<long long>(0, lag - predecessorDays);
        case mspdi::LinkType::FinishToFinish: return std::max<long long>(0, lag - successorDays);
        case mspdi::LinkType::StartToFinish: return std::max<long long>(0, lag - predecessorDays - successorDays);
        }
        return lag;
    }

    void noteLinkType(mspdi::LinkType type, const FileTask &from, const FileTask &to)
    {
        const char *name = type == mspdi::LinkType::StartToStart    ? "start-to-start"
                           : type == mspdi::LinkType::FinishToFinish ? "finish-to-finish"
                                                                     : "start-to-finish";
        note("The link " + text::quoted(from.name) + " -> " + text::quoted(to.name) + " is " + name +
             " in MS Project; Waveplan's links are finish-to-start, so " + text::quoted(to.name) + " now waits for " +
             text::quoted(from.name) + " to finish.");
    }

    // --- teams -----------------------------------------------------------------------------

    void readResources(pugi::xml_node resources)
    {
        std::vector<std::string> notWork;
        std::vector<std::string> rounded;
        for (pugi::xml_node node : resources.children("Resource")) {
            if (flag(node, "IsNull"))
                continue;
            const std::optional<long long> uid = integer(node, "UID");
            if (!uid) {
                if (!node.child("UID"))
                    fail(node, "the resource has no <UID>");
                continue;
            }
            std::string name = textOf(node, "Name");
            if (*uid == 0 && name.empty()) // MS Project's unnamed resource 0
                continue;
            if (*uid < 0 || *uid > std::numeric_limits<int>::max()) {
                fail(node.child("UID"), "a resource UID must be from 0 to " + std::to_string(std::numeric_limits<int>::max()));
                continue;
            }
            if (m_teamByUid.contains(*uid) || m_ignoredResources.contains(*uid)) {
                fail(node.child("UID"), "a second resource with UID " + std::to_string(*uid));
                continue;
            }
            if (name.empty())
                name = "Resource " + std::to_string(*uid);
            const long long type = integer(node, "Type").value_or(1);
            if (type != 1 || flag(node, "IsCostResource")) {
                notWork.push_back(text::quoted(name));
                m_ignoredResources.insert(*uid);
                continue;
            }
            if (m_plan.teams.size() >= kMaxTeams) {
                fail(node, "the file has more than " + std::to_string(kMaxTeams) +
                               " work resources, the most teams a plan may hold");
                break;
            }
            if (m_teamNames.contains(name)) {
                const std::string renamed = name + " (UID " + std::to_string(*uid) + ")";
                note("Two resources are called " + text::quoted(name) + "; the second became the team " +
                     text::quoted(renamed) + ".");
                name = renamed;
            }
            Team team;
            team.name = name;
            team.id = *uid;
            const double units = decimal(node, "MaxUnits").value_or(1.0);
            if (units < 0 || units > kMaxPeople) {
                fail(node.child("MaxUnits"), "maximum units must be from 0 to " + std::to_string(kMaxPeople));
                continue;
            }
            team.capacity = static_cast<int>(std::lround(units));
            if (units > 0 && team.capacity == 0)
                team.capacity = 1;
            if (team.capacity != units)
                rounded.push_back(text::quoted(name));
            readGoLiveLimit(node, team);
            readAvailability(node.child("AvailabilityPeriods"), team);
            m_teamByUid.emplace(*uid, static_cast<int>(m_plan.teams.size()));
            m_teamNames.insert(team.name);
            m_plan.teams.push_back(std::move(team));
        }
        if (!notWork.empty())
            note("Material and cost resources are not teams and were left out: " + joined(notWork) + ".");
        if (!rounded.empty())
            note("Teams count whole people, so these resources' maximum units were rounded: " + joined(rounded) + ".");
    }

    void readGoLiveLimit(pugi::xml_node resource, Team &team)
    {
        for (pugi::xml_node attribute : resource.children("ExtendedAttribute")) {
            const auto field = m_fieldIds.find(textOf(attribute, "FieldID"));
            if (field != m_fieldIds.end() && field->second == Field::GoLiveLimit)
                if (const std::optional<int> limit = wholeField(attribute.child("Value"), 0, kMaxGoLivesPerWave, "a go-live limit"))
                    team.goLiveLimit = limit;
        }
    }

    /// Availability periods as the people of each wave they cover whole, where that differs
    /// from the team's usual capacity. A period that starts or ends inside a wave leaves that
    /// wave at the usual capacity, with a note.
    void readAvailability(pugi::xml_node periods, Team &team)
    {
        bool partial = false;
        const Date lastDate{std::chrono::year{2049}, std::chrono::December, std::chrono::day{31}};
        for (pugi::xml_node period : periods.children("AvailabilityPeriod")) {
            const std::optional<Date> from = date(period, "AvailableFrom");
            const std::optional<Date> to = date(period, "AvailableTo");
            const double units = decimal(period, "AvailableUnits").value_or(1.0);
            if (units < 0 || units > kMaxPeople) {
                fail(period.child("AvailableUnits"), "units must be from 0 to " + std::to_string(kMaxPeople));
                continue;
            }
            const int people = static_cast<int>(std::lround(units));
            // In plan days: the first working day of the period, and the one after its last.
            const int firstDay = from ? std::max(0, daysFromStart(*from)) : 0;
            // MS Project's last date (2049-12-31 before Project 2007) ending the last period stands
            // for "the end of time"; an earlier period ending after it is a real date.
            const bool open = !to || (*to == lastDate && !period.next_sibling("AvailabilityPeriod"));
            const int afterDay = open ? 0 : daysFromStart(addDays(*to, 1));
            const int waveOfFirst = m_waves.waveOf(firstDay);
            const long long firstWave = m_waves.firstDay(waveOfFirst) == firstDay ? waveOfFirst : waveOfFirst + 1;
            const long long lastWave = open ? kMaxWave : std::min<long long>(kMaxWave, m_waves.waveOf(afterDay) - 1);
            partial = partial || m_waves.firstDay(waveOfFirst) != firstDay ||
                      (!open && afterDay > 0 && lastWave < kMaxWave && m_waves.firstDay(m_waves.waveOf(afterDay)) != afterDay);
            for (long long wave = firstWave; wave <= lastWave; ++wave)
                if (people != team.capacity)
                    team.capacityByWave[static_cast<int>(wave)] = people;
        }
        if (partial)
            note("The availability of " + text::quoted(team.name) + " changes inside a wave; Waveplan counts people per "
                 "wave, so each wave kept the people of the periods that cover it whole.");
    }

    void readAssignments(pugi::xml_node assignments)
    {
        std::vector<std::string> rounded;
        std::set<std::string> onSummaries;
        for (pugi::xml_node node : assignments.children("Assignment")) {
            const std::optional<long long> taskUid = integer(node, "TaskUID");
            const std::optional<long long> resourceUid = integer(node, "ResourceUID");
            if (!taskUid || !resourceUid) {
                if (!node.child("TaskUID") || !node.child("ResourceUID"))
                    fail(node, "the assignment needs a <TaskUID> and a <ResourceUID>");
                continue;
            }
            if (*resourceUid == mspdi::kNoResource || m_ignoredResources.contains(*resourceUid) ||
                m_projectTaskUids.contains(*taskUid))
                continue;
            const auto task = m_taskByUid.find(*taskUid);
            if (task == m_taskByUid.end()) {
                fail(node.child("TaskUID"), "no task has the UID " + std::to_string(*taskUid));
                continue;
            }
            const auto team = m_teamByUid.find(*resourceUid);
            if (team == m_teamByUid.end()) {
                if (*resourceUid != 0) // resource 0 is MS Project's unnamed one
                    fail(node.child("ResourceUID"), "no resource has the UID " + std::to_string(*resourceUid));
                continue;
            }
            const FileTask &file = m_tasks[static_cast<std::size_t>(task->second)];
            if (file.capability < 0) {
                onSummaries.insert(text::quoted(file.name));
                continue;
            }
            const double units = decimal(node, "Units").value_or(1.0);
            if (units < 0 || units > kMaxPeople) {
                fail(node.child("Units"), "units must be from 0 to " + std::to_string(kMaxPeople));
                continue;
            }
            const int people = std::max(1, static_cast<int>(std::lround(units)));
            Capability &c = m_plan.capabilities[static_cast<std::size_t>(file.capability)];
            if (people != units)
                rounded.push_back(c.key);
            const std::string &teamName = m_plan.teams[static_cast<std::size_t>(team->second)].name;
            const auto existing = std::find_if(c.demand.begin(), c.demand.end(),
                                               [&](const TeamDemand &d) { return d.team == teamName; });
            if (existing != c.demand.end())
                existing->people = std::min(kMaxPeople, existing->people + people);
            else
                c.demand.push_back(TeamDemand{teamName, people});
        }
        if (!onSummaries.empty())
            note("Assignments to summary tasks were left out: " +
                 joined(std::vector<std::string>(onSummaries.begin(), onSummaries.end())) + ".");
        if (!rounded.empty())
            note("Demand counts whole people (at least one), so these assignments' units were rounded: " + joined(rounded) +
                 ".");
    }

    /// Capabilities whose kind the file does not say: foundational when others depend on
    /// them, additive otherwise.
    void chooseKinds()
    {
        std::set<std::string> depended;
        for (const Dependency &d : m_plan.dependencies)
            depended.insert(d.predecessor);
        for (Capability &c : m_plan.capabilities)
            if (!m_kindGiven.contains(c.key))
                c.kind = depended.contains(c.key) ? CapabilityKind::Foundational : CapabilityKind::Additive;
    }

    std::string_view m_xml;
    std::string m_file;
    const Plan &m_settings;
    MspdiGiven m_given;
    pugi::xml_document m_doc;
    std::vector<std::size_t> m_lineStarts;

    Plan m_plan;
    Errors m_errors;
    std::size_t m_unlistedErrors = 0;
    std::vector<std::string> m_notes;
    double m_minutesPerDay = mspdi::kMinutesPerDay;
    std::optional<PlanDates> m_dates; ///< by the plan's calendar, once it is read
    WaveGrid m_waves;
    bool m_writtenByWaveplan = false;
    std::map<std::string, Field> m_fieldIds;

    std::vector<FileTask> m_tasks;
    std::map<long long, int> m_taskByUid;
    std::set<long long> m_projectTaskUids; ///< and inactive tasks: what links and assignments may name, left out
    std::vector<std::string> m_inactive;
    std::set<std::string> m_keys;
    std::map<std::string, int> m_nextSuffix;
    std::set<std::string> m_kindGiven;
    std::vector<std::string> m_roundedUp;
    std::vector<std::string> m_leads;
    int m_withProgress = 0; ///< tasks with an actual start or finish
    std::map<long long, int> m_teamByUid;
    std::set<std::string> m_teamNames;
    std::set<long long> m_ignoredResources;
};

} // namespace

Result<MspdiImport> readMspdi(std::string_view xml, const std::string &fileName, const Plan &settings, MspdiGiven given)
{
    return MspdiReader(xml, fileName, settings, given).read();
}

Result<MspdiImport> readMspdiFile(const std::filesystem::path &path, const Plan &settings, MspdiGiven given)
{
    const Result<std::string> bytes = readWholeFile(path);
    if (!bytes)
        return bytes.errors();
    if (const auto wide = text::wideEncodingOf(bytes.value()))
        return Error{"the file is encoded as " + *wide + ", not UTF-8; save it again as XML from MS Project",
                     path.string(), 0, 0};
    return readMspdi(bytes.value(), path.string(), settings, given);
}

} // namespace waveplan
