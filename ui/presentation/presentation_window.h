#pragma once
/// @file presentation_window.h
/// Presentation mode: a frameless full-screen window for a projector, with its own dependency
/// map and wave board on the same PlanDocument and SelectionModel as the main window, drawn in
/// large type and high contrast, read-only. Edits made in the main window show here at once.
///
/// Keys: Left/Right (and Page Up/Page Down, as sent by clickers) step to the previous/next wave,
/// Home shows the whole plan, End the last wave, Up/Down scroll a wave taller than the screen,
/// +/- (and =, Ctrl+wheel) zoom, C shows or hides the critical path, Space switches between the
/// map and the board, H shows or hides the keys hint, Esc leaves.

#include <QWidget>

#include <utility>

class QScreen;
class QStackedWidget;
class QTimer;

namespace waveplan::ui {

class PlanDocument;
class SelectionModel;
enum class PlanChange;

namespace board {
class BoardScene;
} // namespace board
namespace map {
class MapScene;
} // namespace map

namespace presentation {

class CaptionBar;
class PresentationView;
class WaveSpotlight;
struct Framing;

class PresentationWindow : public QWidget {
    Q_OBJECT
public:
    enum class View { Map, Board };

    /// Both must outlive the window. `parent` (the main window) only ties lifetimes: this is a
    /// window of its own.
    PresentationWindow(PlanDocument *document, SelectionModel *selection, QWidget *parent = nullptr);
    ~PresentationWindow() override;

    /// Full screen on `screen` (a projector, or the main window's screen).
    void showOn(QScreen *screen);

    // Waves: 0 is the whole plan, 1..waveCount() one wave each ------------------------------------
    [[nodiscard]] int currentWave() const { return m_wave; }
    [[nodiscard]] int waveCount() const;
    /// Shows `wave` (clamped to 0..waveCount()) with the zoom reset.
    void showWave(int wave);
    void nextWave();
    void previousWave();

    // Zoom, critical path, views --------------------------------------------------------------------
    /// Multiplies the zoom by `factor` (within limits), keeping the centre of the screen.
    void zoomBy(double factor);
    void setShowCritical(bool show);
    [[nodiscard]] bool showCritical() const { return m_showCritical; }
    void showView(View view);
    [[nodiscard]] View shownView() const { return m_view; }

    /// Body text pixel size for the window's current height.
    [[nodiscard]] int bodyPixels() const;

    [[nodiscard]] map::MapScene *mapScene() const { return m_mapScene; }
    [[nodiscard]] PresentationView *mapView() const { return m_mapView; }
    [[nodiscard]] board::BoardScene *boardScene() const { return m_boardScene; }
    [[nodiscard]] PresentationView *boardView() const { return m_boardView; }
    /// The view on screen (map or board).
    [[nodiscard]] PresentationView *activeView() const;
    [[nodiscard]] CaptionBar *captionBar() const { return m_caption; }
    /// The shade over the waves around the one on screen (hidden for the whole plan).
    [[nodiscard]] WaveSpotlight *spotlight() const;

signals:
    /// The presenter left (Esc, or the window was closed); the window is hidden.
    void left();
    void waveChanged(int wave);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void leave();
    void reframe();
    void reframeSoon();
    /// Shows `framing` in the active view, with the spotlight on the current wave.
    void applyFraming(const Framing &framing);
    void refreshCaption();
    void applyTypeSizes();
    void revealCurrentSelection();
    void connectView(PresentationView *view);
    [[nodiscard]] Framing framingFor(const PresentationView *view) const;
    [[nodiscard]] QRectF waveRect(int wave) const;
    [[nodiscard]] QRectF mapCardsOfWave(int wave) const;
    /// Cards of the wave shown on the map that are (partly) above and below the screen.
    [[nodiscard]] std::pair<int, int> cardsOutOfSight() const;

    PlanDocument *m_document;
    SelectionModel *m_selection;
    map::MapScene *m_mapScene;
    PresentationView *m_mapView;
    board::BoardScene *m_boardScene;
    PresentationView *m_boardView;
    WaveSpotlight *m_mapSpotlight;
    WaveSpotlight *m_boardSpotlight;
    QStackedWidget *m_stack;
    CaptionBar *m_caption;
    QTimer *m_reframeTimer;

    View m_view = View::Map;
    int m_wave = 0;
    double m_zoom = 1; ///< on top of the framing of the current wave
    bool m_showCritical = false;
    int m_typeHeight = 0; ///< the height type sizes were last computed for
};

} // namespace presentation
} // namespace waveplan::ui
