#pragma once

#include "model/Consultation.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableView;

namespace consulta {

class DocumentSession;
class TeamTableModel;

// Every field of the consultation: title, roundtable and its objectives, start, end
// and registration deadline in the consultation's time zone (with the same instants in
// the user's own zone beside them), platform, Chatham House Rule, recording, the
// per-organization limit, capacity and the organizing team. Each change is one undo
// step; the page follows undo and redo.
class ConsultationPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConsultationPage(DocumentSession &session, QWidget *parent = nullptr);

    TeamTableModel *teamModel() const { return m_teamModel; }
    QTableView *teamView() const { return m_team; }
    QLineEdit *titleField() const { return m_title; }

private:
    QWidget *buildDetails();
    QWidget *buildObjectives();
    QWidget *buildTeam();
    void refresh();
    void change(const QString &field, const std::function<void(Consultation &)> &edit,
                bool mergeable = false);
    void changeInstant(QDateTimeEdit *edit, QDateTime Consultation::*member, const QString &field);
    void showInstant(QDateTimeEdit *edit, QLabel *local, const QDateTime &instant);

    DocumentSession &m_session;
    bool m_refreshing = false;
    QLineEdit *m_title = nullptr;
    QComboBox *m_roundtable = nullptr;
    QListWidget *m_objectives = nullptr;
    QComboBox *m_timeZone = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QLabel *m_startLocal = nullptr;
    QDateTimeEdit *m_end = nullptr;
    QLabel *m_endLocal = nullptr;
    QDateTimeEdit *m_deadline = nullptr;
    QLabel *m_deadlineLocal = nullptr;
    QLineEdit *m_platform = nullptr;
    QCheckBox *m_chathamHouse = nullptr;
    QCheckBox *m_recorded = nullptr;
    QSpinBox *m_limit = nullptr;
    QSpinBox *m_capacity = nullptr;
    TeamTableModel *m_teamModel = nullptr;
    QTableView *m_team = nullptr;
};

} // namespace consulta
