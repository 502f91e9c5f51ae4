#pragma once
/// @file advice_text.h
/// The inspector's "What would move it earlier?" list as rich text: each advice sentence, with
/// the capability keys it names turned into links ("capability:KEY") that select them.

#include "core/schedule/advice.h"

#include <QString>

#include <optional>
#include <vector>

namespace waveplan::ui {

/// The link for `key`: "capability:KEY".
[[nodiscard]] QString capabilityLink(const QString &key);
/// The key in a link made by capabilityLink, or nullopt for any other link.
[[nodiscard]] std::optional<QString> keyOfLink(const QString &link);

/// `sentence` as HTML (escaped), with each whole-word occurrence of one of `keys` as a link.
[[nodiscard]] QString linkKeys(const std::string &sentence, const std::vector<std::string> &keys);
/// Every advice as a bulleted HTML paragraph, keys linked; empty for no advice.
[[nodiscard]] QString adviceHtml(const std::vector<Advice> &advice);

} // namespace waveplan::ui
