#pragma once

#include "io/ColumnMapping.h"
#include "io/ImportRecord.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace consulta {

// The first rows of a file as the import will store them (ParticipantImporter::preview):
// names split, gender, country and stakeholder group recognised, the status decided. A row
// that will be rejected shows why in the Problem column. isColumnUsed() tells a view which
// columns the current mapping fills, so that it can hide the others.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        GivenNameColumn,
        FamilyNameColumn,
        EmailColumn,
        GenderColumn,
        OrganizationColumn,
        CountryColumn,
        SectorColumn,
        JobTitleColumn,
        StatusColumn,
        RegisteredAtColumn,
        TimeZoneColumn,
        NotesColumn,
        ProblemColumn,
        ColumnCount
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    // Registration times are shown in `zone` (the consultation's).
    void setRecords(const QList<ImportRecord> &records, const QTimeZone &zone);
    const QList<ImportRecord> &records() const { return m_records; }

    // True when some mapped column fills this column (line, status and problem always).
    bool isColumnUsed(int column, const ColumnMapping &mapping) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const ImportRecord &record, int column) const;

    QList<ImportRecord> m_records;
    QTimeZone m_zone;
};

} // namespace consulta
