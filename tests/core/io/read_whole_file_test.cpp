// readWholeFile: what every CSV and JSON input goes through. Only regular files are read, so a
// device or a pipe can neither hang the program nor fill its memory.
#include "core/io/atomic_file.h"

#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace waveplan;

TEST(ReadWholeFile, ARegularFileIsReadByteForByte)
{
    const test::TempDir dir;
    const std::string bytes("key,name\n\0A,\xC3\xA9\r\n", 18);
    const auto file = dir.write("plan.csv", bytes);
    const Result<std::string> read = readWholeFile(file);
    ASSERT_TRUE(read.ok()) << read.errorText();
    EXPECT_EQ(read.value(), bytes);
    EXPECT_EQ(readWholeFile(dir.write("empty.csv", "")).value(), "");
}

TEST(ReadWholeFile, APipeNobodyWritesToIsRefusedAtOnceInsteadOfWaitedFor)
{
    const test::TempDir dir;
    const auto fifo = dir.file("plan.csv");
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const Result<std::string> read = readWholeFile(fifo);
    ASSERT_FALSE(read.ok());
    EXPECT_NE(read.errorText().find("not a regular file"), std::string::npos) << read.errorText();
    EXPECT_NE(read.errorText().find(fifo.string()), std::string::npos) << read.errorText();
}

TEST(ReadWholeFile, DevicesFoldersAndMissingFilesAreRefusedByName)
{
    const test::TempDir dir;
    for (const char *device : {"/dev/zero", "/dev/urandom", "/dev/null"}) {
        const Result<std::string> read = readWholeFile(device);
        ASSERT_FALSE(read.ok()) << device;
        EXPECT_NE(read.errorText().find("not a regular file"), std::string::npos) << read.errorText();
    }
    EXPECT_NE(readWholeFile(dir.path()).errorText().find("this is a folder"), std::string::npos);
    EXPECT_NE(readWholeFile(dir.file("missing.json")).errorText().find("the file does not exist"), std::string::npos);
}
