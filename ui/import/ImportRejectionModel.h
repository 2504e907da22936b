#pragma once

#include "io/ImportReport.h"

#include <QAbstractTableModel>

namespace consulta {

// The rows an import leaves out, by line, with the reason (which names columns, never
// personal data): the import wizard's summary.
class ImportRejectionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit ImportRejectionModel(QObject *parent = nullptr);

    void setRejections(const QList<ImportRejection> &rejections);
    const QList<ImportRejection> &rejections() const { return m_rejections; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ImportRejection> m_rejections;
};

} // namespace consulta
