#pragma once

#include "ColumnMapping.h"
#include "CsvTable.h"
#include "ImportOptions.h"
#include "ImportRecord.h"
#include "ImportReport.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace consulta {

class ConsultationStore;

// Imports the rows of a mapped table into a consultation, all or nothing.
//
// Everything happens in one transaction (a savepoint, so a caller's transaction may wrap it),
// committed only when the import is neither a dry run nor cancelled and nothing failed; a
// failure returns an Error and leaves the store as it was.
//
// Duplicates, against the store and earlier rows of the same file alike:
// - the same e-mail (trimmed, case-folded) is the same person;
// - a row without an e-mail is the person with the same name and organization (foldedKey of
//   "given family" and of the organization's name), if there is one;
// - a row with an e-mail nobody has yet is the person with the same name and organization who
//   has no e-mail, if there is one (an anonymous form answer followed by a Zoom registration).
// A row that is a duplicate is merged: the participant's empty fields are filled (undisclosed
// gender counts as empty), the more advanced status is kept (statusRank) with the change in
// the history, and the import's source is added to `source`. Otherwise it is added with the
// row's status and no history entry, as a person added by hand (its registration time and
// `source` say when and where from; an entry per row would cost a fifth of a large import).
//
// Organizations are the same when their names have the same foldedKey and their countries
// match (the row's country); a row without a country takes an organization of that name
// whatever its country, and a row with one takes an organization of that name without a
// country (filling it in). New organizations get the row's sector as their category; an
// organization without a category gets the first one a row gives.
//
// Speed: existing e-mails, names and organizations are read into hashes once; every write is
// a statement prepared once (ImportStore); the rows are parsed and their keys folded on a
// second thread (ImportRowPipeline). A large import (5,000 rows or more, and at least as many
// as the document holds) drops the participant indexes and builds them again before it
// commits; foreign key checks are off during the import unless a caller's transaction
// encloses it (the ids written are the importer's own).
class ParticipantImporter
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantImporter)

public:
    explicit ParticipantImporter(ConsultationStore &store);

    // `source` names the file in participants' `source` unless options.source does.
    Result<ImportReport> run(const CsvTable &table, const ColumnMapping &mapping,
                             const ImportOptions &options, const QString &source = QString());

    // The first rows as run() would read them, without touching the store: the preview.
    static QList<ImportRecord> preview(const CsvTable &table, const ColumnMapping &mapping,
                                       const ImportOptions &options, int maxRows);

private:
    ConsultationStore &m_store;
};

} // namespace consulta
