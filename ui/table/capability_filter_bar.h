#pragma once
/// @file capability_filter_bar.h
/// The row of filters above the capability table: free text (key, name, owner, KPI), kind,
/// team and scheduled wave. The team and wave lists follow the plan and its schedule.

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace waveplan::ui {

class CapabilityFilterModel;
class PlanDocument;

class CapabilityFilterBar : public QWidget {
    Q_OBJECT
public:
    CapabilityFilterBar(PlanDocument *document, CapabilityFilterModel *filter, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *textEdit() const { return m_text; }
    [[nodiscard]] QComboBox *kindBox() const { return m_kind; }
    [[nodiscard]] QComboBox *teamBox() const { return m_team; }
    [[nodiscard]] QComboBox *waveBox() const { return m_wave; }

private:
    void refreshTeams();
    void refreshWaves();

    PlanDocument *m_document;
    CapabilityFilterModel *m_filter;
    QLineEdit *m_text;
    QComboBox *m_kind;
    QComboBox *m_team;
    QComboBox *m_wave;
};

} // namespace waveplan::ui
