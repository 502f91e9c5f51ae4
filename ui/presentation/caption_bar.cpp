#include "ui/presentation/caption_bar.h"

#include "ui/presentation/presentation_style.h"

#include <QGraphicsOpacityEffect>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPropertyAnimation>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace waveplan::ui::presentation {

namespace {

constexpr int kHintTimeoutMs = 12000;
constexpr int kFadeMs = 900;

/// A one-line label that never asks for more width than it gets: text that does not fit ends
/// in "…", so a long plan name cannot push the full-screen window past the screen's edge.
class ElidedLabel : public QLabel {
public:
    using QLabel::QLabel;

    [[nodiscard]] QSize minimumSizeHint() const override { return QSize(0, QLabel::minimumSizeHint().height()); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setPen(palette().color(QPalette::WindowText));
        const QRect room = contentsRect();
        painter.drawText(room, static_cast<int>(alignment()),
                         fontMetrics().elidedText(text(), Qt::ElideRight, room.width()));
    }
};

void setLabelColour(QLabel *label, const QColor &colour)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
}

} // namespace

CaptionBar::CaptionBar(QWidget *parent)
    : QWidget(parent)
    , m_plan(new ElidedLabel(this))
    , m_position(new ElidedLabel(this))
    , m_legend(new QLabel(this))
    , m_hint(new ElidedLabel(this))
    , m_topRow(new QHBoxLayout)
    , m_hintOpacity(new QGraphicsOpacityEffect(m_hint))
    , m_fade(new QPropertyAnimation(m_hintOpacity, "opacity", this))
    , m_hintTimer(new QTimer(this))
{
    const PresentationColors colors = PresentationColors::highContrast();
    setPalette(highContrastPalette());
    setAccessibleName(tr("Presentation caption"));
    m_plan->setObjectName(QStringLiteral("presentationPlanName"));
    m_position->setObjectName(QStringLiteral("presentationPosition"));
    m_legend->setObjectName(QStringLiteral("presentationLegend"));
    m_hint->setObjectName(QStringLiteral("presentationKeysHint"));
    setLabelColour(m_plan, colors.text);
    setLabelColour(m_position, colors.foundational);
    setLabelColour(m_legend, colors.criticalPath);
    setLabelColour(m_hint, colors.mutedText);
    m_plan->setTextFormat(Qt::PlainText);
    m_legend->setTextFormat(Qt::PlainText);
    m_legend->hide();
    m_position->setTextFormat(Qt::PlainText);
    m_hint->setTextFormat(Qt::PlainText);
    m_plan->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_position->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_hint->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_hint->setGraphicsEffect(m_hintOpacity);

    m_hint->setText(tr("\u2190 \u2192 waves    Home whole plan    \u2191 \u2193 scroll    + \u2212 zoom    "
                    "C driving path    Space map/board    H hide keys    Esc leave"));
    m_hint->setAccessibleName(tr("Keys"));

    m_topRow->addWidget(m_plan, 1);
    m_topRow->addWidget(m_legend);
    m_topRow->addWidget(m_position);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_topRow);
    layout->addWidget(m_hint);

    m_hintTimer->setSingleShot(true);
    m_hintTimer->setInterval(kHintTimeoutMs);
    connect(m_hintTimer, &QTimer::timeout, this, &CaptionBar::fadeHint);
    m_fade->setDuration(kFadeMs);
    m_fade->setStartValue(1.0);
    m_fade->setEndValue(0.0);
    connect(m_fade, &QPropertyAnimation::finished, this, [this] { m_hint->hide(); });
    setTypeSizes(bodyPixelSize(1080), headingPixelSize(1080));
    setHintVisible(true);
}

void CaptionBar::setTexts(const QString &plan, const QString &position, const QString &legend)
{
    m_plan->setText(plan);
    m_position->setText(position);
    m_legend->setText(legend);
    m_legend->setVisible(!legend.isEmpty());
}

void CaptionBar::setTypeSizes(int bodyPixels, int headingPixels)
{
    const auto sized = [this](int pixels, bool bold) {
        QFont f = font();
        f.setPixelSize(pixels);
        f.setBold(bold);
        return f;
    };
    m_plan->setFont(sized(headingPixels, true));
    m_position->setFont(sized(headingPixels, true));
    m_legend->setFont(sized(headingPixels, true));
    // The hint is for the presenter, not the room: a little smaller, still large.
    m_hint->setFont(sized(std::max(14, bodyPixels * 4 / 5), false));
    m_ruleWidth = std::max(2, bodyPixels / 7);
    const int margin = bodyPixels * 2 / 3;
    layout()->setContentsMargins(margin, margin / 2 + m_ruleWidth, margin, margin / 2);
    layout()->setSpacing(bodyPixels / 4);
    m_topRow->setSpacing(bodyPixels * 3 / 2);
    update();
}

void CaptionBar::setHintVisible(bool visible)
{
    m_fade->stop();
    m_hintOpacity->setOpacity(1.0);
    m_hint->setVisible(visible);
    if (visible && m_hintTimer->interval() > 0)
        m_hintTimer->start();
    else
        m_hintTimer->stop();
}

bool CaptionBar::isHintVisible() const
{
    return !m_hint->isHidden();
}

void CaptionBar::setHintTimeout(int milliseconds)
{
    m_hintTimer->setInterval(milliseconds);
    if (milliseconds <= 0)
        m_hintTimer->stop();
    else if (isHintVisible())
        m_hintTimer->start();
}

void CaptionBar::fadeHint()
{
    if (!isHintVisible())
        return;
    m_fade->start();
}

void CaptionBar::paintEvent(QPaintEvent *)
{
    const PresentationColors colors = PresentationColors::highContrast();
    QPainter painter(this);
    painter.fillRect(rect(), colors.background);
    painter.fillRect(QRect(0, 0, width(), m_ruleWidth), colors.foundational);
}

} // namespace waveplan::ui::presentation
