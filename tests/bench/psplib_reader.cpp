#include "psplib_reader.h"

#include <climits>
#include <fstream>
#include <sstream>
#include <vector>

namespace waveplan::bench {

namespace {

bool startsWith(const std::string &s, const std::string &prefix)
{
    return s.rfind(prefix, 0) == 0;
}

/// The integer after the last ':' in `line`, or -1.
int valueAfterColon(const std::string &line)
{
    const auto colon = line.rfind(':');
    if (colon == std::string::npos)
        return -1;
    std::istringstream in(line.substr(colon + 1));
    int v = -1;
    in >> v;
    return v;
}

} // namespace

bool readPsplib(const std::string &path, PsplibInstance &out, std::string &error)
{
    std::ifstream file(path);
    if (!file) {
        error = path + ": cannot open";
        return false;
    }
    std::vector<std::string> lines;
    for (std::string line; std::getline(file, line);)
        lines.push_back(line);

    int jobs = -1;
    int resources = -1;
    std::size_t precedenceAt = 0, requestsAt = 0, availabilityAt = 0, projectAt = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string &l = lines[i];
        if (startsWith(l, "jobs (incl. supersource/sink )"))
            jobs = valueAfterColon(l);
        else if (startsWith(l, "  - renewable"))
            resources = [&] {
                std::istringstream in(l.substr(l.find(':') + 1));
                int v = -1;
                in >> v;
                return v;
            }();
        else if (startsWith(l, "PROJECT INFORMATION"))
            projectAt = i;
        else if (startsWith(l, "PRECEDENCE RELATIONS"))
            precedenceAt = i;
        else if (startsWith(l, "REQUESTS/DURATIONS"))
            requestsAt = i;
        else if (startsWith(l, "RESOURCEAVAILABILITIES"))
            availabilityAt = i;
    }
    const auto fail = [&](std::size_t line, const std::string &what) {
        error = path + ":" + std::to_string(line + 1) + ": " + what;
        return false;
    };
    if (jobs < 3 || resources < 1 || !precedenceAt || !requestsAt || !availabilityAt || !projectAt)
        return fail(0, "expected the header (jobs, renewable resources) and the PRECEDENCE RELATIONS, "
                       "REQUESTS/DURATIONS and RESOURCEAVAILABILITIES sections");

    solver::Problem &p = out.problem;
    p = {};
    p.waves = WaveGrid(1 << 30); // one wave: PSPLIB has no waves
    p.resources.resize(static_cast<std::size_t>(resources));
    p.activities.resize(static_cast<std::size_t>(jobs - 2));
    const auto real = [&](int job) { return job >= 2 && job <= jobs - 1; };

    {
        std::istringstream in(lines.at(projectAt + 2));
        std::vector<int> fields;
        for (int v; in >> v;)
            fields.push_back(v);
        if (fields.empty())
            return fail(projectAt + 2, "expected the project row ending in MPM-Time");
        out.criticalPath = fields.back();
    }
    for (int k = 0; k < jobs; ++k) {
        const std::size_t at = precedenceAt + 2 + static_cast<std::size_t>(k);
        std::istringstream in(at < lines.size() ? lines[at] : std::string());
        int job = 0, modes = 0, count = 0;
        if (!(in >> job >> modes >> count))
            return fail(at, "expected: job, modes, successor count, successors");
        for (int s = 0; s < count; ++s) {
            int succ = 0;
            if (!(in >> succ))
                return fail(at, "expected " + std::to_string(count) + " successors");
            if (real(job) && real(succ))
                p.precedences.push_back({job - 2, succ - 2, 0});
        }
    }
    for (int k = 0; k < jobs; ++k) {
        const std::size_t at = requestsAt + 3 + static_cast<std::size_t>(k);
        std::istringstream in(at < lines.size() ? lines[at] : std::string());
        int job = 0, mode = 0, duration = 0;
        if (!(in >> job >> mode >> duration))
            return fail(at, "expected: job, mode, duration, demands");
        std::vector<int> demand(static_cast<std::size_t>(resources));
        for (int &d : demand)
            if (!(in >> d))
                return fail(at, "expected " + std::to_string(resources) + " demands");
        if (!real(job))
            continue;
        auto &a = p.activities[static_cast<std::size_t>(job - 2)];
        a.duration = duration;
        a.demand = demand;
        if (duration < 1)
            return fail(at, "a real job with duration 0 is not supported");
    }
    {
        const std::size_t at = availabilityAt + 2;
        std::istringstream in(at < lines.size() ? lines[at] : std::string());
        for (auto &r : p.resources)
            if (!(in >> r.capacity))
                return fail(at, "expected " + std::to_string(resources) + " capacities");
    }
    out.name = path.substr(path.find_last_of('/') + 1);
    return true;
}

std::map<std::string, int> readOptima(const std::string &path, std::string &error)
{
    std::map<std::string, int> optima;
    std::ifstream file(path);
    if (!file) {
        error = path + ": cannot open";
        return optima;
    }
    for (std::string line; std::getline(file, line);) {
        std::istringstream in(line);
        int parameter = 0, instance = 0, makespan = 0;
        if (in >> parameter >> instance >> makespan)
            optima["j30" + std::to_string(parameter) + "_" + std::to_string(instance) + ".sm"] = makespan;
    }
    if (optima.empty())
        error = path + ": no rows of the form 'parameter instance makespan cpu'";
    return optima;
}

} // namespace waveplan::bench
