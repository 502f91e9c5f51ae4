// The near-full and over rule of a team's load, at each boundary.
#include "core/schedule/load_status.h"

#include <gtest/gtest.h>

using namespace waveplan;

TEST(LoadStatus, PeopleDaysAreNearFullFrom85PercentAndOverAboveWhatIsAvailable)
{
    EXPECT_EQ(peopleDaysStatus(84, 100), LoadStatus::Normal);
    EXPECT_EQ(peopleDaysStatus(85, 100), LoadStatus::NearFull);
    EXPECT_EQ(peopleDaysStatus(100, 100), LoadStatus::NearFull);
    EXPECT_EQ(peopleDaysStatus(101, 100), LoadStatus::Over);
    EXPECT_EQ(peopleDaysStatus(1, 0), LoadStatus::Over);
    EXPECT_EQ(peopleDaysStatus(0, 0), LoadStatus::Normal);
    // 85 % exactly of an amount that is not a multiple of 100: 153 of 180.
    EXPECT_EQ(peopleDaysStatus(152, 180), LoadStatus::Normal);
    EXPECT_EQ(peopleDaysStatus(153, 180), LoadStatus::NearFull);
}

TEST(LoadStatus, GoLivesAreNearFullAtTheLimitAndOverAboveIt)
{
    EXPECT_EQ(goLiveStatus(5, std::nullopt), LoadStatus::Normal);
    EXPECT_EQ(goLiveStatus(2, 3), LoadStatus::Normal);
    EXPECT_EQ(goLiveStatus(3, 3), LoadStatus::NearFull);
    EXPECT_EQ(goLiveStatus(4, 3), LoadStatus::Over);
    EXPECT_EQ(goLiveStatus(0, 0), LoadStatus::Normal);
    EXPECT_EQ(goLiveStatus(1, 0), LoadStatus::Over);
}

TEST(LoadStatus, ATeamWaveShowsTheWorseOfItsPeopleDaysAndGoLives)
{
    TeamWaveLoad load;
    load.peopleDaysUsed = 10;
    load.peopleDaysAvailable = 100;
    load.goLives = 2;
    load.goLiveLimit = 2;
    EXPECT_EQ(loadStatus(load), LoadStatus::NearFull);

    load.peopleDaysUsed = 101;
    EXPECT_EQ(loadStatus(load), LoadStatus::Over);

    load.peopleDaysUsed = 10;
    load.goLiveLimit.reset();
    EXPECT_EQ(loadStatus(load), LoadStatus::Normal);
}

TEST(LoadStatus, FlagsSayInWordsWhatTheColoursSay)
{
    TeamWaveLoad load;
    load.peopleDaysUsed = 10;
    load.peopleDaysAvailable = 100;
    EXPECT_EQ(loadFlagsText(load), "");
    load.peopleDaysUsed = 85;
    EXPECT_EQ(loadFlagsText(load), "near full");
    load.peopleDaysUsed = 101;
    load.goLives = 2;
    load.goLiveLimit = 2;
    EXPECT_EQ(loadFlagsText(load), "over capacity; go-lives at the limit");
    load.peopleDaysUsed = 10;
    load.goLives = 3;
    EXPECT_EQ(loadFlagsText(load), "go-lives over the limit");
}
