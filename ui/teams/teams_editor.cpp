#include "ui/teams/teams_editor.h"

#include "core/edit/team_edits.h"
#include "core/model/plan.h"
#include "ui/commands/plan_edit_command.h"
#include "ui/document/plan_document.h"
#include "ui/inspector/field_text.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace waveplan::ui {

namespace {

constexpr int kMaxChangeLimit = 99;

QString changeLimitText(const std::optional<int> &limit)
{
    return limit ? QString::number(*limit) : QString();
}

} // namespace

TeamsEditor::TeamsEditor(PlanDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Team"), tr("Capacity"), tr("Change limit"), tr("Capacity by wave")});
    // The number columns as wide as their header or widest cell, so "Capacity by wave" is never cut
    // short; the team names take what is left (see fitColumns()).
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAccessibleName(tr("Teams"));
    m_table->setToolTip(tr("Change limit: most go-lives per wave (0 to 99, empty for no limit). "
                           "Capacity by wave: overrides such as \"w2=3; w4=1\"."));
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_addButton = new QPushButton(tr("&Add team"), this);
    m_removeButton = new QPushButton(tr("&Remove team"), this);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setAccessibleName(tr("Teams message"));
    m_message->hide();
    layout->addWidget(m_message);

    connect(m_addButton, &QPushButton::clicked, this, &TeamsEditor::addTeam);
    connect(m_removeButton, &QPushButton::clicked, this, &TeamsEditor::removeCurrentTeam);
    connect(m_table, &QTableWidget::itemChanged, this, &TeamsEditor::onItemChanged);
    connect(m_document, &PlanDocument::planChanged, this, [this](PlanChange change) {
        if (change == PlanChange::Teams || change == PlanChange::Reset)
            rebuild();
    });
    rebuild();
}

QString TeamsEditor::message() const { return m_message->text(); }

void TeamsEditor::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void TeamsEditor::rebuild()
{
    m_loading = true;
    const int currentRow = m_table->currentRow();
    const std::vector<Team> &teams = m_document->plan().teams;
    m_table->setRowCount(int(teams.size()));
    for (int row = 0; row < int(teams.size()); ++row) {
        const Team &team = teams[std::size_t(row)];
        const QString cells[ColumnCount] = {QString::fromStdString(team.name), QString::number(team.capacity),
                                            changeLimitText(team.goLiveLimit),
                                            capacityByWaveToText(team.capacityByWave)};
        for (int column = 0; column < ColumnCount; ++column) {
            QTableWidgetItem *item = m_table->item(row, column);
            if (item == nullptr) {
                item = new QTableWidgetItem;
                m_table->setItem(row, column, item);
            }
            item->setText(cells[column]);
        }
    }
    if (currentRow >= 0 && currentRow < m_table->rowCount())
        m_table->setCurrentCell(currentRow, 0);
    m_removeButton->setEnabled(!teams.empty());
    m_loading = false;
    fitColumns();
}

void TeamsEditor::fitColumns()
{
    constexpr int kMinNameWidth = 100; // room for a short team name; longer ones elide
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSections(QHeaderView::ResizeToContents); // now, not at the next layout
    int width = 2 * m_table->frameWidth() + kMinNameWidth +
                m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_table);
    for (int column = CapacityColumn; column < ColumnCount; ++column)
        width += header->sectionSize(column);
    m_table->setMinimumWidth(width);
}

void TeamsEditor::onItemChanged(QTableWidgetItem *item)
{
    if (m_loading)
        return;
    const Plan &plan = m_document->plan();
    const int row = item->row();
    if (row < 0 || row >= int(plan.teams.size()))
        return;
    const Team &current = plan.teams[std::size_t(row)];
    Team edited = current;
    const QString text = item->text().trimmed();
    QString error;
    switch (item->column()) {
    case NameColumn:
        edited.name = text.toStdString(); // the edit's builder says why a name is refused
        break;
    case CapacityColumn: {
        bool ok = false;
        edited.capacity = text.toInt(&ok);
        if (!ok || edited.capacity < 0)
            error = tr("Capacity of %1: \"%2\" is not a number of people; enter a whole number from 0.")
                        .arg(QString::fromStdString(current.name), text);
        break;
    }
    case ChangeLimitColumn: {
        bool ok = true;
        const int limit = text.isEmpty() ? 0 : text.toInt(&ok);
        if (!ok || limit < 0 || limit > kMaxChangeLimit)
            error = tr("Change limit of %1: enter a whole number from 0 to %2, or leave it empty for no limit.")
                        .arg(QString::fromStdString(current.name))
                        .arg(kMaxChangeLimit);
        edited.goLiveLimit = text.isEmpty() ? std::nullopt : std::optional<int>(limit);
        break;
    }
    case CapacityByWaveColumn: {
        auto parsed = parseCapacityByWave(text);
        if (auto *message = std::get_if<QString>(&parsed))
            error = *message;
        else
            edited.capacityByWave = std::get<std::map<int, int>>(std::move(parsed));
        break;
    }
    default: return;
    }
    bool pushed = false;
    if (error.isEmpty() && !(edited == current)) {
        error = pushEdit(m_document, edit::editTeam(plan, current.name, edited));
        pushed = error.isEmpty();
    }
    showMessage(error);
    if (!pushed)
        rebuild(); // put back the text the plan holds
}

void TeamsEditor::addTeam()
{
    const Plan &plan = m_document->plan();
    int number = 1;
    while (plan.findTeam(tr("Team %1").arg(number).toStdString()) != nullptr)
        ++number;
    Team team;
    team.name = tr("Team %1").arg(number).toStdString();
    const QString refused = pushEdit(m_document, edit::addTeam(plan, team));
    showMessage(refused);
    if (refused.isEmpty())
        m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
}

void TeamsEditor::removeCurrentTeam()
{
    const Plan &plan = m_document->plan();
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(plan.teams.size())) {
        showMessage(tr("Select the team to remove."));
        return;
    }
    const std::string name = plan.teams[std::size_t(row)].name;
    showMessage(pushEdit(m_document, edit::removeTeam(plan, name)));
}

} // namespace waveplan::ui
