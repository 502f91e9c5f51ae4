// Putting a saved file in place: creating never replaces (even when two writers race), links
// are followed only where replacing is allowed, a link to nothing is refused, and the
// temporary files of killed saves go on the next save.

#include "core/io/atomic_file.h"
#include "core/io/file_placement.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

using namespace waveplan;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> entriesOf(const fs::path &folder)
{
    std::vector<std::string> names;
    for (const auto &entry : fs::directory_iterator(folder))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

TEST(FilePlacement, TwoWritersCreatingOneFileNeverBothSucceed)
{
    const test::TempDir dir;
    for (int trial = 0; trial < 40; ++trial) {
        const fs::path path = dir.file("report-" + std::to_string(trial) + ".json");
        std::atomic<int> ready{0};
        Status results[2] = {Ok{}, Ok{}};
        const std::string contents[2] = {std::string(200'000, 'a'), std::string(200'000, 'b')};
        std::thread writers[2];
        for (int w = 0; w < 2; ++w)
            writers[w] = std::thread([&, w] {
                ++ready;
                while (ready.load() < 2) {
                }
                results[w] = writeFileAtomically(path, contents[w], false);
            });
        for (std::thread &t : writers)
            t.join();

        ASSERT_NE(results[0].ok(), results[1].ok()) << "trial " << trial << ": exactly one creates the file";
        const int winner = results[0].ok() ? 0 : 1;
        EXPECT_NE(results[1 - winner].errorText().find("already exists"), std::string::npos)
            << results[1 - winner].errorText();
        EXPECT_EQ(test::readFile(path), contents[winner]) << "the file is the creator's, whole";
    }
    for (const std::string &name : entriesOf(dir.path()))
        EXPECT_EQ(name.find(".tmp-"), std::string::npos) << "no temporary file left: " << name;
}

TEST(FilePlacement, ALinkIsFollowedOnlyWhereReplacingIsAllowed)
{
    const test::TempDir dir;
    fs::create_directory(dir.file("real"));
    const fs::path real = dir.write("real/plan.json", "old");
    fs::create_symlink(real, dir.file("link.json"));

    const Status refused = writeFileAtomically(dir.file("link.json"), "new", false);
    EXPECT_FALSE(refused.ok());
    EXPECT_NE(refused.errorText().find("already exists; add --force"), std::string::npos) << refused.errorText();
    EXPECT_EQ(test::readFile(real), "old");

    ASSERT_TRUE(writeFileAtomically(dir.file("link.json"), "new", true).ok());
    EXPECT_TRUE(fs::is_symlink(dir.file("link.json"))) << "the link stays a link";
    EXPECT_EQ(fs::read_symlink(dir.file("link.json")), real);
    EXPECT_EQ(test::readFile(real), "new") << "the file it points to was replaced";
    EXPECT_EQ(entriesOf(dir.file("real")), std::vector<std::string>{"plan.json"});
}

TEST(FilePlacement, ALinkToNothingIsRefusedAndNothingIsCreated)
{
    const test::TempDir dir;
    fs::create_symlink(dir.file("missing/gone.json"), dir.file("link.json"));

    for (const bool overwrite : {false, true}) {
        const Status written = writeFileAtomically(dir.file("link.json"), "x", overwrite);
        EXPECT_FALSE(written.ok());
        EXPECT_NE(written.errorText().find("symbolic link to " + dir.file("missing/gone.json").string() +
                                           ", which does not exist"),
                  std::string::npos)
            << written.errorText();
    }
    EXPECT_EQ(entriesOf(dir.path()), std::vector<std::string>{"link.json"});
}

TEST(FilePlacement, TemporaryFilesOfKilledSavesGoOnTheNextSaveButNotAFreshOne)
{
    const test::TempDir dir;
    const fs::path old = dir.write(".plan.json.tmp-AbC123", "");
    const fs::path fresh = dir.write(".plan.json.tmp-XyZ789", "");
    const fs::path otherFile = dir.write(".other.json.tmp-AbC123", "");
    fs::last_write_time(old, fs::file_time_type::clock::now() - std::chrono::hours(1));
    fs::last_write_time(otherFile, fs::file_time_type::clock::now() - std::chrono::hours(1));

    ASSERT_TRUE(writeFileAtomically(dir.file("plan.json"), "{}", true).ok());

    EXPECT_FALSE(fs::exists(old)) << "an hour-old temporary file of this plan is a killed save's";
    EXPECT_TRUE(fs::exists(fresh)) << "a save may be writing this one now";
    EXPECT_TRUE(fs::exists(otherFile)) << "another file's temporaries are not ours";
}

TEST(FilePlacement, MessagesNameTheMissingFolderAndAFolderInTheWay)
{
    const test::TempDir dir;
    fs::create_directory(dir.file("plan.json"));

    const Status folderInTheWay = writeFileAtomically(dir.file("plan.json"), "{}", true);
    const Status noFolder = writeFileAtomically(dir.file("nowhere/plan.json"), "{}", true);

    EXPECT_EQ(folderInTheWay.errorText(), dir.file("plan.json").string() + ": cannot write: there is a folder of that name");
    EXPECT_EQ(noFolder.errorText(), dir.file("nowhere/plan.json").string() + ": cannot write: the folder " +
                                        dir.file("nowhere").string() + " does not exist");
}
