#pragma once

#include <QAbstractTableModel>

namespace consulta {

class DocumentSession;

// The organizing team of the consultation (role, organization, country), editable in
// place; every edit, addition and removal is one undo step on the consultation.
class TeamTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RoleColumn,
        OrganizationColumn,
        CountryColumn,
        ColumnCount
    };

    explicit TeamTableModel(DocumentSession &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Undoable additions and removals (the view's buttons call these).
    void appendMember();
    void removeMember(int row);

private:
    void refresh();

    DocumentSession &m_session;
    int m_rows = 0;
};

} // namespace consulta
