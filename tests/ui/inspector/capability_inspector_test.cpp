#include "ui/inspector/capability_inspector.h"

#include "core/edit/capability_edits.h"

#include "commands/command_test_support.h"
#include "core/model/date.h"
#include "ui/text/wave_labels.h"
#include "schedule/plan_builder.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTest>

using namespace waveplan;
using waveplan::test::documentWith;

namespace {

Plan inspectorPlan()
{
    Plan plan = test::PlanBuilder()
                    .team("Data", 2)
                    .team("Marketing", 3)
                    .capability("DATA", 10, "Data")
                    .capability("CDP", 20, "Data", 2)
                    .demand("CDP", "Marketing", 1)
                    .dependency("DATA", "CDP", 5)
                    .build();
    Capability &cdp = *plan.findCapability("CDP");
    cdp.name = "Customer data platform";
    cdp.kind = CapabilityKind::Additive;
    cdp.owner = "Ana";
    cdp.approach = Approach::Buy;
    cdp.kpi = "Repeat purchase rate";
    cdp.readiness.technical = 3;
    cdp.value = 12.5;
    cdp.deadlineWave = 3;
    cdp.retires = "Old CRM";
    cdp.notes = "Vendor shortlist ready";
    return plan;
}

/// A document, a selection and an inspector on them, shown so focus and key events behave.
struct InspectorFixture {
    std::unique_ptr<ui::PlanDocument> document = documentWith(inspectorPlan());
    ui::SelectionModel selection;
    ui::CapabilityInspector inspector{document.get(), &selection};

    InspectorFixture() { inspector.show(); }
    [[nodiscard]] int undoSteps() const { return document->undoStack()->count(); }
};

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void typeInto(QSpinBox *spin, const QString &text)
{
    spin->selectAll();
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Return);
}

} // namespace

TEST(CapabilityInspector, WithNothingSelectedItIsDisabledAndSaysSelectACapability)
{
    InspectorFixture f;

    EXPECT_TRUE(f.inspector.shownKey().isEmpty());
    EXPECT_FALSE(f.inspector.ownerEdit()->isEnabled());
    auto *hint = f.inspector.findChild<QLabel *>("selectHint");
    ASSERT_NE(hint, nullptr);
    EXPECT_EQ(hint->text(), "Select a capability");
    EXPECT_TRUE(hint->isVisible());
}

TEST(CapabilityInspector, ShowsEveryFieldOfTheSelectedCapability)
{
    InspectorFixture f;

    f.selection.setSelectedKeys({"DATA", "CDP"});

    EXPECT_EQ(f.inspector.shownKey(), "CDP");
    EXPECT_TRUE(f.inspector.ownerEdit()->isEnabled());
    EXPECT_EQ(f.inspector.keyEdit()->text(), "CDP");
    EXPECT_EQ(f.inspector.nameEdit()->text(), "Customer data platform");
    EXPECT_EQ(f.inspector.kindCombo()->currentText(), "Additive");
    EXPECT_EQ(f.inspector.durationSpin()->value(), 20);
    EXPECT_EQ(f.inspector.demandEdit()->text(), "Data:2; Marketing:1");
    EXPECT_EQ(f.inspector.ownerEdit()->text(), "Ana");
    EXPECT_EQ(f.inspector.approachCombo()->currentText(), "Buy");
    EXPECT_EQ(f.inspector.kpiEdit()->text(), "Repeat purchase rate");
    EXPECT_EQ(f.inspector.technicalSpin()->value(), 3);
    EXPECT_EQ(f.inspector.skillsSpin()->text(), "not assessed");
    EXPECT_EQ(f.inspector.valueEdit()->text(), "12.5");
    EXPECT_EQ(f.inspector.costEdit()->text(), "");
    EXPECT_EQ(f.inspector.earliestSpin()->text(), "none");
    EXPECT_EQ(f.inspector.deadlineSpin()->value(), 3);
    EXPECT_EQ(f.inspector.retiresEdit()->text(), "Old CRM");
    EXPECT_EQ(f.inspector.notesEdit()->toPlainText(), "Vendor shortlist ready");
    EXPECT_EQ(f.inspector.ownerEdit()->accessibleName(), "owner");
}

