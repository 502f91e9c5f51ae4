// The low-readiness threshold at its boundary.
#include "core/model/readiness.h"

#include <gtest/gtest.h>

using namespace waveplan;

TEST(Readiness, TwoOrLessIsLowAndNotAssessedIsNot)
{
    EXPECT_TRUE(isLowReadiness(1));
    EXPECT_TRUE(isLowReadiness(2));
    EXPECT_FALSE(isLowReadiness(3));
    EXPECT_FALSE(isLowReadiness(std::nullopt));
}

TEST(Readiness, AnyLowScoreMakesTheCapabilityLow)
{
    EXPECT_FALSE(hasLowReadiness({}));
    EXPECT_FALSE(hasLowReadiness({3, 3, 3}));
    EXPECT_TRUE(hasLowReadiness({3, std::nullopt, 2}));
    EXPECT_TRUE(hasLowReadiness({2, 5, 5}));
}
