#include "CountryDelegate.h"

#include "CountryComboBox.h"
#include "reference/ReferenceData.h"

namespace consulta {

CountryDelegate::CountryDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *CountryDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                       const QModelIndex &) const
{
    auto *editor = new CountryComboBox(parent);
    editor->setAccessibleName(tr("Country"));
    return editor;
}

void CountryDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *countries = qobject_cast<CountryComboBox *>(editor);
    if (!countries)
        return;
    const QString shown = index.data(Qt::EditRole).toString();
    countries->setCountryCode(ReferenceData::instance().countryCode(shown));
}

void CountryDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                   const QModelIndex &index) const
{
    auto *countries = qobject_cast<CountryComboBox *>(editor);
    if (!countries)
        return;
    if (const std::optional<QString> code = countries->countryCode())
        model->setData(index, *code, Qt::EditRole);
}

} // namespace consulta
