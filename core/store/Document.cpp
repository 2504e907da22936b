#include "Document.h"

#include "store/Schema.h"
#include "store/SchemaMigration.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUuid>

#include <csignal>
#include <unistd.h>

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

QString notePath(const QString &workingCopy)
{
    return workingCopy + QStringLiteral(".json");
}

bool processIsAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

void removeWorkingCopyFiles(const QString &workingCopy)
{
    QFile::remove(workingCopy);
    QFile::remove(workingCopy + QStringLiteral("-journal"));
    QFile::remove(notePath(workingCopy));
}

} // namespace

Document::Document()
    : m_store(m_db)
{}

Document::~Document()
{
    m_db.close();
    if (!m_workingCopyPath.isEmpty() && !m_keepWorkingCopy)
        removeWorkingCopyFiles(m_workingCopyPath);
}

void Document::markClean()
{
    m_cleanChangeCounter = documentfile::changeCounter(m_workingCopyPath);
}

void Document::keepForRecovery()
{
    m_keepWorkingCopy = true;
    m_recoverable = true;
    writeRecoveryNote();
}

void Document::writeRecoveryNote() const
{
    if (m_workingCopyPath.isEmpty())
        return;
    QJsonObject note;
    note.insert(QStringLiteral("original"), m_filePath);
    note.insert(QStringLiteral("pid"), qint64(QCoreApplication::applicationPid()));
    note.insert(QStringLiteral("host"), QSysInfo::machineHostName());
    note.insert(QStringLiteral("recoverable"), m_recoverable);
    note.insert(QStringLiteral("cleanChangeCounter"), m_cleanChangeCounter);
    note.insert(QStringLiteral("title"), m_store.consultation().title);
    note.insert(QStringLiteral("size"), m_fingerprint.size);
    note.insert(QStringLiteral("modified"), m_fingerprint.modified.toString(Qt::ISODateWithMs));
    QSaveFile file(notePath(m_workingCopyPath));
    if (file.open(QIODevice::WriteOnly)) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(QJsonDocument(note).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

void Document::setRecoverable(bool recoverable)
{
    m_recoverable = recoverable;
    writeRecoveryNote();
}

QList<RecoverableCopy> Document::recoverableCopies()
{
    QList<RecoverableCopy> copies;
    const QDir folder(workingCopyFolder());
    const QFileInfoList notes =
        folder.entryInfoList({QStringLiteral("*.consulta-work.json")}, QDir::Files);
    for (const QFileInfo &noteInfo : notes) {
        QFile file(noteInfo.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject note = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        const QString workingCopy = noteInfo.absoluteFilePath().chopped(5);
        const bool sameHost =
            note.value(QStringLiteral("host")).toString() == QSysInfo::machineHostName();
        const qint64 pid = note.value(QStringLiteral("pid")).toInteger();
        if (sameHost && processIsAlive(pid) && pid != QCoreApplication::applicationPid())
            continue; // still in use by a running Consulta
        if (pid == QCoreApplication::applicationPid())
            continue;
        if (!note.value(QStringLiteral("recoverable")).toBool() ||
            !QFileInfo::exists(workingCopy)) {
            removeWorkingCopyFiles(workingCopy);
            continue;
        }
        // A copy nobody changed since it was opened or saved holds nothing to recover. A
        // hot journal beside it means a change was under way: that copy is offered.
        const qint64 clean = note.value(QStringLiteral("cleanChangeCounter")).toInteger(-1);
        if (clean >= 0 && documentfile::changeCounter(workingCopy) == clean &&
            !QFileInfo::exists(workingCopy + QStringLiteral("-journal"))) {
            removeWorkingCopyFiles(workingCopy);
            continue;
        }
        copies.append({workingCopy, note.value(QStringLiteral("original")).toString(),
                       note.value(QStringLiteral("title")).toString(),
                       QFileInfo(workingCopy).lastModified()});
    }
    // Working copies without a note are from a process that died while creating one.
    const QFileInfoList orphans =
        folder.entryInfoList({QStringLiteral("*.consulta-work")}, QDir::Files);
    for (const QFileInfo &orphan : orphans) {
        if (!QFileInfo::exists(notePath(orphan.absoluteFilePath())) &&
            orphan.lastModified().secsTo(QDateTime::currentDateTime()) > 24 * 3600)
            removeWorkingCopyFiles(orphan.absoluteFilePath());
    }
    std::sort(copies.begin(), copies.end(), [](const RecoverableCopy &a, const RecoverableCopy &b) {
        return a.lastChange > b.lastChange;
    });
    return copies;
}

void Document::discard(const RecoverableCopy &copy)
{
    removeWorkingCopyFiles(copy.workingCopyPath);
}

Result<std::unique_ptr<Document>> Document::recover(const RecoverableCopy &copy)
{
    QFile noteFile(notePath(copy.workingCopyPath));
    if (!noteFile.open(QIODevice::ReadOnly))
        return Error{tr("Cannot recover “%1”: its recovery note is missing.")
                         .arg(copy.originalPath.isEmpty() ? copy.title : copy.originalPath)};
    const QJsonObject note = QJsonDocument::fromJson(noteFile.readAll()).object();
    std::unique_ptr<Document> document(new Document);
    document->m_filePath = copy.originalPath;
    document->m_fingerprint.exists = true;
    document->m_fingerprint.size = note.value(QStringLiteral("size")).toInteger();
    document->m_fingerprint.modified =
        QDateTime::fromString(note.value(QStringLiteral("modified")).toString(), Qt::ISODateWithMs);
    if (!copy.originalPath.isEmpty()) {
        const DocumentLock::Outcome locked = document->m_lock.acquire(copy.originalPath);
        if (locked == DocumentLock::Outcome::HeldByOther) {
            const auto holder = DocumentLock::holder(copy.originalPath);
            return Error{
                tr("Cannot recover “%1”: it is open in Consulta by %2.")
                    .arg(copy.originalPath, holder ? holder->describe() : tr("another program")),
                ErrorKind::Locked};
        }
        if (locked == DocumentLock::Outcome::CannotCreate)
            document->m_readOnlyReason = tr("its folder cannot be written");
    }
    // Opening read-write lets SQLite roll back a change the crash interrupted.
    document->m_workingCopyPath = copy.workingCopyPath;
    Result<std::unique_ptr<Document>> opened = openWorkingCopy(std::move(document));
    if (!opened)
        return opened;
    Document &recovered = *opened.value();
    if (recovered.m_db.queryText("PRAGMA integrity_check(1)") != QLatin1String("ok") ||
        !schema::hasExpectedTables(recovered.m_db,
                                   int(recovered.m_db.queryInteger("PRAGMA user_version", 0)))) {
        recovered.m_workingCopyPath.clear(); // keep the damaged copy for inspection
        return Error{tr("Cannot recover “%1”: the working copy is damaged.").arg(copy.title)};
    }
    // A working copy left by an older version of Consulta is upgraded like a file.
    if (Result<void> upgraded = recovered.upgradeWorkingCopy(copy.title); !upgraded) {
        recovered.m_workingCopyPath.clear();
        return upgraded.error();
    }
    recovered.m_recoverable = true;
    recovered.writeRecoveryNote();
    return opened;
}

QString Document::workingCopyFolder()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    const QString folder = QDir(base).filePath(QStringLiteral("working-copies"));
    QDir().mkpath(folder);
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
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
    opened.value()->markClean();
    opened.value()->writeRecoveryNote();
    return opened;
}

Result<std::unique_ptr<Document>> Document::open(const QString &path, OpenOptions options)
{
    std::unique_ptr<Document> document(new Document);
    const QFileInfo info(path);
    if (options.readOnly) {
        document->m_readOnlyReason = tr("it was opened read-only");
    } else if (info.exists() && !info.isDir()) {
        switch (document->m_lock.acquire(path)) {
        case DocumentLock::Outcome::Acquired:
            documentfile::removeStaleTemporaries(path);
            if (!info.isWritable())
                document->m_readOnlyReason = tr("the file is read-only");
            break;
        case DocumentLock::Outcome::HeldByOther: {
            const auto holder = DocumentLock::holder(path);
            return Error{tr("“%1” is already open in Consulta by %2. Open it read-only, or "
                            "open a copy.")
                             .arg(QDir::toNativeSeparators(path),
                                  holder ? holder->describe() : tr("another program")),
                         ErrorKind::Locked};
        }
        case DocumentLock::Outcome::CannotCreate:
            document->m_readOnlyReason = tr("its folder cannot be written");
            break;
        }
    }
    Result<SqliteDatabase> source = documentfile::openVerified(path);
    if (!source)
        return Error{source.errorMessage()};
    document->m_openedFormatVersion = int(source->queryInteger("PRAGMA user_version", 0));
    document->m_filePath = info.absoluteFilePath();
    document->m_fingerprint = FileFingerprint::of(path);
    document->m_workingCopyPath = newWorkingCopyPath();
    if (Result<void> copied = documentfile::copyTo(*source, document->m_workingCopyPath); !copied) {
        document->m_workingCopyPath.clear();
        return Error{copied.errorMessage()};
    }
    Result<std::unique_ptr<Document>> opened = openWorkingCopy(std::move(document));
    if (!opened)
        return opened;
    if (Result<void> upgraded = opened.value()->upgradeWorkingCopy(path); !upgraded)
        return upgraded.error();
    opened.value()->markClean();
    opened.value()->writeRecoveryNote();
    return opened;
}

Result<void> Document::upgradeWorkingCopy(const QString &name)
{
    Result<int> migrated = schema::migrate(m_db);
    if (!migrated)
        return Error{tr("Cannot open “%1”: %2")
                         .arg(QDir::toNativeSeparators(name), migrated.errorMessage())};
    if (m_openedFormatVersion == 0)
        m_openedFormatVersion = migrated.value();
    return {};
}

Result<void> Document::writeTo(const QString &path, const FileFingerprint *expected)
{
    m_upgradeBackupPath.clear();
    // Saving over a file of an older format upgrades it: keep its original first.
    if (expected && path == m_filePath && FileFingerprint::of(path) == *expected) {
        const int onDisk = documentfile::formatVersion(path);
        if (onDisk >= 1 && onDisk < schema::kSchemaVersion) {
            Result<QString> backup = documentfile::keepBackup(path, onDisk);
            if (!backup)
                return backup.error();
            m_upgradeBackupPath = backup.value();
        }
    }
    if (Result<void> written = documentfile::writeAtomically(m_db, path, expected); !written)
        return written;
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_fingerprint = FileFingerprint::of(m_filePath);
    markClean();
    writeRecoveryNote();
    return {};
}

Result<std::unique_ptr<Document>> Document::reopen()
{
    if (isUntitled())
        return Error{tr("The document has no file to reopen.")};
    OpenOptions options;
    options.readOnly = isReadOnly() && !m_lock.isHeld();
    const bool hadLock = m_lock.isHeld();
    m_lock.release();
    Result<std::unique_ptr<Document>> fresh = open(m_filePath, options);
    if (!fresh && hadLock)
        m_lock.acquire(m_filePath);
    return fresh;
}

Result<void> Document::save()
{
    if (isUntitled())
        return Error{tr("The document has no file yet: use Save As.")};
    if (isReadOnly())
        // The window offers Save As itself; the command line has no such thing to offer.
        return Error{
            tr("Cannot save “%1”: %2.").arg(QDir::toNativeSeparators(m_filePath), m_readOnlyReason),
            ErrorKind::ReadOnly};
    return writeTo(m_filePath, &m_fingerprint);
}

Result<void> Document::saveAs(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == m_filePath && !isReadOnly()) // keeps the changed-on-disk guard
        return writeTo(absolute, &m_fingerprint);
    DocumentLock lock;
    if (lock.acquire(absolute) == DocumentLock::Outcome::HeldByOther) {
        const auto holder = DocumentLock::holder(absolute);
        return Error{tr("Cannot save “%1”: it is open in Consulta by %2.")
                         .arg(QDir::toNativeSeparators(absolute),
                              holder ? holder->describe() : tr("another program")),
                     ErrorKind::Locked};
    }
    if (Result<void> written = writeTo(absolute, nullptr); !written)
        return written;
    // The new file is the document now: its lock replaces the old one.
    m_lock = std::move(lock);
    m_readOnlyReason.clear();
    return {};
}

} // namespace consulta