TEST(CapabilityInspector, LongTextsShowTheirBeginningNotTheirEnd)
{
    InspectorFixture f;

    f.selection.setSelectedKeys({"CDP"});

    // QLineEdit::setText leaves the cursor at the end, which scrolls a long name to its last words.
    for (const QLineEdit *edit : {f.inspector.nameEdit(), f.inspector.kpiEdit(), f.inspector.demandEdit(),
                                  f.inspector.retiresEdit()}) {
        EXPECT_FALSE(edit->text().isEmpty());
        EXPECT_EQ(edit->cursorPosition(), 0) << edit->accessibleName().toStdString();
    }
}

TEST(CapabilityInspector, ShowsTheScheduleFactsAndWhyItStartsThere)
{
    InspectorFixture f;

    f.selection.setSelectedKeys({"CDP"});

    // DATA runs days 0..9; CDP waits for it plus 5 days lag: days 15..34, wave 1 (90-day waves).
    EXPECT_EQ(f.inspector.waveLabel()->text(), "1");
    const Date start = f.document->plan().startDate;
    const QString expectedDates = QString::fromStdString(formatIsoDate(addDays(start, 15))) + " – " +
                                  QString::fromStdString(formatIsoDate(addDays(start, 34)));
    EXPECT_EQ(f.inspector.datesLabel()->text(), expectedDates);
    EXPECT_TRUE(f.inspector.reasonLabel()->text().contains("DATA")) << f.inspector.reasonLabel()->text().toStdString();
    EXPECT_FALSE(f.inspector.slackLabel()->text().isEmpty());
}

TEST(CapabilityInspector, EditingTheOwnerPushesOneNamedCommandAndUndoRestoresThePlanExactly)
{
    InspectorFixture f;
    f.selection.setSelectedKeys({"CDP"});
    const Plan before = f.document->plan();

    typeInto(f.inspector.ownerEdit(), "Bruno");

    ASSERT_EQ(f.undoSteps(), 1);
    EXPECT_EQ(f.document->undoStack()->undoText(), "Change owner of CDP");
    EXPECT_EQ(f.document->plan().findCapability("CDP")->owner, "Bruno");
    Plan expected = before;
    expected.findCapability("CDP")->owner = "Bruno";
    EXPECT_TRUE(f.document->plan() == expected);

    f.document->undoStack()->undo();

    EXPECT_TRUE(f.document->plan() == before);
    EXPECT_EQ(f.inspector.ownerEdit()->text(), "Ana") << "the form follows undo";
    f.document->undoStack()->redo();
    EXPECT_EQ(f.inspector.ownerEdit()->text(), "Bruno") << "the form follows redo";
}

TEST(CapabilityInspector, EditingTheDurationAndDemandUpdatesThePlanAndTheSchedule)
{
    InspectorFixture f;
    f.selection.setSelectedKeys({"CDP"});

    typeInto(f.inspector.durationSpin(), "30");
    typeInto(f.inspector.demandEdit(), "Marketing:2");

    ASSERT_EQ(f.undoSteps(), 2);
    const Capability &cdp = *f.document->plan().findCapability("CDP");
    EXPECT_EQ(cdp.durationDays, 30);
    EXPECT_EQ(cdp.demand, (std::vector<TeamDemand>{{"Marketing", 2}}));
    const Date start = f.document->plan().startDate;
    EXPECT_TRUE(f.inspector.datesLabel()->text().endsWith(QString::fromStdString(formatIsoDate(addDays(start, 44)))))
        << f.inspector.datesLabel()->text().toStdString();
}

