#include "Document.h"

#include "store/Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

namespace consulta {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Document", text);
}

QString newWorkingCopyPath()
{
    return QDir(Document::workingCopyFolder())
        .filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) +
                  QStringLiteral(".consulta-work"));
}

} // namespace

Document::Document()
    : m_store(m_db)
{
}

Document::~Document()
{
    m_db.close();
    if (!m_workingCopyPath.isEmpty()) {
        QFile::remove(m_workingCopyPath);
        QFile::remove(m_workingCopyPath + QStringLiteral("-journal"));
    }
}

QString Document::workingCopyFolder()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    const QString folder = QDir(base).filePath(QStringLiteral("working-copies"));
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ExeOwner);
    return folder;
}

Result<std::unique_ptr<Document>> Document::openWorkingCopy(std::unique_ptr<Document> document)
{
    if (!document->m_db.open(document->m_workingCopyPath, SqliteDatabase::Mode::ReadWrite))
        return Error{tr("Cannot open the working copy “%1”: %2")
                         .arg(document->m_workingCopyPath, document->m_db.errorMessage())};
    document->m_db.harden();
    // Deleted personal data is overwritten, not left in free pages of the working copy.
    document->m_db.exec("PRAGMA secure_delete=ON");
    document->m_db.exec("PRAGMA foreign_keys=ON");
    document->m_db.exec("PRAGMA journal_mode=DELETE");
    return document;
}

Result<std::unique_ptr<Document>> Document::createNew(const Consultation &consultation)
{
    std::unique_ptr<Document> document(new Document);
    document->m_workingCopyPath = newWorkingCopyPath();
    if (Result<void> created = documentfile::createPrivateFile(document->m_workingCopyPath);
        !created) {
        document->m_workingCopyPath.clear();
        return Error{created.errorMessage()};
    }
    {
        SqliteDatabase fresh;
        if (!fresh.open(document->m_workingCopyPath, SqliteDatabase::Mode::Create) ||
            !schema::create(fresh))
            return Error{tr("Cannot create a new document in “%1”: %2")
                             .arg(workingCopyFolder(), fresh.errorMessage())};
    }
    Result<std::unique_ptr<Document>> opened = openWorkingCopy(std::move(document));
    if (!opened)
        return opened;
    if (Result<void> set = opened.value()->store().setConsultation(consultation); !set)
        return Error{set.errorMessage()};
    return opened;
}

Result<std::unique_ptr<Document>> Document::open(const QString &path)
{
    Result<SqliteDatabase> source = documentfile::openVerified(path);
    if (!source)
        return Error{source.errorMessage()};
    std::unique_ptr<Document> document(new Document);
    document->m_filePath = QFileInfo(path).absoluteFilePath();
    document->m_fingerprint = FileFingerprint::of(path);
    document->m_workingCopyPath = newWorkingCopyPath();
    if (Result<void> copied = documentfile::copyTo(*source, document->m_workingCopyPath); !copied) {
        document->m_workingCopyPath.clear();
        return Error{copied.errorMessage()};
    }
    return openWorkingCopy(std::move(document));
}

Result<void> Document::writeTo(const QString &path, const FileFingerprint *expected)
{
    if (Result<void> written = documentfile::writeAtomically(m_db, path, expected); !written)
        return written;
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_fingerprint = FileFingerprint::of(m_filePath);
    return {};
}

Result<void> Document::save()
{
    if (isUntitled())
        return Error{tr("The document has no file yet: use Save As.")};
    return writeTo(m_filePath, &m_fingerprint);
}

Result<void> Document::saveAs(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Saving onto the document's own file keeps the changed-on-disk guard.
    return writeTo(absolute, absolute == m_filePath ? &m_fingerprint : nullptr);
}

} // namespace consulta
