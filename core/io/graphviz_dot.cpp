#include "core/io/graphviz_dot.h"

#include "core/model/plan_limits.h"
#include "core/model/wave_heading.h"

#include <algorithm>
#include <map>
#include <set>
#include <vector>

namespace waveplan {

namespace {

/// The id of the header node of `wave`: a colon cannot appear in a capability key.
std::string waveNode(int wave)
{
    return dotQuoted("wave:" + std::to_string(wave));
}

} // namespace

std::string dotQuoted(std::string_view text)
{
    std::string quoted = "\"";
    for (const char ch : text) {
        if (ch == '"' || ch == '\\') {
            quoted += '\\';
            quoted += ch;
        } else if (ch == '\n') {
            quoted += "\\n";
        } else if (static_cast<unsigned char>(ch) >= 0x20 && ch != 0x7f) {
            quoted += ch;
        }
    }
    quoted += '"';
    return quoted;
}

std::string scheduleDot(const Plan &plan, const Schedule &schedule)
{
    const bool scheduled = schedule.capabilities.size() == plan.capabilities.size();
    const std::set<std::string> driving(schedule.criticalChain.begin(), schedule.criticalChain.end());
    const WaveGrid waves = waveGrid(plan);

    std::string dot = "// The dependency graph of a Waveplan plan: waves are ranks, left to right.\n"
                      "// Render it with: dot -Tsvg FILE -o FILE.svg\n";
    dot += "digraph " + dotQuoted(plan.name) + " {\n";
    dot += "  graph [rankdir=LR, newrank=true, nodesep=0.3, ranksep=0.8, labelloc=t, fontname=\"DejaVu Sans\", "
           "label=" + dotQuoted(plan.name) + "];\n";
    dot += "  node [fontname=\"DejaVu Sans\", fontsize=10, style=filled, fillcolor=white];\n";
    dot += "  edge [fontname=\"DejaVu Sans\", fontsize=9];\n";

    for (std::size_t i = 0; i < plan.capabilities.size(); ++i) {
        const Capability &c = plan.capabilities[i];
        const bool foundational = c.kind == CapabilityKind::Foundational;
        dot += "  " + dotQuoted(c.key) + " [label=" + dotQuoted(c.key + "\n" + c.name) +
               ", shape=" + (foundational ? "box" : "ellipse") +
               (foundational ? ", fillcolor=\"#dbe8f6\"" : "");
        if (driving.contains(c.key))
            dot += ", penwidth=2.5";
        dot += "];\n";
    }

    if (scheduled && !plan.capabilities.empty()) {
        std::map<int, std::vector<std::string>> byWave; // waves past kMaxWave share one rank
        for (const ScheduledCapability &s : schedule.capabilities)
            byWave[std::clamp(s.wave, 1, kMaxWave + 1)].push_back(s.key);
        int previous = 0;
        for (const auto &[wave, keys] : byWave) {
            const int first = waves.firstDay(wave);
            const std::string header =
                wave > kMaxWave ? "Waves after " + std::to_string(kMaxWave)
                                : waveHeading(plan, wave) + "\n" + formatIsoDate(waveplan::dateOfDay(plan, first)) +
                                      " to " + formatIsoDate(waveplan::dateOfDay(plan, waves.firstDay(wave + 1) - 1));
            dot += "  subgraph " + dotQuoted("rank:" + std::to_string(wave)) + " {\n    rank=same;\n";
            dot += "    " + waveNode(wave) + " [shape=plaintext, style=\"\", fontsize=12, label=" + dotQuoted(header) +
                   "];\n";
            for (const std::string &key : keys)
                dot += "    " + dotQuoted(key) + ";\n";
            dot += "  }\n";
            if (previous > 0)
                dot += "  " + waveNode(previous) + " -> " + waveNode(wave) + " [style=invis];\n";
            previous = wave;
        }
    }

    for (const Dependency &d : plan.dependencies) {
        dot += "  " + dotQuoted(d.predecessor) + " -> " + dotQuoted(d.successor);
        if (d.lagDays != 0)
            dot += " [label=" + dotQuoted((d.lagDays > 0 ? "+" : "") + std::to_string(d.lagDays) + " d") + "]";
        dot += ";\n";
    }
    dot += "}\n";
    return dot;
}

} // namespace waveplan
