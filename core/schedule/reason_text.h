/// Private phrases shared by the sentences that explain a schedule (reason_text.cpp) and the
/// advice that says what would move a capability earlier (advice.cpp). Not part of core's API.
#pragma once

#include <string>

namespace waveplan::detail {

/// "Data team", but "Data Team" and "Team Data" stay as they are.
std::string teamPhrase(const std::string &team);

/// "1 day", "3 days".
std::string dayCount(int n);

} // namespace waveplan::detail
