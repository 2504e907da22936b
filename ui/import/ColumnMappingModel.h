#pragma once

#include "io/ColumnMapping.h"
#include "io/CsvTable.h"

#include <QAbstractTableModel>

namespace consulta {

// The import wizard's column mapping: one row per column of the file, with its header, an
// example value and the field it is imported as. The field is editable (EditRole takes a
// field code such as "email" or "none"); giving a field to a column takes it from the column
// that had it (ColumnMapping::set), so one edit may change two rows.
class ColumnMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        HeaderColumn,
        ExampleColumn,
        FieldColumn,
        ColumnCount
    };

    explicit ColumnMappingModel(QObject *parent = nullptr);

    // A new table and its mapping (the detected one, or one the person made before).
    void setSource(const CsvTable &table, const ColumnMapping &mapping);
    const ColumnMapping &mapping() const { return m_mapping; }
    // Imports a column as a field (None: not imported). False when the column does not exist.
    bool setField(int column, ImportField field);

    // "Not imported" for None, else the field's label.
    static QString fieldLabel(ImportField field);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void mappingChanged();

private:
    ColumnMapping m_mapping;
    QStringList m_examples; // per column: the first non-empty value of the first rows
};

} // namespace consulta
