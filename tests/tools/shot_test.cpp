// The screenshot tool's shot lists: settings read as written, mistakes named.

#include "shot.h"

#include <gtest/gtest.h>

using waveplan::tools::parseShot;
using waveplan::tools::Shot;

TEST(ShotList, ReadsEverySetting)
{
    const auto parsed = parseShot(QStringLiteral(
        "  dark-table size=800x600 tab=centralTabs:1 raise=teamsDock select=CDP,MA palette=dark "
        "csv=a.csv,b.csv action=aboutAction grab=dialog plan=\"my plan.waveplan\""));
    const auto *shot = std::get_if<Shot>(&parsed);
    ASSERT_NE(shot, nullptr) << (std::get_if<QString>(&parsed) ? std::get<QString>(parsed).toStdString() : "");
    EXPECT_EQ(shot->name, QStringLiteral("dark-table"));
    EXPECT_EQ(shot->size, QSize(800, 600));
    EXPECT_EQ(shot->tabs, QStringList{QStringLiteral("centralTabs:1")});
    EXPECT_EQ(shot->raise, QStringList{QStringLiteral("teamsDock")});
    EXPECT_EQ(shot->select, (QStringList{QStringLiteral("CDP"), QStringLiteral("MA")}));
    EXPECT_TRUE(shot->dark);
    EXPECT_EQ(shot->importCsv, (QStringList{QStringLiteral("a.csv"), QStringLiteral("b.csv")}));
    EXPECT_EQ(shot->actions, QStringList{QStringLiteral("aboutAction")});
    EXPECT_EQ(shot->grab, QStringLiteral("dialog"));
    EXPECT_EQ(shot->plan, QStringLiteral("my plan.waveplan"));
}

TEST(ShotList, DefaultsToTheWholeWindowInTheLightPalette)
{
    const auto parsed = parseShot(QStringLiteral("plain"));
    const auto *shot = std::get_if<Shot>(&parsed);
    ASSERT_NE(shot, nullptr);
    EXPECT_EQ(shot->grab, QStringLiteral("window"));
    EXPECT_FALSE(shot->dark);
    EXPECT_TRUE(shot->tabs.isEmpty());
}

TEST(ShotList, CommentsAndBlankLinesAreNotShots)
{
    EXPECT_TRUE(std::holds_alternative<std::monostate>(parseShot(QStringLiteral("   "))));
    EXPECT_TRUE(std::holds_alternative<std::monostate>(parseShot(QStringLiteral("# main-window size=1x1"))));
}

TEST(ShotList, MistakesAreNamed)
{
    for (const char *line : {"x colour=red", "x size=big", "x tab=centralTabs", "x palette=blue", "x size",
                             "size=10x10"}) {
        const auto parsed = parseShot(QString::fromLatin1(line));
        ASSERT_TRUE(std::holds_alternative<QString>(parsed)) << line;
    }
    EXPECT_TRUE(std::get<QString>(parseShot(QStringLiteral("x colour=red"))).contains(QStringLiteral("colour")));
}
