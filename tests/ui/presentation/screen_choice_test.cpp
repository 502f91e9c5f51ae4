// Which screen the presentation goes to.

#include "ui/presentation/screen_choice.h"

#include <gtest/gtest.h>

namespace waveplan::test {
namespace {

using ui::presentation::chooseScreenIndex;

TEST(ScreenChoice, DefaultIsTheScreenTheMainWindowIsNotOn)
{
    const QStringList screens{"eDP-1", "HDMI-1"};
    EXPECT_EQ(chooseScreenIndex(screens, "eDP-1", {}), 1);
    EXPECT_EQ(chooseScreenIndex(screens, "HDMI-1", {}), 0);
    EXPECT_EQ(chooseScreenIndex({"eDP-1", "DP-2", "HDMI-1"}, "DP-2", {}), 0);
}

TEST(ScreenChoice, WithOneScreenThePresentationCoversTheMainWindow)
{
    EXPECT_EQ(chooseScreenIndex({"eDP-1"}, "eDP-1", {}), 0);
}

TEST(ScreenChoice, RememberedScreenWinsWhenConnected)
{
    const QStringList screens{"eDP-1", "HDMI-1", "DP-2"};
    EXPECT_EQ(chooseScreenIndex(screens, "eDP-1", "DP-2"), 2);
    EXPECT_EQ(chooseScreenIndex(screens, "eDP-1", "eDP-1"), 0) << "the presenter asked for the laptop screen";
    EXPECT_EQ(chooseScreenIndex(screens, "eDP-1", "VGA-1"), 1) << "an unplugged projector falls back to the default";
}

TEST(ScreenChoice, NoScreenGivesMinusOne)
{
    EXPECT_EQ(chooseScreenIndex({}, "eDP-1", "HDMI-1"), -1);
}

TEST(ScreenChoice, ChoiceIsRememberedInSettings)
{
    ui::presentation::rememberScreenName("HDMI-1");
    EXPECT_EQ(ui::presentation::rememberedScreenName(), "HDMI-1");
    ui::presentation::rememberScreenName({});
    EXPECT_TRUE(ui::presentation::rememberedScreenName().isEmpty());
}

} // namespace
} // namespace waveplan::test
