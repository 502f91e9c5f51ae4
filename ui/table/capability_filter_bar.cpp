#include "ui/table/capability_filter_bar.h"

#include "ui/table/capability_filter_model.h"
#include "ui/document/plan_document.h"
#include "ui/text/qt_text.h"
#include "ui/text/wave_labels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>
#include <set>

namespace waveplan::ui {

namespace {

/// Fills `box` with "All" + `items` (text, data), keeping the current choice when it is still there.
void refill(QComboBox *box, const QString &all, const QList<QPair<QString, QVariant>> &items)
{
    const QVariant current = box->currentData();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(all, QVariant());
    for (const auto &[text, data] : items)
        box->addItem(text, data);
    const int at = current.isValid() ? box->findData(current) : 0;
    box->setCurrentIndex(std::max(at, 0));
}

} // namespace

CapabilityFilterBar::CapabilityFilterBar(PlanDocument *document, CapabilityFilterModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_filter(filter)
    , m_text(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_team(new QComboBox(this))
    , m_wave(new QComboBox(this))
{
    m_text->setObjectName(QStringLiteral("capabilityFilter"));
    m_text->setPlaceholderText(tr("Filter by key, name, owner or KPI"));
    m_text->setAccessibleName(tr("Filter capabilities"));
    m_text->setClearButtonEnabled(true);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->setAccessibleName(tr("Filter by kind"));
    m_kind->addItem(tr("All kinds"), QVariant());
    m_kind->addItem(tr("Foundational"), static_cast<int>(CapabilityKind::Foundational));
    m_kind->addItem(tr("Additive"), static_cast<int>(CapabilityKind::Additive));
    m_team->setObjectName(QStringLiteral("teamFilter"));
    m_team->setAccessibleName(tr("Filter by team"));
    m_wave->setObjectName(QStringLiteral("waveFilter"));
    m_wave->setAccessibleName(tr("Filter by wave"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_text, 1);
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_kind);
    layout->addWidget(showLabel);
    layout->addWidget(m_kind);
    layout->addWidget(m_team);
    layout->addWidget(m_wave);

    connect(m_text, &QLineEdit::textChanged, m_filter, &CapabilityFilterModel::setTextFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant kind = m_kind->currentData();
        m_filter->setKindFilter(kind.isValid() ? std::optional(static_cast<CapabilityKind>(kind.toInt()))
                                               : std::nullopt);
    });
    connect(m_team, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTeamFilter(m_team->currentData().toString()); });
    connect(m_wave, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setWaveFilter(m_wave->currentData().toInt()); });
    connect(m_document, &PlanDocument::planChanged, this, [this](PlanChange change) {
        if (change == PlanChange::Teams || change == PlanChange::Reset)
            refreshTeams();
    });
    connect(m_document, &PlanDocument::scheduleChanged, this, &CapabilityFilterBar::refreshWaves);
    refreshTeams();
    refreshWaves();
}

void CapabilityFilterBar::refreshTeams()
{
    QList<QPair<QString, QVariant>> items;
    for (const Team &team : m_document->plan().teams)
        items.append({qs(team.name), qs(team.name)});
    refill(m_team, tr("All teams"), items);
    // A team that was removed (or a new plan) no longer filters anything.
    m_filter->setTeamFilter(m_team->currentData().toString());
}

void CapabilityFilterBar::refreshWaves()
{
    // The waves something starts in, in order: a wave nothing starts in would filter to an empty
    // table (and a schedule of long capabilities can run to wave 500,000 with a few hundred).
    std::set<int> waves;
    for (const auto &scheduled : m_document->schedule().capabilities)
        if (scheduled.wave >= 1)
            waves.insert(scheduled.wave);
    QList<QPair<QString, QVariant>> items;
    for (const int wave : waves)
        items.append({waveName(m_document->plan(), wave), wave});
    refill(m_wave, tr("All waves"), items);
    m_filter->setWaveFilter(m_wave->currentData().toInt());
}

} // namespace waveplan::ui
