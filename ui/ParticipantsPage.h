#pragma once

#include "model/Status.h"

#include <QList>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QTableView;

namespace consulta {

class DocumentSession;
class ParticipantDetails;
class ParticipantFilterBar;
class ParticipantTableModel;
class StatusActions;

// The participants page: filter bar, the table (sortable by any column, rows with a
// problem flagged), a count of shown and total, and the selected person's details.
// Add, edit, delete and status changes act on the selection through undo commands.
class ParticipantsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ParticipantsPage(DocumentSession &session, QWidget *parent = nullptr);
    ~ParticipantsPage() override;

    ParticipantTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ParticipantFilterBar *filterBar() const { return m_filterBar; }
    StatusActions &statusActions() { return *m_statusActions; }

    QList<qint64> selectedIds() const;
    void selectIds(const QList<qint64> &ids);
    // Actions shown in the table's context menu.
    void setContextActions(const QList<QAction *> &actions);

    void focusSearch();
    bool addParticipant();
    bool editParticipant(); // the current one
    bool deleteSelected();
    bool setStatusOfSelected(Status status);

Q_SIGNALS:
    void selectionChanged();
    // A short note for the status bar.
    void statusMessage(const QString &text);

private:
    void updateCount();
    void rememberSelection();
    void restoreSelection();

    DocumentSession &m_session;
    ParticipantFilterBar *m_filterBar;
    ParticipantTableModel *m_model;
    QTableView *m_view;
    QLabel *m_count;
    ParticipantDetails *m_details;
    std::unique_ptr<StatusActions> m_statusActions;
    QList<qint64> m_savedSelection;
    qint64 m_savedCurrent = 0;
};

} // namespace consulta
