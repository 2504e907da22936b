#pragma once

#include <QStyledItemDelegate>

namespace consulta {

// Edits a ColumnMappingModel field cell with a combo box of every field and "Not imported".
// Meant to be open all the time (QAbstractItemView::openPersistentEditor): choosing an item
// writes it to the model at once.
class ImportFieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ImportFieldDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace consulta
