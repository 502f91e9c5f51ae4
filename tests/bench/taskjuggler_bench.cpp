/// Schedules the same generated roadmaps (roadmap_plan.h, team capacity 4 + size / 200, as in
/// plan_schedule_bench) with Waveplan and with TaskJuggler (tj3), and prints both makespans and
/// both run times side by side: Waveplan's first schedule, Waveplan's default schedule (the sized
/// budget) with its lower bound, and TaskJuggler's schedule.
///
/// How a plan becomes a TaskJuggler project:
/// - Day 0 is the project start; every day is a working day with one working hour (00:00-01:00,
///   all 7 days) and `dailyworkinghours 1`, so 1d of effort or gap = one calendar day and each
///   day costs TaskJuggler one bookable slot per person.
/// - A team of capacity C is a resource group of C people.
/// - A capability needing p people of a team for d days is an effort task of p x d days with p
///   `allocate` lines, each `mandatory` with the whole team as alternatives: on every day it
///   progresses, p distinct people of the team work on it, or nobody does.
/// - A dependency is `depends` (finish-to-start) with `gaplength` for its lag.
/// What TaskJuggler cannot express: that the d days are consecutive. TaskJuggler places tasks one
/// at a time, highest priority first, so a task may pause while people are booked by a task it
/// placed earlier; the "split" column counts such tasks (span longer than the duration). Such a
/// schedule is preemptive, a relaxation of Waveplan's. `persistent` is not used: a team's people
/// are interchangeable in Waveplan, and with it tj3 3.7 checks `mandatory` against any free
/// alternative but books the locked person, so a task could go on short-handed on a day that
/// person is busy (TaskScenario#bookResources). Waveplan's waves (horizon, capacity by wave, no-span,
/// earliest, deadline and pinned waves, go-live limits) and the foundational/additive kind do not
/// apply to TaskJuggler and are not written. The generated roadmaps constrain nothing with them:
/// there the kind only breaks ties in Waveplan's priority rules and the horizon only warns.
///
/// TaskJuggler's time is the whole `tj3` run (Ruby start-up, reading the project, scheduling,
/// writing a CSV report of every task's start and end); writing the .tjp file is not timed. Its
/// horizon is 1.5 x Waveplan's first makespan + 60 days, doubled and run again if a task does not
/// fit (the table shows the last run's time and the number of runs).
///
/// Usage: waveplan_bench_taskjuggler [--sizes 1000,10000] [--keep DIR] [--tj3 PATH]
///                                   [--tj-timeout SECONDS]
/// --tj-timeout stops tj3 after that long (coreutils `timeout`); the row then says so.

#include "core/schedule/schedule.h"
#include "roadmap_plan.h"

#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace waveplan;
namespace fs = std::filesystem;

namespace {

struct Options {
    std::vector<int> sizes{1000, 10000};
    std::string keepDir;  ///< empty: a temporary folder, removed at the end
    std::string tj3Path;  ///< empty: `tj3` on PATH
    int tjTimeoutSeconds = 0; ///< 0: no limit
};

/// What one tj3 run gave.
struct TaskJugglerRun {
    bool ok = false;
    std::string failure;  ///< why it failed: exit status, TaskJuggler's first error, a time-out
    int makespanDays = 0; ///< latest task end, in days from the project start
    int splitTasks = 0;   ///< tasks whose span is longer than their duration (TaskJuggler paused them)
    double seconds = 0;
    int runs = 0;         ///< horizon doublings + 1
};

template <typename F> double seconds(F &&f)
{
    const auto start = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

[[nodiscard]] std::optional<Options> parseOptions(int argc, char **argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--sizes" && i + 1 < argc) {
            options.sizes.clear();
            std::stringstream list(argv[++i]);
            for (std::string item; std::getline(list, item, ',');)
                options.sizes.push_back(std::atoi(item.c_str()));
        } else if (arg == "--keep" && i + 1 < argc) {
            options.keepDir = argv[++i];
        } else if (arg == "--tj3" && i + 1 < argc) {
            options.tj3Path = argv[++i];
        } else if (arg == "--tj-timeout" && i + 1 < argc) {
            options.tjTimeoutSeconds = std::atoi(argv[++i]);
        } else {
            std::fprintf(stderr, "unknown option %s\n", arg.c_str());
            return std::nullopt;
        }
    }
    return options;
}

