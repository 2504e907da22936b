#pragma once

#include "model/Organization.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace consulta {

class DocumentSession;
class OrganizationTableModel;

// The organizations page: a searchable, sortable table with the people of each
// organization per stage; add and edit through OrganizationDialog.
class OrganizationsPage : public QWidget
{
    Q_OBJECT

public:
    explicit OrganizationsPage(DocumentSession &session, QWidget *parent = nullptr);

    OrganizationTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    bool addOrganization();
    bool editOrganization();   // the current one
    bool removeOrganization(); // the current one, after asking
    // Makes the organization the current row; false when it is not shown.
    bool selectOrganization(qint64 id);

private:
    void updateCount();
    Organization currentOrganization() const; // id 0 when none

    DocumentSession &m_session;
    OrganizationTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_count;
};

} // namespace consulta
