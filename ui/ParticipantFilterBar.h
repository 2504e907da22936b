#pragma once

#include "store/ParticipantIndex.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace consulta {

// The search field and the status, stage, subregion, gender and sector combos above the
// participants table. Typing is coalesced for a moment before filterChanged. A rule
// filter (from the balance dashboard: organizations over the limit, late
// registrations, over capacity) shows as a labelled chip with its own clear button.
class ParticipantFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit ParticipantFilterBar(QWidget *parent = nullptr);

    ParticipantFilter filter() const;
    QLineEdit *searchField() const { return m_search; }
    // Shows a filter in the controls and announces it once. description names a rule
    // or organization filter for the chip (e.g. "Late registrations").
    void setFilter(const ParticipantFilter &filter, const QString &description = QString());
    void focusSearch();
    void clear();
    // Drops the rule and organization part of the filter, keeping the rest.
    void clearRule();

    // For tests: the chip showing a rule filter (hidden when there is none).
    QLabel *ruleLabel() const { return m_ruleLabel; }
    QToolButton *ruleClearButton() const { return m_ruleClear; }

Q_SIGNALS:
    void filterChanged(const ParticipantFilter &filter);

private:
    QComboBox *addCombo(const QString &accessibleName);
    void announce();

    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_stage;
    QComboBox *m_subregion;
    QComboBox *m_gender;
    QComboBox *m_sector;
    QWidget *m_ruleChip;
    QLabel *m_ruleLabel;
    QToolButton *m_ruleClear;
    QTimer *m_typing;
    ParticipantRule m_rule = ParticipantRule::None;
    qint64 m_organizationId = 0;
    bool m_setting = false; // setFilter is filling the controls: announce once at the end
};

} // namespace consulta