TEST(CapabilityInspector, InvalidInputShowsAMessageAndPushesNothing)
{
    InspectorFixture f;
    f.selection.setSelectedKeys({"CDP"});
    const Plan before = f.document->plan();

    typeInto(f.inspector.demandEdit(), "Legal:1");
    const QString unknownTeam = f.inspector.message();
    typeInto(f.inspector.keyEdit(), "two words");
    const QString badKey = f.inspector.message();
    typeInto(f.inspector.keyEdit(), "DATA");
    const QString takenKey = f.inspector.message();
    typeInto(f.inspector.valueEdit(), "lots");

    EXPECT_EQ(f.undoSteps(), 0);
    EXPECT_TRUE(f.document->plan() == before);
    EXPECT_TRUE(unknownTeam.contains("Legal")) << unknownTeam.toStdString();
    // The inspector shows the edit builder's own words, as every view does.
    Capability renamed = *before.findCapability("CDP");
    renamed.key = "two words";
    EXPECT_EQ(badKey.toStdString(), edit::editCapability(before, "CDP", renamed).errors().front().message);
    renamed.key = "DATA";
    EXPECT_EQ(takenKey.toStdString(), edit::editCapability(before, "CDP", renamed).errors().front().message);
    EXPECT_TRUE(takenKey.contains("already used")) << takenKey.toStdString();
    EXPECT_TRUE(f.inspector.message().contains("lots"));
}

TEST(CapabilityInspector, ConfirmingAnUnchangedFieldPushesNothing)
{
    InspectorFixture f;
    f.selection.setSelectedKeys({"CDP"});

    QTest::keyClick(f.inspector.ownerEdit(), Qt::Key_Return);
    typeInto(f.inspector.demandEdit(), "Data : 2 ; Marketing");

    EXPECT_EQ(f.undoSteps(), 0);
    EXPECT_TRUE(f.inspector.message().isEmpty());
}

TEST(CapabilityInspector, RenamingTheKeyKeepsTheCapabilitySelected)
{
    InspectorFixture f;
    f.selection.setSelectedKeys({"CDP"});

    typeInto(f.inspector.keyEdit(), "CDP2");

    ASSERT_EQ(f.undoSteps(), 1);
    EXPECT_EQ(f.document->undoStack()->undoText(), "Rename CDP to CDP2");
    EXPECT_EQ(f.selection.selectedKeys(), QStringList{"CDP2"});
    EXPECT_EQ(f.inspector.shownKey(), "CDP2");
    EXPECT_EQ(f.document->plan().dependencies[0].successor, "CDP2");
}

TEST(CapabilityInspector, ChoosingAnApproachAndClearingReadinessAreEdits)
{
    InspectorFixture f;
    f.selection.setSelectedKeys({"CDP"});

    f.inspector.approachCombo()->setCurrentIndex(f.inspector.approachCombo()->findText("Integrate"));
    emit f.inspector.approachCombo()->activated(f.inspector.approachCombo()->currentIndex());
    typeInto(f.inspector.technicalSpin(), "0");

    ASSERT_EQ(f.undoSteps(), 2);
    const Capability &cdp = *f.document->plan().findCapability("CDP");
    EXPECT_EQ(cdp.approach, Approach::Integrate);
    EXPECT_EQ(cdp.readiness.technical, std::nullopt);
    EXPECT_EQ(f.document->undoStack()->undoText(), "Change technical readiness of CDP");
}

TEST(CapabilityInspector, NotesAreCommittedWhenTheFieldLosesFocus)
{
    InspectorFixture f;
    f.selection.setSelectedKeys({"CDP"});
    f.inspector.notesEdit()->setPlainText("Signed with vendor");

    QFocusEvent focusOut(QEvent::FocusOut, Qt::TabFocusReason);
    QApplication::sendEvent(f.inspector.notesEdit(), &focusOut);

    ASSERT_EQ(f.undoSteps(), 1);
    EXPECT_EQ(f.document->plan().findCapability("CDP")->notes, "Signed with vendor");
}

