#pragma once

#include "common/Result.h"
#include "store/ConsultationStore.h"
#include "store/DocumentFile.h"
#include "store/SqliteDatabase.h"

#include <QString>

#include <memory>

namespace consulta {

// An open consultation: a private working copy that every edit goes to, and the file
// it came from (none for a new, untitled document). The file itself is only read at
// open and replaced whole at save. Destroying a Document removes its working copy.
class Document
{
public:
    ~Document();
    Document(const Document &) = delete;
    Document &operator=(const Document &) = delete;

    // A new, untitled document with the given consultation details.
    static Result<std::unique_ptr<Document>> createNew(const Consultation &consultation);
    // Opens a file after checking it (see documentfile::openVerified).
    static Result<std::unique_ptr<Document>> open(const QString &path);

    // Writes the working copy over the file it came from; refuses when the file was
    // changed on disk since it was opened or last saved.
    Result<void> save();
    // Writes the working copy to another file, which becomes the document's file.
    Result<void> saveAs(const QString &path);

    QString filePath() const { return m_filePath; }
    bool isUntitled() const { return m_filePath.isEmpty(); }
    QString workingCopyPath() const { return m_workingCopyPath; }

    ConsultationStore &store() { return m_store; }
    const ConsultationStore &store() const { return m_store; }
    SqliteDatabase &database() { return m_db; }

    // Where working copies live: a private folder in the user's data location.
    static QString workingCopyFolder();

private:
    Document();
    static Result<std::unique_ptr<Document>> openWorkingCopy(std::unique_ptr<Document> document);
    Result<void> writeTo(const QString &path, const FileFingerprint *expected);

    SqliteDatabase m_db;
    ConsultationStore m_store;
    QString m_filePath;
    QString m_workingCopyPath;
    FileFingerprint m_fingerprint;
};

} // namespace consulta
