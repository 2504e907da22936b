#pragma once

#include <QStyledItemDelegate>

namespace consulta {

// Edits a table's country cell with a searchable CountryComboBox. The model's edit role
// gives the country (a name or an ISO code) and takes the ISO code back; a text that is
// not a country leaves the cell as it was.
class CountryDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CountryDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace consulta