TEST(CapabilityInspector, FollowsTheSelectionAndADeletedCapability)
{
    InspectorFixture f;
    f.selection.setSelectedKeys({"CDP"});

    f.selection.setSelectedKeys({"DATA"});
    EXPECT_EQ(f.inspector.keyEdit()->text(), "DATA");
    EXPECT_EQ(f.inspector.ownerEdit()->text(), "");

    f.selection.clear();
    EXPECT_TRUE(f.inspector.shownKey().isEmpty());
    EXPECT_FALSE(f.inspector.keyEdit()->isEnabled());
}

TEST(CapabilityInspector, ShowsWhatWouldMoveItEarlierWithLinksToTheCapabilitiesNamed)
{
    InspectorFixture f;

    f.selection.setSelectedKeys({"CDP"});

    // CDP waits for DATA (last day: day 9) plus 5 days lag (days 10-14); nothing else holds it.
    const Date start = f.document->plan().startDate;
    const auto on = [&](int day) { return QString::fromStdString(formatIsoDate(addDays(start, day))); };
    const QString advice = f.inspector.adviceLabel()->text();
    EXPECT_TRUE(advice.contains("Finish <a href=\"capability:DATA\">DATA</a> sooner: it finishes on " + on(9) +
                                " and CDP can start after 5 days of lag, on " + on(15) + "."))
        << advice.toStdString();
    EXPECT_TRUE(advice.contains("remove the dependency <a href=\"capability:DATA\">DATA</a> -&gt; CDP"))
        << advice.toStdString();

    f.selection.setSelectedKeys({"DATA"});
    EXPECT_TRUE(f.inspector.adviceLabel()->text().contains("It starts on the plan's first day, " + on(0) +
                                                           ": nothing holds it."));
}

TEST(CapabilityInspector, FollowingAnAdviceLinkSelectsThatCapability)
{
    InspectorFixture f;
    f.selection.setSelectedKeys({"CDP"});
    QLabel *advice = f.inspector.adviceLabel();
    f.inspector.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&f.inspector));
    advice->setFocus();
    ASSERT_TRUE(advice->hasFocus());

    // Tab moves to the first link in the label, Enter follows it: keyboard users get there too.
    QTest::keyClick(advice, Qt::Key_Tab);
    QTest::keyClick(advice, Qt::Key_Return);

    EXPECT_EQ(f.selection.selectedKeys(), QStringList{"DATA"});
    EXPECT_EQ(f.inspector.shownKey(), "DATA");
}

TEST(CapabilityInspector, AdviceFollowsEditsAndUndo)
{
    InspectorFixture f;
    f.selection.setSelectedKeys({"CDP"});

    typeInto(f.inspector.pinnedSpin(), "3");

    ASSERT_EQ(f.undoSteps(), 1);
    EXPECT_TRUE(f.inspector.adviceLabel()->text().contains("Unpin it (it is pinned to wave 3), or pin it to an earlier wave."))
        << f.inspector.adviceLabel()->text().toStdString();
    f.document->undoStack()->undo();
    EXPECT_FALSE(f.inspector.adviceLabel()->text().contains("Unpin it"));
    EXPECT_TRUE(f.inspector.adviceLabel()->text().contains("capability:DATA"));
}

TEST(CapabilityInspector, WhenAndWhyComeBeforeTheFieldsThatChangeThem)
{
    InspectorFixture f;
    f.inspector.resize(420, 900);
    f.selection.setSelectedKeys({QStringLiteral("CDP")});
    QApplication::processEvents();

    const auto top = [&](const QWidget *w) { return w->mapTo(&f.inspector, QPoint(0, 0)).y(); };
    EXPECT_LT(top(f.inspector.waveLabel()), top(f.inspector.keyEdit()));
    EXPECT_LT(top(f.inspector.reasonLabel()), top(f.inspector.keyEdit()));
    const auto *advice = f.inspector.findChild<QLabel *>(QStringLiteral("moveEarlierAdvice"));
    ASSERT_NE(advice, nullptr);
    EXPECT_LT(top(advice), top(f.inspector.keyEdit()));
    EXPECT_FALSE(f.inspector.reasonLabel()->text().isEmpty());
}

