#include "SourceTableModel.h"

namespace consulta {

SourceTableModel::SourceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SourceTableModel::setTable(const CsvTable &table, int maxRows)
{
    beginResetModel();
    m_header = table.header;
    m_rows = table.rows.mid(0, maxRows);
    endResetModel();
}

void SourceTableModel::clear()
{
    beginResetModel();
    m_header.clear();
    m_rows.clear();
    endResetModel();
}

int SourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QVariant SourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    const QString cell = m_rows.at(index.row()).cell(index.column()).toString();
    if (role == Qt::DisplayRole) {
        // One line per cell: a multi-line comment would make rows of uneven height.
        QString shown = cell;
        shown.replace(QLatin1Char('\n'), QChar(0x21B5)).remove(QLatin1Char('\r'));
        return shown;
    }
    return cell.size() > 40 ? QVariant(cell) : QVariant();
}

QVariant SourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_header.size())
            return QVariant();
        const QString header = m_header.at(section);
        if (role == Qt::ToolTipRole)
            return tr("Column %1").arg(section + 1);
        return header.isEmpty() ? tr("(column %1)").arg(section + 1) : header;
    }
    if (section < 0 || section >= m_rows.size())
        return QVariant();
    if (role == Qt::ToolTipRole)
        return tr("Line %1 of the file").arg(m_rows.at(section).line());
    return m_rows.at(section).line();
}

} // namespace consulta
