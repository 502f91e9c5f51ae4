// The screenshot tool's shot lists: settings read as written, mistakes named.

#include "shot.h"

#include <gtest/gtest.h>

using waveplan::tools::parseShot;
using waveplan::tools::Shot;
using waveplan::tools::ShotStep;

TEST(ShotList, ReadsEverySetting)
{
    const auto parsed = parseShot(QStringLiteral(
        "  dark-table size=800x600 tab=centralTabs:1 raise=teamsDock select=CDP,MA palette=dark "
        "csv=a.csv,b.csv import=programme.xml action=aboutAction grab=dialog plan=\"my plan.waveplan\""));
    const auto *shot = std::get_if<Shot>(&parsed);
    ASSERT_NE(shot, nullptr) << (std::get_if<QString>(&parsed) ? std::get<QString>(parsed).toStdString() : "");
    EXPECT_EQ(shot->name, QStringLiteral("dark-table"));
    EXPECT_EQ(shot->size, QSize(800, 600));
    EXPECT_EQ(shot->tabs, QStringList{QStringLiteral("centralTabs:1")});
    EXPECT_EQ(shot->raise, QStringList{QStringLiteral("teamsDock")});
    EXPECT_EQ(shot->select, (QStringList{QStringLiteral("CDP"), QStringLiteral("MA")}));
    EXPECT_TRUE(shot->dark);
    EXPECT_EQ(shot->importCsv, (QStringList{QStringLiteral("a.csv"), QStringLiteral("b.csv")}));
    EXPECT_EQ(shot->importFile, QStringLiteral("programme.xml"));
    EXPECT_EQ(shot->actions, QStringList{QStringLiteral("aboutAction")});
    EXPECT_EQ(shot->grab, QStringLiteral("dialog"));
    EXPECT_EQ(shot->plan, QStringLiteral("my plan.waveplan"));
}

TEST(ShotList, StepsKeepTheOrderTheyAreWrittenIn)
{
    const auto parsed = parseShot(QStringLiteral(
        "deck action=presentAction keys=Right,Right,C \"check=boardView/Show dependencies\" click=previewButton "
        "pin=CDP:3 \"baseline=Board approved\" \"scenario=Buy the CDP\" wait=500 grab=active-window"));
    const auto *shot = std::get_if<Shot>(&parsed);
    ASSERT_NE(shot, nullptr) << (std::get_if<QString>(&parsed) ? std::get<QString>(parsed).toStdString() : "");
    const std::vector<ShotStep> expected{{ShotStep::Kind::Action, QStringLiteral("presentAction")},
                                         {ShotStep::Kind::Keys, QStringLiteral("Right,Right,C")},
                                         {ShotStep::Kind::Check, QStringLiteral("boardView/Show dependencies")},
                                         {ShotStep::Kind::Click, QStringLiteral("previewButton")},
                                         {ShotStep::Kind::Pin, QStringLiteral("CDP:3")},
                                         {ShotStep::Kind::Baseline, QStringLiteral("Board approved")},
                                         {ShotStep::Kind::Scenario, QStringLiteral("Buy the CDP")}};
    EXPECT_EQ(shot->steps, expected);
    EXPECT_EQ(shot->actions, QStringList{QStringLiteral("presentAction")});
    EXPECT_EQ(shot->waitMs, 500);
    EXPECT_EQ(shot->grab, QStringLiteral("active-window"));
}

TEST(ShotList, DefaultsToTheWholeWindowInTheLightPalette)
{
    const auto parsed = parseShot(QStringLiteral("plain"));
    const auto *shot = std::get_if<Shot>(&parsed);
    ASSERT_NE(shot, nullptr);
    EXPECT_EQ(shot->grab, QStringLiteral("window"));
    EXPECT_FALSE(shot->dark);
    EXPECT_TRUE(shot->tabs.isEmpty());
    EXPECT_TRUE(shot->steps.empty());
    EXPECT_EQ(shot->waitMs, 0);
}

TEST(ShotList, CommentsAndBlankLinesAreNotShots)
{
    EXPECT_TRUE(std::holds_alternative<std::monostate>(parseShot(QStringLiteral("   "))));
    EXPECT_TRUE(std::holds_alternative<std::monostate>(parseShot(QStringLiteral("# main-window size=1x1"))));
}

TEST(ShotList, MistakesAreNamed)
{
    for (const char *line : {"x colour=red", "x size=big", "x tab=centralTabs", "x palette=blue", "x size",
                             "size=10x10", "x keys=Right,NoSuchKey", "x keys=", "x wait=soon", "x wait=-5", "x pin=CDP",
                             "x pin=CDP:0", "x pin=:2"}) {
        const auto parsed = parseShot(QString::fromLatin1(line));
        ASSERT_TRUE(std::holds_alternative<QString>(parsed)) << line;
    }
    EXPECT_TRUE(std::get<QString>(parseShot(QStringLiteral("x colour=red"))).contains(QStringLiteral("colour")));
    EXPECT_TRUE(std::get<QString>(parseShot(QStringLiteral("x keys=Right,NoSuchKey")))
                    .contains(QStringLiteral("NoSuchKey")));
}
