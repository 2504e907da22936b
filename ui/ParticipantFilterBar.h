#pragma once

#include "store/ParticipantIndex.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace consulta {

// The search field and the status, subregion, gender and sector combos above the
// participants table. Typing is coalesced for a moment before filterChanged.
class ParticipantFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit ParticipantFilterBar(QWidget *parent = nullptr);

    ParticipantFilter filter() const;
    QLineEdit *searchField() const { return m_search; }
    void focusSearch();
    void clear();

Q_SIGNALS:
    void filterChanged(const ParticipantFilter &filter);

private:
    QComboBox *addCombo(const QString &accessibleName);

    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_subregion;
    QComboBox *m_gender;
    QComboBox *m_sector;
    QTimer *m_typing;
};

} // namespace consulta
