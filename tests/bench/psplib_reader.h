#pragma once
/// @file psplib_reader.h
/// Reads PSPLIB single-mode RCPSP instances (.sm) and the j30 optimum table into solver
/// Problems: the dummy source and sink are dropped, job k becomes activity k-2, resources map
/// one to one, and there are no waves (one huge wave), windows or change-load limits.

#include "core/schedule/solver/problem.h"

#include <map>
#include <string>

namespace waveplan::bench {

struct PsplibInstance {
    std::string name;        ///< file name without directory, e.g. "j301_1.sm"
    solver::Problem problem;
    int criticalPath = 0;    ///< the file's MPM-Time
};

/// Reads one .sm file. On failure returns false and sets `error` to what and where.
bool readPsplib(const std::string &path, PsplibInstance &out, std::string &error);

/// Reads j30opt.sm: instance file name ("j30<parameter>_<instance>.sm") -> optimal makespan.
/// Empty with `error` set on failure.
std::map<std::string, int> readOptima(const std::string &path, std::string &error);

} // namespace waveplan::bench
