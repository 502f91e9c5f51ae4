/// Private phrases shared by the sentences that explain a schedule (reason_text.cpp) and the
/// advice that says what would move a capability earlier (advice.cpp). Not part of core's API.
#pragma once

#include <string>

namespace waveplan::detail {

/// "Data team", but "Data Team" and "Team Data" stay as they are.
std::string teamPhrase(const std::string &team);

/// "the Data team's", but "Team 2's": a team's phrase as an owner, with the article it takes.
std::string teamPossessive(const std::string &team);

/// "1 day", "3 days".
std::string dayCount(int n);

} // namespace waveplan::detail
