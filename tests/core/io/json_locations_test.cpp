// Source positions of JSON values by path.

#include "core/io/json_locations.h"

#include <gtest/gtest.h>

using namespace waveplan::jsonio;

TEST(JsonLocations, OffsetsBecomeLinesAndCharacterColumns) {
    const std::string text = "ab\ncé d\n";

    EXPECT_EQ(positionOfOffset(text, 0), (TextPosition{1, 1}));
    EXPECT_EQ(positionOfOffset(text, 2), (TextPosition{1, 3}));
    EXPECT_EQ(positionOfOffset(text, 3), (TextPosition{2, 1}));
    EXPECT_EQ(positionOfOffset(text, 7), (TextPosition{2, 4})); // 'd': é is two bytes, one column
    EXPECT_EQ(positionOfOffset(text, 999), (TextPosition{3, 1}));
    EXPECT_EQ(positionOfOffset("\xEF\xBB\xBF"
                               "ab",
                               4),
              (TextPosition{1, 2})); // a byte order mark takes no column
}

TEST(JsonLocations, PathsQuoteKeysThatAreNotIdentifiers) {
    EXPECT_EQ(memberPath("", "teams"), "teams");
    EXPECT_EQ(memberPath("teams[0]", "capacity_by_wave"), "teams[0].capacity_by_wave");
    EXPECT_EQ(memberPath("teams[0].capacity_by_wave", "2"), "teams[0].capacity_by_wave[\"2\"]");
    EXPECT_EQ(memberPath("a", "with space"), "a[\"with space\"]");
    EXPECT_EQ(elementPath("capabilities", 3), "capabilities[3]");
}

TEST(JsonLocations, ValuesAndKeysAreFoundByPath) {
    const std::string text = "{\n"
                             "  \"name\": \"Café\",\n"
                             "  \"teams\": [\n"
                             "    {\"name\": \"Data\", \"n\": [1, {\"x\": null}]}, 7\n"
                             "  ],\n"
                             "  \"empty\": {}, \"none\": []\n"
                             "}";

    const JsonLocations locations = JsonLocations::index(text);

    EXPECT_EQ(locations.valueAt(""), (TextPosition{1, 1}));
    EXPECT_EQ(locations.valueAt("name"), (TextPosition{2, 11}));
    EXPECT_EQ(locations.keyAt("name"), (TextPosition{2, 3}));
    EXPECT_EQ(locations.valueAt("teams"), (TextPosition{3, 12}));
    EXPECT_EQ(locations.valueAt("teams[0]"), (TextPosition{4, 5}));
    EXPECT_EQ(locations.valueAt("teams[0].name"), (TextPosition{4, 14}));
    EXPECT_EQ(locations.valueAt("teams[0].n[1].x"), (TextPosition{4, 37}));
    EXPECT_EQ(locations.valueAt("teams[1]"), (TextPosition{4, 46}));
    EXPECT_EQ(locations.valueAt("empty"), (TextPosition{6, 12}));
    EXPECT_EQ(locations.valueAt("none"), (TextPosition{6, 24}));
    EXPECT_EQ(locations.valueAt("teams[2]"), (TextPosition{}));
    EXPECT_TRUE(locations.duplicateKeys().empty());
}

TEST(JsonLocations, EscapedKeysAreDecoded) {
    const std::string text = R"({"a\"b": 1, "\u00e9": {"k\\": 2}})";

    const JsonLocations locations = JsonLocations::index(text);

    EXPECT_EQ(locations.valueAt("[\"a\\\"b\"]"), (TextPosition{1, 10}));
    EXPECT_EQ(locations.valueAt("[\"é\"][\"k\\\\\"]"), (TextPosition{1, 31}));
}

TEST(JsonLocations, RepeatedKeysAreReportedWhereTheyRepeat) {
    const std::string text = "{\"a\": {\"b\": 1,\n \"b\": 2}, \"c\": {\"b\": 3}}";

    const JsonLocations locations = JsonLocations::index(text);

    ASSERT_EQ(locations.duplicateKeys().size(), 1u);
    EXPECT_EQ(locations.duplicateKeys()[0].path, "a.b");
    EXPECT_EQ(locations.duplicateKeys()[0].position, (TextPosition{2, 2}));
    EXPECT_EQ(locations.valueAt("a.b"), (TextPosition{2, 7})); // the value that is kept
}

TEST(JsonLocations, ScalarDocumentAndByteOrderMark) {
    EXPECT_EQ(JsonLocations::index("  42 ").valueAt(""), (TextPosition{1, 3}));
    EXPECT_EQ(JsonLocations::index("\xEF\xBB\xBF{\"a\": 1}").valueAt("a"), (TextPosition{1, 7}));
}

TEST(JsonLocations, DeepNestingDoesNotExhaustTheStack) {
    const std::string text = std::string(200000, '[') + std::string(200000, ']') + "\n";

    const JsonLocations locations = JsonLocations::index(text);

    EXPECT_EQ(locations.valueAt("[0][0]"), (TextPosition{1, 3}));
    std::string deep;
    for (int i = 0; i < 1000; ++i)
        deep += "[0]";
    EXPECT_EQ(locations.valueAt(deep), (TextPosition{})); // too deep to be worth indexing
}
