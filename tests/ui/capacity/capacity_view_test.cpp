#include "ui/capacity/capacity_view.h"

#include "commands/command_test_support.h"
#include "graphics/behind_a_tab.h"
#include "schedule/plan_builder.h"
#include "ui/capacity/capacity_model.h"
#include "ui/capacity/status_colors.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <cmath>

using namespace waveplan;
using waveplan::test::documentWith;
using ui::capacity::CapacityModel;

namespace {

/// Data has 2 people; A and B (30 days, 1 person each) run side by side from day 0 in wave 1:
/// 60 of 2 x 90 = 180 people-days. C (Marketing, 20 days) waits for A: days 30..49.
Plan capacityPlan()
{
    return test::PlanBuilder()
        .team("Data", 2)
        .team("Marketing", 1, 3)
        .capability("A", 30, "Data")
        .capability("B", 30, "Data")
        .capability("C", 20, "Marketing")
        .dependency("A", "C")
        .build();
}

struct CapacityFixture {
    explicit CapacityFixture(const Plan &plan = capacityPlan()) : document(documentWith(plan))
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        view = std::make_unique<ui::CapacityView>(document.get(), &selection);
        view->resize(1200, 600);
        view->show();
    }
    ~CapacityFixture() { QLocale::setDefault(QLocale::system()); }

    [[nodiscard]] QModelIndex cell(int team, int wave) const { return view->model()->index(team, wave - 1); }
    [[nodiscard]] QString text(int team, int wave, int role) const { return cell(team, wave).data(role).toString(); }
    [[nodiscard]] LoadStatus status(int team, int wave) const
    {
        return static_cast<LoadStatus>(cell(team, wave).data(CapacityModel::StatusRole).toInt());
    }

    std::unique_ptr<ui::PlanDocument> document;
    ui::SelectionModel selection;
    std::unique_ptr<ui::CapacityView> view;
};

/// WCAG contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
    return palette;
}

} // namespace

TEST(CapacityView, ShowsPeopleDaysAndGoLivesPerTeamAndWave)
{
    CapacityFixture f;

    // Two teams, one column per wave of the horizon (4).
    ASSERT_EQ(f.view->model()->rowCount(), 2);
    ASSERT_EQ(f.view->model()->columnCount(), 4);
    EXPECT_EQ(f.text(0, 1, CapacityModel::PeopleDaysTextRole), "60 / 180 people-days");
    EXPECT_EQ(f.text(0, 1, CapacityModel::PercentTextRole), "33 %");
    EXPECT_DOUBLE_EQ(f.cell(0, 1).data(CapacityModel::FractionRole).toDouble(), 60.0 / 180.0);
    EXPECT_EQ(f.text(0, 1, CapacityModel::GoLivesTextRole), "2 go-lives, no limit");
    EXPECT_EQ(f.text(0, 2, CapacityModel::PeopleDaysTextRole), "0 / 180 people-days");
    // Marketing: 1 person, C for 20 days; its limit of 3 go-lives, one used.
    EXPECT_EQ(f.text(1, 1, CapacityModel::PeopleDaysTextRole), "20 / 90 people-days");
    EXPECT_EQ(f.text(1, 1, CapacityModel::GoLivesTextRole), "1 / 3 go-lives");
    EXPECT_EQ(f.status(0, 1), LoadStatus::Normal);
    EXPECT_TRUE(f.text(0, 1, CapacityModel::MarkerTextRole).isEmpty());
    EXPECT_EQ(f.view->model()->headerData(0, Qt::Horizontal).toString(), "Wave 1\nJan 4 – Apr 3");
    EXPECT_EQ(f.view->model()->headerData(1, Qt::Vertical).toString(), "Marketing\n1 person, ≤ 3 go-lives");
    EXPECT_EQ(f.view->summaryText(), "Every team has room in every wave (below 85 % and within its go-live limit).");
}

TEST(CapacityView, TooltipListsWhatRunsThere)
{
    CapacityFixture f;

    const QString tip = f.text(0, 1, Qt::ToolTipRole);

    EXPECT_TRUE(tip.startsWith("Data, wave 1 (Jan 4 to Apr 3 2027)\n60 of 180 people-days used")) << tip.toStdString();
    EXPECT_TRUE(tip.contains("  A Capability A (1 person)")) << tip.toStdString();
    EXPECT_TRUE(tip.contains("  B Capability B (1 person)")) << tip.toStdString();
    EXPECT_FALSE(tip.contains("Capability C"));
    EXPECT_EQ(f.cell(0, 1).data(CapacityModel::KeysRole).toStringList(), (QStringList{"A", "B"}));
    EXPECT_TRUE(f.cell(0, 2).data(CapacityModel::KeysRole).toStringList().isEmpty());
}