[[nodiscard]] bool isExecutableFile(const fs::path &path)
{
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    return !error && fs::is_regular_file(status) &&
           (status.permissions() & (fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec)) !=
               fs::perms::none;
}

/// `program` found on PATH, or empty.
[[nodiscard]] std::string findOnPath(const std::string &program)
{
    const char *path = std::getenv("PATH");
    std::stringstream folders(path ? path : "");
    for (std::string folder; std::getline(folders, folder, ':');) {
        const fs::path candidate = fs::path(folder.empty() ? "." : folder) / program;
        if (isExecutableFile(candidate))
            return candidate.string();
    }
    return {};
}

[[nodiscard]] std::string shellQuoted(const std::string &text)
{
    std::string quoted = "'";
    for (char c : text)
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

/// A TaskJuggler string literal: double quotes, with any double quote inside made single.
[[nodiscard]] std::string tjString(std::string text)
{
    std::replace(text.begin(), text.end(), '"', '\'');
    return '"' + text + '"';
}

[[nodiscard]] std::string teamId(std::size_t team) { return "team" + std::to_string(team + 1); }
[[nodiscard]] std::string personId(std::size_t team, int person)
{
    return teamId(team) + "_" + std::to_string(person + 1);
}
[[nodiscard]] std::string taskId(std::size_t capability) { return "c" + std::to_string(capability + 1); }

/// Writes `plan` as a TaskJuggler project lasting `horizonDays`, with a CSV report `reportId`
/// of every task's start and end. Returns false if the file cannot be written.
[[nodiscard]] bool writeTaskJugglerProject(const Plan &plan, int horizonDays, const fs::path &file,
                                           const std::string &reportId)
{
    std::ofstream out(file);
    out << "project waveplan " << tjString(plan.name) << ' ' << formatIsoDate(plan.startDate) << " +" << horizonDays
        << "d {\n"
        << "  timezone \"UTC\"\n"
        << "  workinghours mon - sun 0:00 - 1:00\n"
        << "  dailyworkinghours 1\n"
        << "}\n\n";

    std::map<std::string, std::size_t> teamIndex;
    for (std::size_t t = 0; t < plan.teams.size(); ++t) {
        const Team &team = plan.teams[t];
        teamIndex[team.name] = t;
        // The alternatives to a team's first person: everyone else in the team.
        out << "macro " << teamId(t) << "_others [";
        for (int p = 1; p < team.capacity; ++p)
            out << (p > 1 ? ", " : "") << personId(t, p);
        out << "]\n";
        out << "resource " << teamId(t) << ' ' << tjString(team.name) << " {\n";
        for (int p = 0; p < team.capacity; ++p)
            out << "  resource " << personId(t, p) << ' ' << tjString(team.name + " #" + std::to_string(p + 1)) << '\n';
        out << "}\n";
    }
    out << '\n';

    std::map<std::string, std::size_t> capabilityIndex;
    for (std::size_t i = 0; i < plan.capabilities.size(); ++i)
        capabilityIndex[plan.capabilities[i].key] = i;
    std::vector<std::vector<const Dependency *>> predecessors(plan.capabilities.size());
    for (const Dependency &dependency : plan.dependencies)
        predecessors[capabilityIndex.at(dependency.successor)].push_back(&dependency);

    for (std::size_t i = 0; i < plan.capabilities.size(); ++i) {
        const Capability &capability = plan.capabilities[i];
        int people = 0;
        for (const TeamDemand &demand : capability.demand)
            people += demand.people;
        out << "task " << taskId(i) << ' ' << tjString(capability.key) << " {\n";
        if (people > 0)
            out << "  effort " << people * capability.durationDays << "d\n";
        else
            out << "  length " << capability.durationDays << "d\n";
        for (const Dependency *dependency : predecessors[i]) {
            out << "  depends " << taskId(capabilityIndex.at(dependency->predecessor));
            if (dependency->lagDays > 0)
                out << " { gaplength " << dependency->lagDays << "d }";
            out << '\n';
        }
        for (const TeamDemand &demand : capability.demand) {
            const std::size_t t = teamIndex.at(demand.team);
            for (int p = 0; p < demand.people; ++p) {
                out << "  allocate " << personId(t, 0) << " {";
                if (plan.teams[t].capacity > 1)
                    out << " alternative ${" << teamId(t) << "_others}";
                out << " mandatory }\n";
            }
        }
        out << "}\n";
    }

    out << "\ntaskreport " << reportId << " \"" << reportId << "\" {\n"
        << "  formats csv\n"
        << "  columns id, start, end\n"
        << "  timeformat \"%Y-%m-%d %H:%M\"\n"
        << "}\n";
    return static_cast<bool>(out.flush());
}

/// Days from `start` to a TaskJuggler time "YYYY-MM-DD HH:MM", rounded up to whole days.
[[nodiscard]] std::optional<int> daysFrom(Date start, const std::string &time)
{
    const std::optional<Date> date = parseIsoDate(time.substr(0, 10));
    if (!date || time.size() < 16)
        return std::nullopt;
    const int minutes = std::atoi(time.substr(11, 2).c_str()) * 60 + std::atoi(time.substr(14, 2).c_str());
    const int days = static_cast<int>((std::chrono::sys_days(*date) - std::chrono::sys_days(start)).count());
    return days + (minutes > 0 ? 1 : 0);
}

[[nodiscard]] std::string readFile(const fs::path &file)
{
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

/// The first line of TaskJuggler's output that reports an error, or empty.
[[nodiscard]] std::string firstErrorLine(const std::string &log)
{
    std::stringstream lines(log);
    for (std::string line; std::getline(lines, line);)
        if (line.find("Error") != std::string::npos)
            return line;
    return {};
}

/// Reads the CSV report ("Id";"Start";"End"): the latest end and the tasks TaskJuggler paused.
/// Returns false with `run.failure` set if a task is missing, ends sooner than its duration allows
/// or a line cannot be read.
[[nodiscard]] bool readReport(const Plan &plan, const fs::path &csv, TaskJugglerRun &run)
{
    std::ifstream in(csv);
    std::string line;
    std::getline(in, line); // header
    std::size_t tasks = 0;
    while (std::getline(in, line)) {
        std::vector<std::string> fields;
        std::stringstream cells(line);
        for (std::string cell; std::getline(cells, cell, ';');)
            fields.push_back(cell.size() >= 2 ? cell.substr(1, cell.size() - 2) : cell);
        const std::optional<int> start = fields.size() == 3 ? daysFrom(plan.startDate, fields[1]) : std::nullopt;
        const std::optional<int> end = fields.size() == 3 ? daysFrom(plan.startDate, fields[2]) : std::nullopt;
        const std::size_t index = fields.empty() ? 0 : static_cast<std::size_t>(std::atoi(fields[0].c_str() + 1));
        if (!start || !end || index < 1 || index > plan.capabilities.size()) {
            run.failure = "unreadable report line: " + line;
            return false;
        }
        const int startDay = start.value();
        const int endDay = end.value();
        ++tasks;
        run.makespanDays = std::max(run.makespanDays, endDay);
        const int duration = plan.capabilities[index - 1].durationDays;
        if (endDay - startDay < duration) {
            // More people than it needs on some day: the translation is wrong, not TaskJuggler.
            run.failure = fields[0] + " lasts " + std::to_string(endDay - startDay) + " days, less than its " +
                          std::to_string(duration);
            return false;
        }
        if (endDay - startDay > duration)
            ++run.splitTasks;
    }
    if (tasks != plan.capabilities.size()) {
        run.failure = "report has " + std::to_string(tasks) + " tasks, expected " +
                      std::to_string(plan.capabilities.size());
        return false;
    }
    return true;
}

/// Writes the plan for TaskJuggler, runs tj3 on it and reads its schedule. Doubles the horizon and
/// runs again (up to 3 runs) when a task does not fit.
[[nodiscard]] TaskJugglerRun runTaskJuggler(const Plan &plan, int horizonDays, const std::string &tj3,
                                            const fs::path &folder, int timeoutSeconds)
{
    TaskJugglerRun run;
    const std::string name = "roadmap_" + std::to_string(plan.capabilities.size());
    const fs::path project = folder / (name + ".tjp");
    const fs::path log = folder / (name + ".log");
    for (int attempt = 1; attempt <= 3; ++attempt, horizonDays *= 2) {
        run = TaskJugglerRun{};
        run.runs = attempt;
        if (!writeTaskJugglerProject(plan, horizonDays, project, name)) {
            run.failure = "cannot write " + project.string();
            return run;
        }
        std::string command = timeoutSeconds > 0 ? "timeout " + std::to_string(timeoutSeconds) + ' ' : "";
        command += shellQuoted(tj3) + " --silent --no-color -o " + shellQuoted(folder.string()) + ' ' +
                   shellQuoted(project.string()) + " > " + shellQuoted(log.string()) + " 2>&1";
        int status = 0;
        run.seconds = seconds([&] { status = std::system(command.c_str()); });
        const int exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        const std::string output = readFile(log);
        if (timeoutSeconds > 0 && exitCode == 124) {
            run.failure = "did not finish within " + std::to_string(timeoutSeconds) + " s";
            return run;
        }
        if (output.find("did not fit into the project time frame") != std::string::npos)
            continue;
        const std::string error = firstErrorLine(output);
        if (exitCode != 0 || !error.empty()) {
            run.failure = "tj3 exit " + std::to_string(exitCode) + (error.empty() ? "" : ": " + error);
            return run;
        }
        run.ok = readReport(plan, folder / (name + ".csv"), run);
        return run;
    }
    run.failure = "tasks still did not fit in a " + std::to_string(horizonDays / 2) + "-day project";
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    const std::optional<Options> options = parseOptions(argc, argv);
    if (!options)
        return 2;
    const std::string tj3 = options->tj3Path.empty() ? findOnPath("tj3") : options->tj3Path;
    if (tj3.empty())
        std::printf("tj3 not found; skipping TaskJuggler\n");

    fs::path folder = options->keepDir;
    if (folder.empty() && !tj3.empty())
        folder = fs::temp_directory_path() / ("waveplan_bench_tj_" + std::to_string(std::random_device{}()));
    if (!folder.empty())
        fs::create_directories(folder);

    std::printf("%12s %12s | %-17s | %-35s | %-27s\n", "", "", "Waveplan first", "Waveplan default",
                "TaskJuggler");
    std::printf("%12s %12s | %8s %8s | %8s %8s %8s %8s | %8s %8s %5s %3s\n", "capabilities", "dependencies",
                "days", "s", "days", "s", "bound", "evaluated", "days", "s", "split", "run");
    std::vector<std::string> notes;
    for (int size : options->sizes) {
        bench::RoadmapShape shape;
        shape.teamCapacity = 4 + size / 200;
        const Plan plan = bench::roadmap(size, 42, shape);

        Schedule first;
        Schedule best;
        ScheduleOptions firstOnly;
        firstOnly.firstScheduleOnly = true;
        const double firstSeconds = seconds([&] { first = computeSchedule(plan, firstOnly); });
        const double defaultSeconds = seconds([&] { best = computeSchedule(plan); });
        std::printf("%12d %12zu | %8d %8.3f | %8d %8.3f %8d %8lld | ", size, plan.dependencies.size(),
                    first.makespanDays, firstSeconds, best.makespanDays, defaultSeconds, best.lowerBoundDays,
                    static_cast<long long>(best.schedulesEvaluated));
        std::fflush(stdout);
        if (!first.feasible || !best.feasible)
            notes.push_back(std::to_string(size) + ": Waveplan's schedule is not feasible");

        if (tj3.empty()) {
            std::printf("%8s %8s %5s %3s\n", "-", "-", "-", "-");
            continue;
        }
        const int horizonDays = first.makespanDays + first.makespanDays / 2 + 60;
        const TaskJugglerRun run = runTaskJuggler(plan, horizonDays, tj3, folder, options->tjTimeoutSeconds);
        if (run.ok) {
            std::printf("%8d %8.3f %5d %3d\n", run.makespanDays, run.seconds, run.splitTasks, run.runs);
        } else {
            std::printf("%8s %8.3f %5s %3d\n", "failed", run.seconds, "-", run.runs);
            notes.push_back(std::to_string(size) + ": TaskJuggler " + run.failure);
        }
        std::fflush(stdout);
    }
    for (const std::string &note : notes)
        std::printf("%s\n", note.c_str());
    if (!folder.empty()) {
        if (options->keepDir.empty())
            fs::remove_all(folder);
        else
            std::printf("TaskJuggler projects, reports and logs kept in %s\n", folder.string().c_str());
    }
    return 0;
}
