// Test main for the ui library: a QApplication on the offscreen platform unless told otherwise.
// gtest_discover_tests runs this binary at build time, where there may be no display at all.

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <cstdlib>

int main(int argc, char **argv)
{
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location, not the user's
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("WaveplanTests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
