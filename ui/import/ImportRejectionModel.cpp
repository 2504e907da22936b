#include "ImportRejectionModel.h"

namespace consulta {

ImportRejectionModel::ImportRejectionModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportRejectionModel::setRejections(const QList<ImportRejection> &rejections)
{
    beginResetModel();
    m_rejections = rejections;
    endResetModel();
}

int ImportRejectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rejections.size());
}

int ImportRejectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportRejectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ImportRejection &rejection = m_rejections.at(index.row());
    if (role == Qt::DisplayRole) {
        if (index.column() == LineColumn)
            return rejection.line;
        return rejection.reason;
    }
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return QVariant();
}

QVariant ImportRejectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == LineColumn)
        return tr("Line");
    if (section == ReasonColumn)
        return tr("Why it is not imported");
    return QVariant();
}

} // namespace consulta