TEST(CapacityView, NearFullIsMarkedByWordsAndColourAndCounted)
{
    // Ops has 1 person in 30-day waves; A takes 26 of its 30 people-days (87 %).
    CapacityFixture f(test::PlanBuilder(30, 2).team("Ops", 1).capability("A", 26, "Ops").build());

    EXPECT_EQ(f.text(0, 1, CapacityModel::PercentTextRole), "87 %");
    EXPECT_EQ(f.status(0, 1), LoadStatus::NearFull);
    EXPECT_EQ(f.text(0, 1, CapacityModel::MarkerTextRole), "! Near full");
    EXPECT_EQ(f.status(0, 2), LoadStatus::Normal);
    EXPECT_EQ(f.view->model()->nearFullCount(), 1);
    EXPECT_EQ(f.view->summaryText(), "! 1 team-wave near full (85 % or more, or at the go-live limit)");
}

TEST(CapacityView, OverTheGoLiveLimitIsMarkedOver)
{
    // Ops absorbs no go-live at all, yet A must go live somewhere: wave 1, one over the limit.
    CapacityFixture f(test::PlanBuilder().team("Ops", 5, 0).capability("A", 10, "Ops").build());
    const TeamWaveLoad *load = f.view->model()->loadAt(f.cell(0, 1));
    ASSERT_NE(load, nullptr);
    ASSERT_EQ(load->goLives, 1);

    EXPECT_EQ(f.text(0, 1, CapacityModel::GoLivesTextRole), "1 / 0 go-lives");
    EXPECT_EQ(f.status(0, 1), LoadStatus::Over);
    EXPECT_EQ(f.text(0, 1, CapacityModel::MarkerTextRole), "OVER go-live limit");
    EXPECT_EQ(f.view->model()->overCount(), 1);
    EXPECT_EQ(f.view->summaryText(), "OVER: 1 team-wave over capacity or go-live limit");
}

TEST(CapacityView, OverCapacityIsMarkedOver)
{
    // 10-day waves; Ops has 1 person but A needs 2 for all 10 days: 20 of 10 people-days.
    CapacityFixture f(test::PlanBuilder(10, 2).team("Ops", 1).capability("A", 10, "Ops", 2).build());
    const TeamWaveLoad *load = f.view->model()->loadAt(f.cell(0, 1));
    ASSERT_NE(load, nullptr);
    ASSERT_EQ(load->peopleDaysUsed, 20);

    EXPECT_EQ(f.text(0, 1, CapacityModel::PercentTextRole), "200 %");
    EXPECT_EQ(f.status(0, 1), LoadStatus::Over);
    EXPECT_EQ(f.text(0, 1, CapacityModel::MarkerTextRole), "OVER capacity");
}

TEST(CapacityView, ClickingACellSelectsWhatRunsThere)
{
    CapacityFixture f;
    QTableView *table = f.view->table();

    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(f.cell(0, 1)).center());
    EXPECT_EQ(f.selection.selectedKeys(), (QStringList{"A", "B"}));

    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(f.cell(1, 1)).center());
    EXPECT_EQ(f.selection.selectedKeys(), QStringList{"C"});

    // An empty cell leaves the selection alone.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(f.cell(0, 3)).center());
    EXPECT_EQ(f.selection.selectedKeys(), QStringList{"C"});
}

TEST(CapacityView, EnterOnTheCurrentCellSelectsWhatRunsThere)
{
    CapacityFixture f;
    QTableView *table = f.view->table();
    table->setFocus();
    table->setCurrentIndex(f.cell(0, 1));

    QTest::keyClick(table, Qt::Key_Return);

    EXPECT_EQ(f.selection.selectedKeys(), (QStringList{"A", "B"}));
}

TEST(CapacityView, CellsHoldingTheSelectionFollowIt)
{
    CapacityFixture f;
    const auto holds = [&](int team, int wave) { return f.cell(team, wave).data(CapacityModel::HoldsSelectionRole).toBool(); };
    EXPECT_FALSE(holds(0, 1));

    f.selection.setSelectedKeys({"C"});
    EXPECT_FALSE(holds(0, 1));
    EXPECT_TRUE(holds(1, 1));

    f.selection.setSelectedKeys({"B"});
    EXPECT_TRUE(holds(0, 1));
    EXPECT_FALSE(holds(1, 1));
}

