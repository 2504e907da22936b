#include "ImportFieldDelegate.h"

#include "ColumnMappingModel.h"
#include "io/ImportField.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace consulta {

ImportFieldDelegate::ImportFieldDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *ImportFieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                           const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("field%1").arg(index.row()));
    combo->setAccessibleName(tr("Imported as"));
    combo->addItem(ColumnMappingModel::fieldLabel(ImportField::None),
                   importFieldCode(ImportField::None));
    combo->insertSeparator(1);
    for (ImportField field : allImportFields())
        combo->addItem(ColumnMappingModel::fieldLabel(field), importFieldCode(field));
    // createEditor() is const, yet the editor must commit through this delegate's signal.
    auto *self = const_cast<ImportFieldDelegate *>(this);
    connect(combo, &QComboBox::currentIndexChanged, self,
            [self, combo] { Q_EMIT self->commitData(combo); });
    return combo;
}

void ImportFieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
}

void ImportFieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                       const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    if (combo->currentData() != index.data(Qt::EditRole))
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace consulta
