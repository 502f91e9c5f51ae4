#include "core/log/logging.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdlib>
#include <mutex>
#include <vector>

namespace waveplan::log {

namespace {

struct State {
    std::mutex mutex;
    std::vector<spdlog::sink_ptr> sinks;
    spdlog::level::level_enum level = spdlog::level::warn;
};

State &state()
{
    static State s;
    return s;
}

std::shared_ptr<spdlog::logger> makeLogger(const std::string &name, State &s)
{
    auto logger = std::make_shared<spdlog::logger>(name, s.sinks.begin(), s.sinks.end());
    logger->set_level(s.level);
    spdlog::register_logger(logger);
    return logger;
}

void ensureDefaultSinks(State &s)
{
    if (s.sinks.empty()) {
        auto err = std::make_shared<spdlog::sinks::stderr_sink_mt>();
        err->set_pattern("waveplan: %l: [%n] %v");
        s.sinks.push_back(err);
    }
}

} // namespace

void configure(const Options &options)
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    s.sinks.clear();
    ensureDefaultSinks(s);
    s.level = options.verbose ? spdlog::level::debug : spdlog::level::warn;
    s.sinks.front()->set_level(s.level);
    if (!options.logFile.empty()) {
        std::error_code ec;
        std::filesystem::create_directories(options.logFile.parent_path(), ec);
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                options.logFile.string(), 1024 * 1024, 3);
            file->set_level(spdlog::level::info);
            file->set_pattern("%Y-%m-%d %H:%M:%S.%e %l [%n] %v");
            s.sinks.push_back(file);
            s.level = std::min(s.level, spdlog::level::info);
        } catch (const spdlog::spdlog_ex &) {
            // A log file we cannot open must never stop the program; stderr still works.
        }
    }
    spdlog::apply_all([&](const std::shared_ptr<spdlog::logger> &existing) {
        existing->sinks() = s.sinks;
        existing->set_level(s.level);
    });
}

std::shared_ptr<spdlog::logger> get(const std::string &subsystem)
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    if (auto existing = spdlog::get(subsystem))
        return existing;
    ensureDefaultSinks(s);
    return makeLogger(subsystem, s);
}

std::filesystem::path defaultLogFile()
{
    if (const char *xdg = std::getenv("XDG_STATE_HOME"); xdg && *xdg)
        return std::filesystem::path(xdg) / "waveplan" / "waveplan.log";
    if (const char *home = std::getenv("HOME"); home && *home)
        return std::filesystem::path(home) / ".local" / "state" / "waveplan" / "waveplan.log";
    return {};
}

} // namespace waveplan::log