TEST(CapacityView, FollowsATeamEditAndItsUndo)
{
    CapacityFixture f;
    Team data = *f.document->plan().findTeam("Data");
    data.capacity = 3;
    data.goLiveLimit = 2;

    f.document->undoStack()->push(test::editCommand(f.document.get(), edit::editTeam(f.document->plan(), "Data", data)));

    EXPECT_EQ(f.text(0, 1, CapacityModel::PeopleDaysTextRole), "60 / 270 people-days");
    EXPECT_EQ(f.text(0, 1, CapacityModel::GoLivesTextRole), "2 / 2 go-lives");
    EXPECT_EQ(f.status(0, 1), LoadStatus::NearFull);
    EXPECT_EQ(f.text(0, 1, CapacityModel::MarkerTextRole), "! At go-live limit");

    f.document->undoStack()->undo();

    EXPECT_EQ(f.text(0, 1, CapacityModel::PeopleDaysTextRole), "60 / 180 people-days");
    EXPECT_EQ(f.status(0, 1), LoadStatus::Normal);
}

TEST(CapacityView, FollowsACapabilityEditThatMovesLoadToAnotherWave)
{
    CapacityFixture f;
    Capability b = *f.document->plan().findCapability("B");
    b.pinnedWave = 2;

    f.document->undoStack()->push(test::editCommand(f.document.get(), edit::editCapability(f.document->plan(), "B", b, "Pin B")));

    EXPECT_EQ(f.text(0, 1, CapacityModel::PeopleDaysTextRole), "30 / 180 people-days");
    EXPECT_EQ(f.text(0, 2, CapacityModel::PeopleDaysTextRole), "30 / 180 people-days");
    EXPECT_EQ(f.cell(0, 2).data(CapacityModel::KeysRole).toStringList(), QStringList{"B"});
    f.document->undoStack()->undo();
    EXPECT_EQ(f.text(0, 1, CapacityModel::PeopleDaysTextRole), "60 / 180 people-days");
}

TEST(CapacityView, AHiddenTabCatchesUpWhenShownNotOnEveryEdit)
{
    // In a window the grid is a tab: behind another one it is not rebuilt on each edit, and
    // shows the current load the moment it is brought to the front.
    const auto document = documentWith(capacityPlan());
    ui::SelectionModel selection;
    auto *view = new ui::CapacityView(document.get(), &selection);
    test::BehindATab tab(view);
    ASSERT_TRUE(tab.exposed());
    QSignalSpy resets(view->model(), &QAbstractItemModel::modelReset);
    Capability b = *document->plan().findCapability("B");
    for (int wave : {2, 3}) { // two edits behind the map
        b.pinnedWave = wave;
        document->undoStack()->push(test::editCommand(document.get(), edit::editCapability(document->plan(), "B", b, "Pin B")));
    }
    EXPECT_EQ(resets.count(), 0);

    tab.bringToFront();

    EXPECT_EQ(resets.count(), 1);
    const QModelIndex wave3 = view->model()->index(0, 2);
    EXPECT_EQ(wave3.data(CapacityModel::PeopleDaysTextRole).toString(), "30 / 180 people-days");
    EXPECT_EQ(wave3.data(CapacityModel::KeysRole).toStringList(), QStringList{"B"});

    // In front, it follows each edit at once.
    document->undoStack()->undo();
    EXPECT_EQ(resets.count(), 2);
    EXPECT_EQ(view->model()->index(0, 1).data(CapacityModel::KeysRole).toStringList(), QStringList{"B"});
}

TEST(CapacityView, SaysWhyThereIsNoGrid)
{
    CapacityFixture noTeams(test::PlanBuilder().capability("A", 10).build());
    EXPECT_EQ(noTeams.view->model()->rowCount(), 0);
    EXPECT_TRUE(noTeams.view->summaryText().startsWith("No teams yet")) << noTeams.view->summaryText().toStdString();

    CapacityFixture cycle(test::PlanBuilder()
                              .team("Data", 1)
                              .capability("A", 10, "Data")
                              .capability("B", 10, "Data")
                              .dependency("A", "B")
                              .dependency("B", "A")
                              .build());
    EXPECT_EQ(cycle.view->model()->rowCount(), 0);
    EXPECT_TRUE(cycle.view->summaryText().startsWith("No schedule")) << cycle.view->summaryText().toStdString();
}

TEST(CapacityView, WarningColoursReadInLightAndDarkPalettes)
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    for (const QPalette &palette : {light, darkPalette()}) {
        const auto c = ui::capacity::StatusColors::fromPalette(palette);
        EXPECT_GE(contrast(c.overFill, c.overText), 4.5);
        EXPECT_GE(contrast(c.nearFill, c.nearText), 4.5);
        EXPECT_GE(contrast(c.flagFill, c.flagText), 4.5);
        // The two warnings differ from each other and from a plain cell.
        EXPECT_GE(contrast(c.overFill, c.nearFill), 1.5);
        EXPECT_GE(contrast(c.nearFill, palette.color(QPalette::Base)), 1.5);
        EXPECT_GE(contrast(c.overFill, palette.color(QPalette::Base)), 1.5);
    }
}
