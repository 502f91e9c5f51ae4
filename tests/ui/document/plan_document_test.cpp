#include "ui/document/plan_document.h"


#include "commands/command_test_support.h"
#include "core/io/plan_json.h"
#include "core/store/plan_store.h"
#include "support/plan_generator.h"
#include "support/temp_dir.h"

#include <QSignalSpy>

using namespace waveplan;
using waveplan::test::documentWith;

namespace {

QUndoCommand *longerFirstCapability(ui::PlanDocument &doc)
{
    Capability c = doc.plan().capabilities.front();
    c.durationDays += 1;
    return test::editCommand(&doc, edit::editCapability(doc.plan(), c.key, c, "Change duration"));
}

} // namespace

TEST(PlanDocument, SavesAPlanThatOpensAsTheSamePlan)
{
    test::TempDir dir;
    const Plan plan = test::generatePlan(5);
    auto doc = documentWith(plan);

    ASSERT_TRUE(doc->saveAs(dir.file("saved.waveplan")));
    const Result<Plan> reopened = openPlan(PlanLocation::ofFile(dir.file("saved.waveplan")));

    ASSERT_TRUE(reopened) << reopened.errorText();
    EXPECT_TRUE(*reopened == withIds(plan));
    EXPECT_EQ(doc->filePath(), dir.file("saved.waveplan"));
}

TEST(PlanDocument, SavesAndOpensPlanJson)
{
    test::TempDir dir;
    const Plan plan = test::generatePlan(6);
    auto doc = documentWith(plan);
    ASSERT_TRUE(doc->saveAs(dir.file("plan.json")));
    auto other = documentWith(Plan{});

    const Status opened = other->open(dir.file("plan.json"));

    ASSERT_TRUE(opened) << opened.errorText();
    EXPECT_TRUE(other->plan() == withIds(plan));
    EXPECT_TRUE(*planFromJson(test::readFile(dir.file("plan.json"))) == plan) << "plan JSON carries no ids";
}

TEST(PlanDocument, IsModifiedAfterAnEditUntilSavedOrUndone)
{
    test::TempDir dir;
    auto doc = documentWith(test::generatePlan(8));
    QSignalSpy fileState(doc.get(), &ui::PlanDocument::fileStateChanged);
    ASSERT_FALSE(doc->isModified());

    doc->undoStack()->push(longerFirstCapability(*doc));
    EXPECT_TRUE(doc->isModified());
    doc->undoStack()->undo();
    EXPECT_FALSE(doc->isModified());
    doc->undoStack()->redo();
    EXPECT_TRUE(doc->isModified());
    ASSERT_TRUE(doc->saveAs(dir.file("p.waveplan")));
    EXPECT_FALSE(doc->isModified());
    doc->undoStack()->undo(); // back before the saved state: modified again
    EXPECT_TRUE(doc->isModified());

    EXPECT_EQ(fileState.count(), 5);
}

TEST(PlanDocument, OpeningABadFileChangesNothingAndNamesTheFile)
{
    test::TempDir dir;
    const Plan plan = test::generatePlan(9);
    ASSERT_TRUE(savePlan(plan, PlanLocation::ofFile(dir.file("good.waveplan"))));
    auto doc = documentWith(Plan{});
    ASSERT_TRUE(doc->open(dir.file("good.waveplan")));
    doc->undoStack()->push(longerFirstCapability(*doc));
    const Plan edited = doc->plan();
    const auto bad = dir.write("bad.waveplan", "this is not a plan");
    const auto badJson = dir.write("bad.json", "{ \"format\": ");
    QSignalSpy changes(doc.get(), &ui::PlanDocument::planChanged);

    const Status opened = doc->open(bad);
    const Status openedJson = doc->open(badJson);

    ASSERT_FALSE(opened);
    ASSERT_FALSE(openedJson);
    EXPECT_NE(opened.errorText().find(bad.string()), std::string::npos) << opened.errorText();
    EXPECT_NE(openedJson.errorText().find("bad.json"), std::string::npos) << openedJson.errorText();
    EXPECT_TRUE(doc->plan() == edited);
    EXPECT_EQ(doc->filePath(), dir.file("good.waveplan"));
    EXPECT_EQ(doc->undoStack()->count(), 1);
    EXPECT_EQ(changes.count(), 0);
}

TEST(PlanDocument, ASaveThatFailsKeepsThePathAndTheModifiedState)
{
    test::TempDir dir;
    auto doc = documentWith(test::generatePlan(10));
    doc->undoStack()->push(longerFirstCapability(*doc));

    const Status saved = doc->saveAs(dir.file("missing-folder/p.waveplan"));

    EXPECT_FALSE(saved);
    EXPECT_TRUE(doc->filePath().empty());
    EXPECT_TRUE(doc->isModified());
}

TEST(PlanDocument, ResetPlanClearsTheHistoryAndAnnouncesAReset)
{
    auto doc = documentWith(test::generatePlan(12));
    doc->undoStack()->push(longerFirstCapability(*doc));
    const quint64 revision = doc->revision();
    QSignalSpy changes(doc.get(), &ui::PlanDocument::planChanged);
    const Plan next = test::generatePlan(13);

    doc->resetPlan(next, "/tmp/next.waveplan");

    EXPECT_TRUE(doc->plan() == withIds(next)) << "an open plan always has ids";
    EXPECT_EQ(doc->undoStack()->count(), 0);
    EXPECT_FALSE(doc->isModified());
    EXPECT_EQ(doc->filePath(), "/tmp/next.waveplan");
    EXPECT_GT(doc->revision(), revision);
    ASSERT_EQ(changes.count(), 1);
    EXPECT_EQ(changes.at(0).at(0).value<ui::PlanChange>(), ui::PlanChange::Reset);
}

TEST(SelectionModel, AnnouncesOnlyRealChanges)
{
    ui::SelectionModel selection;
    QSignalSpy spy(&selection, &ui::SelectionModel::selectionChanged);

    selection.setSelectedKeys({"A", "B"});
    selection.setSelectedKeys({"A", "B"});
    selection.clear();

    EXPECT_EQ(spy.count(), 2);
    EXPECT_TRUE(selection.currentKey().isEmpty());
}
