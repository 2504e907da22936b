#pragma once

#include "ImportCellProblems.h"
#include "io/ColumnMapping.h"
#include "io/ImportRecord.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace consulta {

// The first rows of a file as the import will store them (ParticipantImporter::preview):
// names split, gender, country and stakeholder group recognised, the status decided. A row
// that will be rejected shows why in the Problem column. A cell whose value will not be
// stored as written (ImportCellProblems) has a warning icon and colour and says why in its
// tooltip; an e-mail met earlier in the file, an information icon and a paler colour.
// isColumnUsed() tells a view which columns the current mapping fills, so that it can hide
// the others.
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

    // Registration times are shown in `zone` (the consultation's). `problems` are those of
    // `records`.
    void setRecords(const QList<ImportRecord> &records, const QTimeZone &zone,
                    const ImportCellProblems &problems = ImportCellProblems());
    const QList<ImportRecord> &records() const { return m_records; }
    const ImportCellProblems &cellProblems() const { return m_problems; }

    // True when some mapped column fills this column (line, status and problem always).
    bool isColumnUsed(int column, const ColumnMapping &mapping) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const ImportRecord &record, int column) const;
    // The problems of one cell: a column shows one field, the status column two.
    QList<const ImportCellProblems::Problem *> problems(int row, int column) const;

    QList<ImportRecord> m_records;
    QTimeZone m_zone;
    ImportCellProblems m_problems;
};

} // namespace consulta
