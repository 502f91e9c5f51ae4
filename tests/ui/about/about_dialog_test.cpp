// Help > About: version, licence, the libraries with their versions, the documentation link.

#include "ui/about/about_dialog.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QLabel>
#include <QRegularExpression>
#include <QTableWidget>

#include <gtest/gtest.h>

#include <algorithm>

using namespace waveplan;

namespace {

const LibraryVersion *find(const std::vector<LibraryVersion> &libraries, const std::string &name)
{
    const auto it = std::find_if(libraries.begin(), libraries.end(),
                                 [&name](const LibraryVersion &library) { return library.name == name; });
    return it == libraries.end() ? nullptr : &*it;
}

} // namespace

TEST(About, ListsQtSqliteAndTheOtherLibrariesWithDottedVersions)
{
    const std::vector<LibraryVersion> libraries = ui::desktopLibraryVersions();

    const LibraryVersion *qt = find(libraries, "Qt");
    ASSERT_NE(qt, nullptr);
    EXPECT_EQ(qt->version, qVersion());
    const LibraryVersion *sqlite = find(libraries, "SQLite");
    ASSERT_NE(sqlite, nullptr);
    EXPECT_EQ(sqlite->version.rfind("3.", 0), 0U) << sqlite->version;
    for (const char *name : {"Boost", "SQLiteCpp", "nlohmann_json", "libcsv", "spdlog", "CLI11"})
        EXPECT_NE(find(libraries, name), nullptr) << name;
    const QRegularExpression dotted(QStringLiteral("^\\d+(\\.\\d+)+$"));
    for (const LibraryVersion &library : libraries) {
        EXPECT_TRUE(dotted.match(QString::fromStdString(library.version)).hasMatch())
            << library.name << " " << library.version;
        EXPECT_FALSE(library.licence.empty()) << library.name;
    }
}

TEST(About, TheDialogShowsVersionLicenceLibrariesAndADocsLink)
{
    ui::AboutDialog dialog;

    const QString text = dialog.findChild<QLabel *>(QStringLiteral("aboutText"))->text();
    EXPECT_TRUE(text.contains(QStringLiteral(WAVEPLAN_VERSION)));
    EXPECT_TRUE(text.contains(QStringLiteral("GPL-3.0-or-later")));
    EXPECT_TRUE(text.contains(QStringLiteral("<a href=\"") + ui::documentationUrl().toString()));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("libraryTable"));
    ASSERT_NE(table, nullptr);
    const auto libraries = ui::desktopLibraryVersions();
    ASSERT_EQ(table->rowCount(), static_cast<int>(libraries.size()));
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Qt"));
    EXPECT_EQ(table->item(0, 1)->text(), QString::fromLatin1(qVersion()));
}

TEST(About, HelpAboutOpensTheDialog)
{
    ui::MainWindow window;
    window.show();
    auto *about = window.findChild<QAction *>(QStringLiteral("aboutAction"));
    ASSERT_NE(about, nullptr);

    about->trigger();

    auto *dialog = window.findChild<ui::AboutDialog *>(QStringLiteral("aboutDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    dialog->close();
}
