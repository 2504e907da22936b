#pragma once

#include "io/CsvTable.h"

#include <QAbstractTableModel>

namespace consulta {

// The first rows of a file to import exactly as they were read, under the header row found:
// what the import wizard's first page shows, so that a wrong encoding (mojibake) or a wrong
// delimiter (everything in one column) is seen at once. The vertical header gives each
// row's line in the file.
class SourceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit SourceTableModel(QObject *parent = nullptr);

    // Shows at most `maxRows` rows of the table.
    void setTable(const CsvTable &table, int maxRows = 200);
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QList<CsvRow> m_rows;
};

} // namespace consulta
