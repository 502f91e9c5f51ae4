#include "run_command.h"

#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <stdexcept>

extern char **environ;

namespace waveplan::test {

CommandResult runWaveplan(const std::vector<std::string> &args, const std::vector<std::string> &environment)
{
    TempDir scratch;
    const std::string outPath = scratch.file("stdout").string();
    const std::string errPath = scratch.file("stderr").string();

    std::vector<std::string> argvStrings{WAVEPLAN_EXE};
    argvStrings.insert(argvStrings.end(), args.begin(), args.end());
    std::vector<char *> argv;
    for (std::string &s : argvStrings)
        argv.push_back(s.data());
    argv.push_back(nullptr);

    std::vector<std::string> envStrings{"HOME=" + scratch.path().string(), "XDG_STATE_HOME=" + scratch.path().string(),
                                        "QT_QPA_PLATFORM=offscreen", "LANG=C.UTF-8"};
    if (const char *path = std::getenv("PATH"))
        envStrings.push_back(std::string("PATH=") + path);
    envStrings.insert(envStrings.end(), environment.begin(), environment.end());
    std::vector<char *> envp;
    for (std::string &s : envStrings)
        envp.push_back(s.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        throw std::runtime_error("cannot start " + argvStrings[0]);

    int status = 0;
    waitpid(pid, &status, 0);
    CommandResult result;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.out = readFile(outPath);
    result.err = readFile(errPath);
    return result;
}

nlohmann::json runWaveplanJson(const std::vector<std::string> &args)
{
    const CommandResult result = runWaveplan(args);
    EXPECT_EQ(result.exitCode, 0) << result.err;
    return nlohmann::json::parse(result.out.empty() ? "null" : result.out);
}

std::string tool(const std::string &command)
{
    std::string output;
    FILE *pipe = popen(command.c_str(), "r");
    if (!pipe)
        return output;
    char buffer[4096];
    while (const std::size_t n = fread(buffer, 1, sizeof buffer, pipe))
        output.append(buffer, n);
    pclose(pipe);
    return output;
}

std::string quoted(const std::filesystem::path &path)
{
    return "'" + path.string() + "'";
}

} // namespace waveplan::test
