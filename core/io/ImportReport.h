#pragma once

#include "model/Organization.h"
#include "model/Participant.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace consulta {

// A row that was not imported and why. The reason names columns, never personal data.
struct ImportRejection
{
    int line = 0;
    QString reason;

    friend bool operator==(const ImportRejection &, const ImportRejection &) = default;
};

// A row merged into a participant already there or added by an earlier row of the file.
struct ImportMerge
{
    enum class Match
    {
        Email,               // the same e-mail address
        NameAndOrganization, // no e-mail to go by: the same name and organization
    };
    int line = 0;
    qint64 participantId = 0; // in a dry run, 0 for a person an earlier row would have added
    Match match = Match::Email;
    bool changed = false; // the row filled a field, advanced the status or added its source

    friend bool operator==(const ImportMerge &, const ImportMerge &) = default;
};

// What an import did (or, for a dry run or a cancelled import, would have done).
struct ImportReport
{
    int added = 0;  // rows that became new participants
    int merged = 0; // rows merged into a participant already there or added by an earlier row
    QList<ImportRejection> rejected; // by line: rows the reader or the importer refused
    QList<ImportMerge> merges;       // by line: the rows counted in merged
    // Values that were read but not understood, per column: "column 10 (Gender): 2 values not
    // recognised (first on line 7); read as undisclosed".
    QStringList warnings;
    int organizationsAdded = 0;
    bool dryRun = false;
    bool cancelled = false;
    bool committed = false; // the changes are in the document's working copy

    // What undo needs, when committed: the rows the import created, the participants and
    // organizations it changed as they were before, and the last status history entry before
    // it (every newer entry was written by the import).
    QList<qint64> addedParticipantIds;
    QList<qint64> addedOrganizationIds;
    QList<Participant> participantsBefore;
    QList<Organization> organizationsBefore;
    qint64 lastStatusChangeIdBefore = 0;
};

} // namespace consulta
