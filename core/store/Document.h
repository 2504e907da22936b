#pragma once

#include "common/Result.h"
#include "store/ConsultationStore.h"
#include "store/DocumentFile.h"
#include "store/DocumentLock.h"
#include "store/SqliteDatabase.h"

#include <QList>
#include <QString>

#include <memory>

namespace consulta {

// A working copy left behind by a window that did not close cleanly (a crash, a kill,
// a power cut): what the recovery offer shows.
struct RecoverableCopy
{
    QString workingCopyPath;
    QString originalPath; // empty for a document that was never saved
    QString title;
    QDateTime lastChange;
};

// An open consultation: a private working copy that every edit goes to, and the file
// it came from (none for a new, untitled document). The file itself is only read at
// open and replaced whole at save. While open for writing, a lock beside the file tells
// others. Destroying a Document removes its working copy and releases the lock.
class Document
{
public:
    struct OpenOptions
    {
        // Open without the lock and never write the file: Save asks for Save As.
        bool readOnly = false;
    };

    ~Document();
    Document(const Document &) = delete;
    Document &operator=(const Document &) = delete;

    // A new, untitled document with the given consultation details.
    static Result<std::unique_ptr<Document>> createNew(const Consultation &consultation);
    // Opens a file after checking it (see documentfile::openVerified).
    // When another process holds the file's lock the error's kind is ErrorKind::Locked and
    // its message names who; open again with readOnly to look at it anyway. A file or
    // folder that cannot be written opens read-only by itself (see readOnlyReason()).
    static Result<std::unique_ptr<Document>> open(const QString &path, OpenOptions options);
    static Result<std::unique_ptr<Document>> open(const QString &path)
    {
        return open(path, OpenOptions());
    }

    // Writes the working copy over the file it came from; refuses when the file was
    // changed on disk since it was opened or last saved.
    Result<void> save();
    // Writes the working copy to another file, which becomes the document's file.
    Result<void> saveAs(const QString &path);
    // Opens the document's file again as it is on disk now (somebody changed it), for a
    // person who gives up their own changes. This Document lets go of the lock for the new
    // one; when the file cannot be opened it takes the lock back and stays as it was.

    Result<std::unique_ptr<Document>> reopen();

    QString filePath() const { return m_filePath; }
    bool isUntitled() const { return m_filePath.isEmpty(); }
    QString workingCopyPath() const { return m_workingCopyPath; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    // The format version of the file as it was opened; the working copy is always
    // upgraded to schema::kSchemaVersion, and so is the file at the next save.
    int openedFormatVersion() const { return m_openedFormatVersion; }
    // The copy of the older-format original that the last save kept before upgrading the
    // file ("NAME (format 1 backup).consulta"); empty when that save made none.
    QString upgradeBackupPath() const { return m_upgradeBackupPath; }
    // Why the document is read-only, in a person's words; empty when it is not.
    QString readOnlyReason() const { return m_readOnlyReason; }

    // Marks the working copy as worth offering for recovery if this process dies (the
    // window does this; command-line runs leave it off, their leftovers are just removed).
    void setRecoverable(bool recoverable);
    // Keeps the working copy and its note when this Document goes (the program is being
    // terminated with unsaved work), so that the next start offers to recover it.
    void keepForRecovery();
    // Working copies of windows that died, newest first, among them only those that hold
    // changes never saved. Leftovers of dead command-line runs, and copies still as they
    // were at the last open or save, are removed on the way.
    static QList<RecoverableCopy> recoverableCopies();
    // Opens a recoverable copy as a modified document of its original file.
    static Result<std::unique_ptr<Document>> recover(const RecoverableCopy &copy);
    static void discard(const RecoverableCopy &copy);

    ConsultationStore &store() { return m_store; }
    const ConsultationStore &store() const { return m_store; }
    SqliteDatabase &database() { return m_db; }

    // Where working copies live: a private folder in the user's data location.
    static QString workingCopyFolder();

private:
    Document();
    static Result<std::unique_ptr<Document>> openWorkingCopy(std::unique_ptr<Document> document);
    Result<void> upgradeWorkingCopy(const QString &name);
    Result<void> writeTo(const QString &path, const FileFingerprint *expected);
    void writeRecoveryNote() const;
    // Remembers the working copy as matching the file (after open or save).
    void markClean();

    SqliteDatabase m_db;
    ConsultationStore m_store;
    QString m_filePath;
    QString m_workingCopyPath;
    FileFingerprint m_fingerprint;
    DocumentLock m_lock;
    QString m_readOnlyReason;
    QString m_upgradeBackupPath;
    int m_openedFormatVersion = 0;
    bool m_recoverable = false;
    bool m_keepWorkingCopy = false;
    // The working copy's change counter when it last matched the file; -1 when it holds
    // work that was never saved (a recovered copy).
    qint64 m_cleanChangeCounter = -1;
};

} // namespace consulta
