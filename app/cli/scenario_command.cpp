// waveplan scenario: the named variants of a plan kept in one .waveplan file: list them, copy
// one under a new name, rename, delete, or choose which one opens (the current one).

#include "app/cli/cli.h"
#include "app/cli/command.h"

#include "core/store/plan_store.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <ostream>
#include <vector>

namespace waveplan::cli {

namespace {

class ScenarioCommand final : public Command {
public:
    explicit ScenarioCommand(CLI::App &app)
        : Command(app.add_subcommand(
              "scenario",
              "List, copy, rename, delete or choose the scenarios of a .waveplan file")) {
        CLI::App &sub = *subcommand();
        sub.footer(
            "A scenario is a whole variant of the plan (\"Plan A\", \"Buy the CDP\"), kept in the "
            "same file.\n"
            "Every command reads one as FILE#NAME (waveplan schedule plan.waveplan#\"Buy the "
            "CDP\");\n"
            "without a name it reads the current one, the one the app opens. The file is written "
            "back\n"
            "in one atomic save; a wrong name is an error that leaves it as it was.\n"
            "Examples:\n"
            "  waveplan scenario year-one.waveplan --copy \"Main plan\" \"Buy the CDP\"\n"
            "  waveplan scenario year-one.waveplan --list --json\n"
            "  waveplan compare year-one.waveplan#\"Main plan\" year-one.waveplan#\"Buy the CDP\"");
        sub.add_option("plan", m_path, "the .waveplan file")->required();
        auto *copy = sub.add_option("--copy", m_copy, "Copy scenario FROM as a new scenario NEW")
                         ->expected(2);
        auto *rename =
            sub.add_option("--rename", m_rename, "Rename scenario OLD to NEW")->expected(2);
        auto *remove =
            sub.add_option("--delete", m_delete, "Delete the scenario NAME (not the only one)");
        auto *current =
            sub.add_option("--current", m_current, "Make NAME the scenario the file opens on");
        auto *list = sub.add_flag("--list", m_list,
                                  "List the scenarios (the default when nothing else is asked)");
        const std::vector<CLI::Option *> actions{copy, rename, remove, current, list};
        for (std::size_t i = 0; i < actions.size(); ++i)
            for (std::size_t j = i + 1; j < actions.size(); ++j)
                actions[i]->excludes(actions[j]);
        sub.add_flag("--json", m_json, "With --list: print the scenarios as JSON");
    }

    int run(std::ostream &out, std::ostream &err) override {
        Result<ScenarioSet> read = openScenarios(PlanLocation::ofFile(m_path));
        if (!read) {
            err << "waveplan scenario: " << read.errorText() << '\n';
            return BadInput;
        }
        ScenarioSet set = std::move(read).value();
        std::string done;
        const auto index = [&](const std::string &name) -> std::optional<std::size_t> {
            for (std::size_t i = 0; i < set.scenarios.size(); ++i)
                if (set.scenarios[i].name == name)
                    return i;
            err << "waveplan scenario: " << m_path.string() << " has no scenario called '" << name
                << "' (it has: " << scenarioNames(set) << ")\n";
            return std::nullopt;
        };
        const auto refuse = [&](const Result<std::string> &name) {
            err << "waveplan scenario: " << m_path.string() << ": " << name.errorText() << '\n';
            return BadInput;
        };
        if (!m_copy.empty()) {
            const auto from = index(m_copy[0]);
            if (!from)
                return BadInput;
            const Result<std::string> name = scenarioName(set, m_copy[1]);
            if (!name)
                return refuse(name);
            Scenario copy = set.scenarios[*from];
            copy.name = name.value();
            set.scenarios.insert(set.scenarios.begin() + static_cast<std::ptrdiff_t>(*from) + 1,
                                 copy);
            if (set.current > *from)
                ++set.current;
            done = "Copied " + m_copy[0] + " as " + name.value();
        } else if (!m_rename.empty()) {
            const auto which = index(m_rename[0]);
            if (!which)
                return BadInput;
            const Result<std::string> name = scenarioName(set, m_rename[1], m_rename[0]);
            if (!name)
                return refuse(name);
            set.scenarios[*which].name = name.value();
            done = "Renamed " + m_rename[0] + " to " + name.value();
        } else if (m_delete) {
            const auto which = index(*m_delete);
            if (!which)
                return BadInput;
            if (set.scenarios.size() == 1) {
                err << "waveplan scenario: " << m_path.string() << ": '" << *m_delete
                    << "' is the only scenario; a plan file keeps at least one\n";
                return BadInput;
            }
            set.scenarios.erase(set.scenarios.begin() + static_cast<std::ptrdiff_t>(*which));
            if (set.current > *which || set.current == set.scenarios.size())
                set.current = set.current == 0 ? 0 : set.current - 1;
            done = "Deleted " + *m_delete;
        } else if (m_current) {
            const auto which = index(*m_current);
            if (!which)
                return BadInput;
            set.current = *which;
            done = "The file now opens on " + *m_current;
        } else {
            list(out, set);
            return Success;
        }
        if (const Status saved = saveScenarios(set, PlanLocation::ofFile(m_path)); !saved) {
            err << "waveplan scenario: " << saved.errorText() << '\n';
            return BadInput;
        }
        out << done << " (" << m_path.string() << ")\n";
        return Success;
    }

private:
    void list(std::ostream &out, const ScenarioSet &set) const {
        if (m_json) {
            nlohmann::json array = nlohmann::json::array();
            for (std::size_t i = 0; i < set.scenarios.size(); ++i) {
                const Scenario &s = set.scenarios[i];
                array.push_back({{"name", s.name},
                                 {"current", i == set.current},
                                 {"plan_name", s.plan.name},
                                 {"capabilities", s.plan.capabilities.size()},
                                 {"baselines", s.plan.baselines.size()}});
            }
            out << nlohmann::json{{"scenarios", array}}.dump(2) << '\n';
            return;
        }
        for (std::size_t i = 0; i < set.scenarios.size(); ++i) {
            const Scenario &s = set.scenarios[i];
            out << (i == set.current ? "* " : "  ") << s.name << ": " << s.plan.capabilities.size()
                << " capabilities" << (i == set.current ? " (opens in the app)" : "") << '\n';
        }
    }

    std::filesystem::path m_path;
    std::vector<std::string> m_copy;
    std::vector<std::string> m_rename;
    std::optional<std::string> m_delete;
    std::optional<std::string> m_current;
    bool m_list = false;
    bool m_json = false;
};

} // namespace

std::unique_ptr<Command> makeScenarioCommand(CLI::App &app) {
    return std::make_unique<ScenarioCommand>(app);
}

} // namespace waveplan::cli
