#pragma once

#include "common/Result.h"
#include "store/SqliteDatabase.h"

#include <QDateTime>
#include <QString>

namespace consulta {

// What a document file looked like when it was opened, so Save can tell whether
// somebody else changed it since.
struct FileFingerprint
{
    bool exists = false;
    qint64 size = 0;
    QDateTime modified;

    static FileFingerprint of(const QString &path);
    friend bool operator==(const FileFingerprint &, const FileFingerprint &) = default;
};

// The rules for touching a .consulta file on disk (DESIGN "The document file"):
// opening never writes to it, and writing never happens in place.
namespace documentfile {

// Checks the file before SQLite sees it (exists, not empty, SQLite header, Consulta's
// application id, a format version this build reads), then opens it read-only on a
// hardened connection and runs integrity_check. Every failure names the file and the
// reason in one line; the file's bytes are never changed.
Result<SqliteDatabase> openVerified(const QString &path);

// The format version written in a document's header, read without SQLite.
int formatVersion(const QString &path);

// The header's file change counter, which SQLite raises with every committed change in
// rollback journal mode; -1 when the file cannot be read.
qint64 changeCounter(const QString &path);

// Creates an empty file only this user may read and write; fails when the name is taken.
Result<void> createPrivateFile(const QString &path);

// Copies an open database into a new private file (mode 0600) with SQLite's backup
// API. The destination must not exist.
Result<void> copyTo(SqliteDatabase &source, const QString &destination);

// Writes a complete, compacted copy of source beside target, syncs it, re-opens and
// verifies it (integrity, application id, version, rollback journal), then renames it
// over target and syncs the folder. When expected is given and target no longer matches
// it, nothing is written. On failure the target is as it was and no temporary is left.
Result<void> writeAtomically(SqliteDatabase &source, const QString &target,
                             const FileFingerprint *expected = nullptr);

// Keeps a byte-for-byte copy of an older-format file beside it before it is upgraded:
// "NAME (format 1 backup).consulta", or "NAME (format 1 backup 2).consulta" and so on
// when that name is taken (an existing backup is never replaced). The copy is synced
// and private (0600). Returns the backup's path.
Result<QString> keepBackup(const QString &path, int version);
QString backupNameFor(const QString &path, int version, int attempt = 1);

// Removes temporary files that an interrupted save of target left beside it. Only call
// it while holding the document's lock: then nobody else is saving that file.
int removeStaleTemporaries(const QString &target);

} // namespace documentfile
} // namespace consulta
