#include "ui/inspector/advice_text.h"

#include <gtest/gtest.h>

using namespace waveplan;
using namespace waveplan::ui;

TEST(AdviceText, LinksWholeKeysOnly)
{
    EXPECT_EQ(linkKeys("Finish CDP2 and CDP sooner.", {"CDP"}),
              "Finish CDP2 and <a href=\"capability:CDP\">CDP</a> sooner.");
    EXPECT_EQ(linkKeys("moving B later, or B.", {"B"}),
              "moving <a href=\"capability:B\">B</a> later, or <a href=\"capability:B\">B</a>.");
    EXPECT_EQ(linkKeys("ID-RES and ID", {"ID", "ID-RES"}),
              "<a href=\"capability:ID-RES\">ID-RES</a> and <a href=\"capability:ID\">ID</a>");
    EXPECT_EQ(linkKeys("Shorten v1.2 (3 days)", {"v1"}), "Shorten v1.2 (3 days)") << "v1 inside v1.2 is not v1";
}

TEST(AdviceText, EscapesTheSentence)
{
    EXPECT_EQ(linkKeys("remove the dependency A -> B", {"A"}),
              "remove the dependency <a href=\"capability:A\">A</a> -&gt; B");
}

TEST(AdviceText, ReadsBackTheKeyOfALink)
{
    EXPECT_EQ(keyOfLink(capabilityLink("CDP")), std::optional<QString>("CDP"));
    EXPECT_EQ(keyOfLink("https://example.com"), std::nullopt);
    EXPECT_EQ(keyOfLink("capability:"), std::nullopt);
}

TEST(AdviceText, ListsEveryAdvice)
{
    Advice pin;
    pin.sentence = "Unpin it.";
    Advice finish;
    finish.sentence = "Finish DATA sooner.";
    finish.keys = {"DATA"};

    const QString html = adviceHtml({pin, finish});

    EXPECT_EQ(html.count("<p"), 2);
    EXPECT_TRUE(html.contains("• Unpin it.</p>"));
    EXPECT_TRUE(html.contains("• Finish <a href=\"capability:DATA\">DATA</a> sooner.</p>"));
    EXPECT_TRUE(adviceHtml({}).isEmpty());
}
