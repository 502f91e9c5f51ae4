#pragma once
/// @file caption_bar.h
/// The strip along the bottom of the presentation: the plan's name, what is on screen ("Map ·
/// Wave 2 – Apr 4 to Jul 2 2027"), a "Critical path" legend in the colour of its outlines while it
/// is shown and, on a second line, the keys the presenter can press. Texts too long for the
/// screen end in "…" rather than widen the window.
/// The keys hint fades out after a while and H shows or hides it. Large type, white and yellow on
/// black.

#include <QWidget>

class QGraphicsOpacityEffect;
class QHBoxLayout;
class QLabel;
class QPropertyAnimation;
class QTimer;

namespace waveplan::ui::presentation {

class CaptionBar : public QWidget {
    Q_OBJECT
public:
    explicit CaptionBar(QWidget *parent = nullptr);

    /// The plan's name, what the screen shows and the legend (empty: none).
    void setTexts(const QString &plan, const QString &position, const QString &legend = {});
    /// Body and heading pixel sizes (they follow the screen's height).
    void setTypeSizes(int bodyPixels, int headingPixels);

    /// Shows the keys hint (again) and restarts its fade-out timer; false hides it at once.
    void setHintVisible(bool visible);
    [[nodiscard]] bool isHintVisible() const;
    /// How long the hint stays before it fades out (0: it stays).
    void setHintTimeout(int milliseconds);

    [[nodiscard]] QLabel *planLabel() const { return m_plan; }
    [[nodiscard]] QLabel *positionLabel() const { return m_position; }
    [[nodiscard]] QLabel *legendLabel() const { return m_legend; }
    [[nodiscard]] QLabel *hintLabel() const { return m_hint; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void fadeHint();

    QLabel *m_plan;
    QLabel *m_position;
    QLabel *m_legend;
    QLabel *m_hint;
    QHBoxLayout *m_topRow;
    QGraphicsOpacityEffect *m_hintOpacity;
    QPropertyAnimation *m_fade;
    QTimer *m_hintTimer;
    int m_ruleWidth = 4;
};

} // namespace waveplan::ui::presentation
