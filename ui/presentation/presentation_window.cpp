#include "ui/presentation/presentation_window.h"

#include "ui/board/board_scene.h"
#include "ui/board/capability_bar.h"
#include "ui/document/plan_document.h"
#include "ui/map/capability_card.h"
#include "ui/map/map_scene.h"
#include "ui/presentation/caption_bar.h"
#include "ui/presentation/framing.h"
#include "ui/presentation/presentation_style.h"
#include "ui/presentation/presentation_view.h"
#include "ui/presentation/wave_spotlight.h"
#include "ui/text/qt_text.h"
#include "ui/text/wave_labels.h"

#include <QCloseEvent>
#include <QKeyEvent>
#include <QScreen>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace waveplan::ui::presentation {

namespace {

constexpr double kZoomStep = 1.25;
constexpr double kMinZoom = 0.2; ///< relative to the framing of the current wave
constexpr double kMaxZoom = 6.0;
constexpr double kPanStep = 0.4;    ///< share of the screen's height that Up and Down scroll
constexpr double kMostBlowUp = 2.0; ///< a small plan or wave is shown at most this much above legible size

} // namespace

PresentationWindow::PresentationWindow(PlanDocument *document, SelectionModel *selection, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint)
    , m_document(document)
    , m_selection(selection)
    , m_mapScene(new map::MapScene(document, selection, this))
    , m_mapView(new PresentationView(m_mapScene, this))
    , m_boardScene(new board::BoardScene(document, selection, this))
    , m_boardView(new PresentationView(m_boardScene, this))
    , m_mapSpotlight(new WaveSpotlight(m_mapScene))
    , m_boardSpotlight(new WaveSpotlight(m_boardScene))
    , m_stack(new QStackedWidget(this))
    , m_caption(new CaptionBar(this))
    , m_reframeTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("presentationWindow"));
    setAccessibleName(tr("Presentation"));
    setFocusPolicy(Qt::StrongFocus);
    setPalette(highContrastPalette());
    setAutoFillBackground(true);

    m_mapScene->setMapStyle(mapStyle(font()));
    m_mapScene->setShowCriticalPath(m_showCritical);
    m_boardScene->setShowCritical(m_showCritical);
    m_mapView->setObjectName(QStringLiteral("presentationMap"));
    m_mapView->setAccessibleName(tr("Dependency map"));
    m_boardView->setObjectName(QStringLiteral("presentationBoard"));
    m_boardView->setAccessibleName(tr("Wave board"));
    connectView(m_mapView);
    connectView(m_boardView);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_caption);

    m_reframeTimer->setSingleShot(true);
    m_reframeTimer->setInterval(0);
    connect(m_reframeTimer, &QTimer::timeout, this, &PresentationWindow::reframe);
    connect(m_mapScene, &map::MapScene::layoutUpdated, this, &PresentationWindow::reframeSoon);
    connect(m_boardScene, &board::BoardScene::layoutUpdated, this, &PresentationWindow::reframeSoon);
    connect(m_document, &PlanDocument::planChanged, this, [this] {
        m_wave = std::min(m_wave, waveCount());
        refreshCaption();
        reframeSoon();
    });
    connect(m_selection, &SelectionModel::selectionChanged, this, &PresentationWindow::revealCurrentSelection);

    applyTypeSizes();
    refreshCaption();
}

PresentationWindow::~PresentationWindow() = default;

void PresentationWindow::connectView(PresentationView *view)
{
    view->setBackgroundBrush(PresentationColors::highContrast().background);
    m_stack->addWidget(view);
    connect(view, &PresentationView::resized, this, [this, view] {
        if (activeView() == view)
            reframe();
    });
    connect(view, &PresentationView::zoomRequested, this, &PresentationWindow::zoomBy);
}

void PresentationWindow::showOn(QScreen *screen)
{
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    raise();
    activateWindow();
    setFocus(Qt::ActiveWindowFocusReason);
}

// Waves ------------------------------------------------------------------------------------------

