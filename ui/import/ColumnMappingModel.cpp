#include "ColumnMappingModel.h"

#include <QApplication>
#include <QPalette>

namespace consulta {

namespace {
constexpr int kExampleRows = 20;
constexpr int kExampleLength = 40;
} // namespace

ColumnMappingModel::ColumnMappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString ColumnMappingModel::fieldLabel(ImportField field)
{
    return field == ImportField::None ? tr("Not imported") : importFieldLabel(field);
}

void ColumnMappingModel::setSource(const CsvTable &table, const ColumnMapping &mapping)
{
    beginResetModel();
    m_mapping = mapping;
    m_examples.clear();
    for (int column = 0; column < m_mapping.columnCount(); ++column) {
        QString example;
        for (qsizetype row = 0; row < table.rows.size() && row < kExampleRows; ++row) {
            const QStringView cell = table.rows.at(row).cell(column).trimmed();
            if (!cell.isEmpty()) {
                example = cell.toString().simplified();
                break;
            }
        }
        if (example.size() > kExampleLength)
            example = example.left(kExampleLength - 1) + QChar(0x2026);
        m_examples.append(example);
    }
    endResetModel();
    Q_EMIT mappingChanged();
}

bool ColumnMappingModel::setField(int column, ImportField field)
{
    if (column < 0 || column >= m_mapping.columnCount())
        return false;
    if (m_mapping.field(column) == field)
        return true;
    m_mapping.set(column, field);
    // The column that held the field before lost it: refresh the whole field column.
    Q_EMIT dataChanged(index(0, FieldColumn), index(rowCount() - 1, FieldColumn));
    Q_EMIT mappingChanged();
    return true;
}

int ColumnMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_mapping.columnCount();
}

int ColumnMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int column = index.row();
    const ImportField field = m_mapping.field(column);
    switch (index.column()) {
    case HeaderColumn:
        if (role == Qt::DisplayRole) {
            const QString header = m_mapping.header().at(column);
            return header.isEmpty() ? tr("(column %1)").arg(column + 1) : header;
        }
        if (role == Qt::ToolTipRole)
            return tr("Column %1 of the file").arg(column + 1);
        break;
    case ExampleColumn:
        if (role == Qt::DisplayRole)
            return m_examples.value(column);
        break;
    case FieldColumn:
        if (role == Qt::DisplayRole)
            return fieldLabel(field);
        if (role == Qt::EditRole)
            return importFieldCode(field);
        if (role == Qt::ForegroundRole && field == ImportField::None)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    default:
        break;
    }
    return QVariant();
}

bool ColumnMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != FieldColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const std::optional<ImportField> field = importFieldFromCode(value.toString());
    if (!field)
        return false;
    return setField(index.row(), *field);
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == FieldColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HeaderColumn:
        return tr("Column in the file");
    case ExampleColumn:
        return tr("Example");
    case FieldColumn:
        return tr("Imported as");
    default:
        return QVariant();
    }
}

} // namespace consulta
