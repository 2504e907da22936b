#pragma once

#include "io/ImportReport.h"

#include <QAbstractTableModel>
#include <QHash>

namespace consulta {

class ConsultationStore;

// The rows an import merged into somebody (ImportReport::merges), by line: who they went into,
// by name as the document now has it, how the row was matched to them, and whether it brought
// anything new. For the import wizard's result, so staff can check a merge against the file.
class ImportMergeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        PersonColumn,
        MatchColumn,
        ChangeColumn,
        ColumnCount
    };

    explicit ImportMergeModel(QObject *parent = nullptr);

    // Names are read from store when shown; store must outlive the model's use.
    void setMerges(const QList<ImportMerge> &merges, const ConsultationStore *store);
    const QList<ImportMerge> &merges() const { return m_merges; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString personName(qint64 id) const;

    QList<ImportMerge> m_merges;
    const ConsultationStore *m_store = nullptr;
    mutable QHash<qint64, QString> m_names; // read on demand: a file may merge thousands
};

} // namespace consulta
