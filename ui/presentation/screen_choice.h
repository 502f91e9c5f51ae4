#pragma once
/// @file screen_choice.h
/// Which screen presentation mode goes to. With a projector or a second monitor attached, the
/// default is the screen the main window is not on, so the presenter keeps editing on the laptop
/// while the room watches the other screen; a choice made in View > Present on is remembered by
/// screen name and used whenever that screen is connected.

#include <QString>
#include <QStringList>

class QScreen;
class QWidget;

namespace waveplan::ui::presentation {

/// Index in `screenNames` of the screen to present on: `remembered` when it is connected, else
/// the first screen that is not `mainWindowScreen`, else `mainWindowScreen`, else the first
/// screen; -1 when there is no screen at all.
[[nodiscard]] int chooseScreenIndex(const QStringList &screenNames, const QString &mainWindowScreen,
                                    const QString &remembered);

/// The screen name remembered from View > Present on (empty when none was chosen).
[[nodiscard]] QString rememberedScreenName();
/// Remembers `name` for the next presentations (an empty name forgets the choice).
void rememberScreenName(const QString &name);

/// The connected screen to present on for a main window shown on `window`'s screen.
[[nodiscard]] QScreen *presentationScreen(const QWidget *window);

} // namespace waveplan::ui::presentation
