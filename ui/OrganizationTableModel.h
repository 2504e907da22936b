#pragma once

#include "model/Organization.h"

#include <QAbstractTableModel>
#include <QHash>

#include <array>

namespace consulta {

class DocumentSession;

// The organizations of a document with how many of their people are in each stage.
// Organizations are few (hundreds to a few thousand), so the model holds them whole;
// the counts come from one pass over the participant index.
class OrganizationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        AcronymColumn,
        CountryColumn,
        CategoryColumn,
        PoolColumn,
        InvitedColumn,
        RegisteredColumn,
        AttendedColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole,
    };

    explicit OrganizationTableModel(DocumentSession &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Organization organizationAt(int row) const;
    int rowOf(qint64 id) const;

private:
    void reload();
    void recount();

    DocumentSession &m_session;
    QList<Organization> m_organizations;
    QHash<qint64, std::array<int, 4>> m_counts; // organization id → people per stage
};

} // namespace consulta