int PresentationWindow::waveCount() const
{
    if (m_view == View::Board)
        return m_boardScene->waveCount();
    return static_cast<int>(m_mapScene->waveBands().size());
}

QRectF PresentationWindow::waveRect(int wave) const
{
    return m_view == View::Board ? m_boardScene->waveRect(wave) : m_mapScene->waveRect(wave);
}

void PresentationWindow::showWave(int wave)
{
    const int clamped = std::clamp(wave, 0, waveCount());
    const bool changed = clamped != m_wave;
    m_wave = clamped;
    m_zoom = 1;
    reframe();
    refreshCaption();
    if (changed)
        emit waveChanged(m_wave);
}

void PresentationWindow::nextWave()
{
    showWave(std::min(m_wave + 1, waveCount()));
}

void PresentationWindow::previousWave()
{
    // Nothing comes before the first wave; Home shows the whole plan.
    showWave(m_wave <= 1 ? m_wave : m_wave - 1);
}

// Zoom, critical path, views -----------------------------------------------------------------------

void PresentationWindow::zoomBy(double factor)
{
    PresentationView *view = activeView();
    const QPointF centre = view->centre();
    m_zoom = std::clamp(m_zoom * factor, kMinZoom, kMaxZoom);
    Framing framing = framingFor(view);
    framing.scale *= m_zoom;
    framing.centre = centre;
    applyFraming(framing);
}

void PresentationWindow::setShowCritical(bool show)
{
    m_showCritical = show;
    m_mapScene->setShowCriticalPath(show);
    m_boardScene->setShowCritical(show);
    refreshCaption();
}

void PresentationWindow::showView(View view)
{
    m_view = view;
    m_stack->setCurrentWidget(activeView());
    m_wave = std::min(m_wave, waveCount());
    m_zoom = 1;
    reframe();
    refreshCaption();
}

PresentationView *PresentationWindow::activeView() const
{
    return m_view == View::Board ? m_boardView : m_mapView;
}

int PresentationWindow::bodyPixels() const
{
    return bodyPixelSize(height());
}

// Events -------------------------------------------------------------------------------------------

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        leave();
        break;
    case Qt::Key_Right:
    case Qt::Key_PageDown:
        nextWave();
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        previousWave();
        break;
    case Qt::Key_Home:
        showWave(0);
        break;
    case Qt::Key_End:
        showWave(waveCount());
        break;
    case Qt::Key_Up:
        activeView()->panBy(-kPanStep);
        refreshCaption(); // what is now above and below
        break;
    case Qt::Key_Down:
        activeView()->panBy(kPanStep);
        refreshCaption();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(kZoomStep);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomBy(1 / kZoomStep);
        break;
    case Qt::Key_C:
        setShowCritical(!m_showCritical);
        break;
    case Qt::Key_Space:
        showView(m_view == View::Map ? View::Board : View::Map);
        break;
    case Qt::Key_H:
        m_caption->setHintVisible(!m_caption->isHintVisible());
        break;
    case Qt::Key_F5:
        break; // already presenting
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    event->accept();
    emit left();
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyTypeSizes();
}

void PresentationWindow::leave()
{
    hide();
    emit left();
}

// Framing and captions -------------------------------------------------------------------------------

QRectF PresentationWindow::mapCardsOfWave(int wave) const
{
    QRectF cards;
    for (const map::CapabilityCard *card : m_mapScene->cards()) {
        if (card->wave() == wave)
            cards = cards.united(card->sceneCardRect());
    }
    return cards;
}

Framing PresentationWindow::framingFor(const PresentationView *view) const
{
    const QSizeF viewport = view->viewport()->size();
    const bool board = view == m_boardView;
    const double sceneBody = board ? m_boardScene->style().font.pixelSize() : kMapBodyPixels;
    const double legible = legibleScale(height(), sceneBody);
    if (m_wave == 0) {
        const QRectF whole = board ? m_boardScene->boardRect() : m_mapScene->sceneRect();
        return frameWhole(whole, viewport, kMostBlowUp * legible);
    }
    QRectF content = waveRect(m_wave);
    if (!board && content.height() * legible > viewport.height() * (1 - 2 * kFrameMargin)) {
        // Too tall to show whole at a legible zoom: start at the wave's first card, not at the
        // empty stretch the layout may leave under its header (the caption names the wave).
        const QRectF cards = mapCardsOfWave(m_wave);
        if (!cards.isEmpty())
            content = QRectF(content.left(), cards.top(), content.width(), cards.height());
    }
    return frameWave(content, viewport, legible, kMostBlowUp * legible);
}

