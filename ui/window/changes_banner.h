#pragma once
/// @file changes_banner.h
/// The status bar's account of the last change: "Last change: 3 moved wave; ends 12 days later
/// (2027-11-19, wave 4)", with every move in its tooltip and a button to dismiss it (which also
/// clears the "moved" marks on the map and the board). Hidden when nothing changed.

#include <QWidget>

class QLabel;
class QToolButton;

namespace waveplan::ui {

class PlanDocument;

class ChangesBanner : public QWidget {
    Q_OBJECT
public:
    explicit ChangesBanner(PlanDocument *document, QWidget *parent = nullptr);

    /// The words shown (empty when there is nothing to say).
    [[nodiscard]] QString text() const;
    /// Every move, one per line: "CDP: wave 2 → 4, starts 180 days later".
    [[nodiscard]] QString details() const;
    [[nodiscard]] QToolButton *dismissButton() const { return m_dismiss; }
    /// Steps aside while the status bar shows a passing message (it would draw over it), and
    /// comes back after.
    void setSuppressed(bool suppressed);

private:
    void refresh();

    PlanDocument *m_document;
    QLabel *m_label;
    QToolButton *m_dismiss;
    bool m_suppressed = false;
};

} // namespace waveplan::ui
