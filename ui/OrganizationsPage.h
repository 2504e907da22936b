#pragma once

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
    bool editOrganization(); // the current one

private:
    void updateCount();

    DocumentSession &m_session;
    OrganizationTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_count;
};

} // namespace consulta