void PresentationWindow::reframe()
{
    m_reframeTimer->stop();
    PresentationView *view = activeView();
    Framing framing = framingFor(view);
    framing.scale *= m_zoom;
    applyFraming(framing);
}

void PresentationWindow::applyFraming(const Framing &framing)
{
    PresentationView *view = activeView();
    view->applyFraming(framing);
    // The shade reaches as far as the view can show.
    spotlight()->light(m_wave == 0 ? QRectF() : waveRect(m_wave), view->sceneRect());
    refreshCaption(); // the framing decides which cards are off screen
}

WaveSpotlight *PresentationWindow::spotlight() const
{
    return m_view == View::Board ? m_boardSpotlight : m_mapSpotlight;
}

void PresentationWindow::reframeSoon()
{
    m_reframeTimer->start();
}

void PresentationWindow::refreshCaption()
{
    const Plan &plan = m_document->plan();
    const QString name = plan.name.empty() ? tr("Untitled plan") : qs(plan.name);
    setWindowTitle(tr("%1 - Presentation").arg(name));
    const QString view = m_view == View::Map ? tr("Map") : tr("Board");
    QString wave = m_wave == 0 ? tr("Whole plan") : ui::waveTitle(plan, m_wave);
    // A wave taller than the screen says what is out of sight, and which key brings it.
    const auto [above, below] = cardsOutOfSight();
    if (above > 0)
        wave += tr("  \u00b7  %n more above (\u2191)", nullptr, above);
    if (below > 0)
        wave += tr("  \u00b7  %n more below (\u2193)", nullptr, below);
    m_caption->setTexts(name, tr("%1  \u00b7  %2").arg(view, wave), m_showCritical ? tr("Driving path") : QString());
}

std::pair<int, int> PresentationWindow::cardsOutOfSight() const
{
    if (m_view != View::Map || m_wave == 0 || !isVisible())
        return {0, 0};
    const QRectF shown = m_mapView->mapToScene(m_mapView->viewport()->rect()).boundingRect();
    int above = 0;
    int below = 0;
    for (const map::CapabilityCard *card : m_mapScene->cards()) {
        if (card->wave() != m_wave)
            continue;
        const QRectF r = card->sceneCardRect();
        if (r.top() < shown.top() - 0.5)
            ++above;
        else if (r.bottom() > shown.bottom() + 0.5)
            ++below;
    }
    return {above, below};
}

void PresentationWindow::applyTypeSizes()
{
    if (height() == m_typeHeight)
        return;
    m_typeHeight = height();
    const int body = bodyPixelSize(m_typeHeight);
    m_caption->setTypeSizes(body, headingPixelSize(m_typeHeight));
    // The board sizes everything from its type: lay it out for this screen.
    m_boardScene->setStyle(boardStyle(font(), body));
}

void PresentationWindow::revealCurrentSelection()
{
    // Only within the wave on screen: a selection elsewhere must not pull the room's view away.
    if (m_wave == 0)
        return;
    const QString key = m_selection->currentKey();
    QRectF shown;
    if (m_view == View::Map) {
        if (const map::CapabilityCard *card = m_mapScene->card(key))
            shown = card->sceneCardRect();
    } else if (const board::CapabilityBar *bar = m_boardScene->firstBar(key)) {
        shown = bar->sceneBoundingRect();
    }
    if (!shown.isEmpty() && waveRect(m_wave).intersects(shown))
        activeView()->ensureVisible(shown, 24, 24);
}

} // namespace waveplan::ui::presentation