TEST(CapabilityInspector, EditNamePutsTheCursorInTheNameWithItsTextSelected)
{
    InspectorFixture f;
    f.inspector.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&f.inspector));
    f.selection.setSelectedKeys({QStringLiteral("CDP")});

    f.inspector.editName();
    QTest::keyClicks(QApplication::focusWidget(), "Unified profiles");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    EXPECT_EQ(f.document->plan().findCapability("CDP")->name, "Unified profiles")
        << "typing replaced the whole name";
}

TEST(CapabilityInspector, MarkingWorkDoneTakesItsScheduledDatesAndUndoesInOneStep)
{
    InspectorFixture f;
    Plan plan = inspectorPlan(); // every day worked from Monday 4 January 2027
    plan.asOf = test::on(2027, 2, 1);
    f.document->resetPlan(plan);
    f.selection.setSelectedKeys({"DATA"});
    EXPECT_FALSE(f.inspector.actualStartEdit()->isEnabled()) << "planned work has no actual dates";
    const int before = f.undoSteps();

    QComboBox *status = f.inspector.statusCombo();
    status->setCurrentIndex(status->findText("Done"));
    emit status->activated(status->currentIndex());

    ASSERT_EQ(f.undoSteps(), before + 1);
    EXPECT_EQ(f.document->undoStack()->undoText(), "Mark DATA done");
    const Capability &data = *f.document->plan().findCapability("DATA");
    EXPECT_EQ(data.status, WorkStatus::Done);
    EXPECT_EQ(data.actualStart, test::on(2027, 1, 4)); // its scheduled 10 days: 4 to 13 January
    EXPECT_EQ(data.actualFinish, test::on(2027, 1, 13));
    EXPECT_TRUE(f.inspector.actualFinishEdit()->isEnabled());
    EXPECT_FALSE(f.inspector.remainingSpin()->isEnabled());
    EXPECT_EQ(f.inspector.reasonLabel()->text(), "done: worked 2027-01-04 to 2027-01-13");

    f.document->undoStack()->undo();
    EXPECT_EQ(f.document->plan().findCapability("DATA")->status, WorkStatus::Planned);
    EXPECT_EQ(f.inspector.statusCombo()->currentText(), "Planned") << "the form follows undo";
}

TEST(CapabilityInspector, WorkUnderWayTakesItsDaysLeftAndADateAfterTheAsOfDateIsRefused)
{
    InspectorFixture f;
    Plan plan = inspectorPlan();
    plan.startDate = test::on(2020, 1, 6); // long ago, so today is after its work
    f.document->resetPlan(plan);
    f.selection.setSelectedKeys({"DATA"});

    QComboBox *status = f.inspector.statusCombo();
    status->setCurrentIndex(status->findText("In progress"));
    emit status->activated(status->currentIndex());
    ASSERT_EQ(f.document->plan().findCapability("DATA")->status, WorkStatus::InProgress);
    EXPECT_EQ(f.document->plan().asOf, ui::todayDate()) << "progress says which day it describes: today";

    typeInto(f.inspector.remainingSpin(), "4");
    EXPECT_EQ(f.document->plan().findCapability("DATA")->remainingDays, 4);
    EXPECT_EQ(f.document->undoStack()->undoText(), "Change progress of DATA");
    EXPECT_NE(f.inspector.reasonLabel()->text().indexOf("4 days left"), -1) << f.inspector.reasonLabel()->text().toStdString();

    // An actual start after the as-of date (today): refused, said, and nothing changes.
    const Plan kept = f.document->plan();
    const int steps = f.undoSteps();
    f.inspector.actualStartEdit()->setDate(QDate::currentDate().addDays(3));
    emit f.inspector.actualStartEdit()->editingFinished();
    EXPECT_EQ(f.undoSteps(), steps);
    EXPECT_TRUE(f.document->plan() == kept);
    EXPECT_NE(f.inspector.message().indexOf("after the as-of date"), -1) << f.inspector.message().toStdString();
    EXPECT_EQ(f.inspector.actualStartEdit()->date(), QDate(2020, 1, 6)) << "the editor shows the plan again";
}
