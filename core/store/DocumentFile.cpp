#include "DocumentFile.h"

#include "store/Schema.h"
#include "store/StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace consulta {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DocumentFile", text);
}

QString displayName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Error cannotOpen(const QString &path, const QString &reason)
{
    return Error{tr("Cannot open “%1”: %2").arg(displayName(path), reason)};
}

Error cannotSave(const QString &path, const QString &reason)
{
    return Error{tr("Cannot save “%1”: %2").arg(displayName(path), reason)};
}

Error changedOnDisk(const QString &path)
{
    Error error = cannotSave(path, tr("the file was changed by someone else since it was "
                                      "opened. Save it under another name, or reopen it."));
    error.kind = ErrorKind::ChangedOnDisk;
    return error;
}

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData()) + offset;
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint16 bigEndian16(const QByteArray &bytes, int offset)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData()) + offset;
    return quint16((p[0] << 8) | p[1]);
}

constexpr int kHeaderSize = 100;
constexpr char kSqliteMagic[] = "SQLite format 3";

// The facts of an SQLite header that decide whether Consulta can read a file.
struct Header
{
    qint64 fileSize = 0;
    QByteArray bytes;

    bool isSqlite() const
    {
        return bytes.size() >= kHeaderSize && std::memcmp(bytes.constData(), kSqliteMagic, 16) == 0;
    }
    qint64 pageSize() const
    {
        const quint16 raw = bigEndian16(bytes, 16);
        return raw == 1 ? 65536 : raw;
    }
    // SQLite's rule: a power of two from 512 to 65536.
    bool hasValidPageSize() const
    {
        const qint64 size = pageSize();
        return size >= 512 && size <= 65536 && (size & (size - 1)) == 0;
    }
    qint64 pageCount() const { return bigEndian32(bytes, 28); }
    int userVersion() const { return int(bigEndian32(bytes, 60)); }
    qint32 applicationId() const { return qint32(bigEndian32(bytes, 68)); }
    bool usesWal() const { return bytes.at(18) == 2 || bytes.at(19) == 2; }
};

// Reads and judges the header; an Error names the reason in a person's words.
Result<Header> readHeader(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return cannotOpen(path, tr("the file does not exist."));
    if (info.isDir())
        return cannotOpen(path, tr("it is a folder, not a file."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cannotOpen(path, tr("the file cannot be read (%1).").arg(file.errorString()));
    Header header;
    header.fileSize = file.size();
    header.bytes = file.read(kHeaderSize);
    if (header.fileSize == 0)
        return cannotOpen(path, tr("the file is empty."));
    if (!header.isSqlite()) {
        if (header.bytes.startsWith(QByteArrayView(kSqliteMagic)))
            return cannotOpen(path, tr("the file is damaged: it is cut short (truncated)."));
        return cannotOpen(path, tr("it is not a Consulta document."));
    }
    if (header.applicationId() != schema::kApplicationId)
        return cannotOpen(path, tr("it is an SQLite database of another application, "
                                   "not a Consulta document."));
    if (header.userVersion() > schema::kSchemaVersion)
        return cannotOpen(path, tr("it was made by a newer version of Consulta (file format %1; "
                                   "this version reads up to format %2).")
                                    .arg(header.userVersion())
                                    .arg(schema::kSchemaVersion));
    if (header.userVersion() < 1)
        return cannotOpen(path, tr("the file is damaged: its format version is missing."));
    // Found by fuzzing: a page size of 0 divided by zero below.
    if (!header.hasValidPageSize())
        return cannotOpen(path, tr("the file is damaged: its page size is not valid."));
    const qint64 expectedSize = header.pageCount() * header.pageSize();
    if (header.pageCount() > 0 && header.fileSize < expectedSize)
        return cannotOpen(path, tr("the file is damaged: it is cut short (truncated)."));
    if (header.fileSize % header.pageSize() != 0)
        return cannotOpen(path, tr("the file is damaged: its size does not fit its pages."));
    if (header.usesWal())
        return cannotOpen(path, tr("the file is damaged: it is in a journal mode Consulta "
                                   "does not write."));
    return header;
}

bool syncPath(const QString &path, bool directory)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), directory ? (O_RDONLY | O_DIRECTORY) : O_RDWR);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

int createPrivate(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return errno;
    ::close(fd);
    return 0;
}

// The file a path names once symbolic links are followed: saving through a link replaces
// the file it points to and keeps the link. A dangling link names the file it points to.
QString finalTarget(const QString &path)
{
    QFileInfo info(path);
    for (int hops = 0; info.isSymLink() && hops < 40; ++hops) {
        const QString next = info.symLinkTarget();
        if (next.isEmpty())
            break;
        info.setFile(next);
    }
    return info.absoluteFilePath();
}

QString temporaryNameBeside(const QString &target)
{
    const QFileInfo info(target);
    const QString suffix = QString::number(QRandomGenerator::global()->generate64(), 36);
    return info.absoluteDir().filePath(QLatin1Char('.') + info.fileName() + QLatin1Char('.') +
                                       suffix + QStringLiteral(".consulta-tmp"));
}

// Checks that a freshly written file is a complete Consulta document.
Result<void> verifyWritten(const QString &path)
{
    Result<Header> header = readHeader(path);
    if (!header)
        return Error{header.errorMessage()};
    if (header->userVersion() != schema::kSchemaVersion || header->usesWal())
        return Error{tr("the written copy has the wrong format header.")};
    SqliteDatabase check;
    if (!check.open(path, SqliteDatabase::Mode::ReadOnly))
        return Error{check.errorMessage()};
    check.harden();
    if (check.queryText("PRAGMA integrity_check(1)") != QLatin1String("ok"))
        return Error{tr("the written copy failed its integrity check.")};
    if (check.queryText("PRAGMA journal_mode")
            .compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
        return Error{tr("the written copy is not in rollback journal mode.")};
    return {};
}

} // namespace

FileFingerprint FileFingerprint::of(const QString &path)
{
    const QFileInfo info(path);
    FileFingerprint fingerprint;
    fingerprint.exists = info.exists();
    if (fingerprint.exists) {
        fingerprint.size = info.size();
        fingerprint.modified = info.lastModified();
    }
    return fingerprint;
}

namespace documentfile {

Result<SqliteDatabase> openVerified(const QString &path)
{
    Result<Header> header = readHeader(path);
    if (!header)
        return Error{header.errorMessage()};
    const QString journal = path + QStringLiteral("-journal");
    if (QFileInfo(journal).size() > 0)
        return cannotOpen(path, tr("a journal “%1” from an interrupted change lies beside it; "
                                   "it is left untouched.")
                                    .arg(QFileInfo(journal).fileName()));

    SqliteDatabase db;
    if (!db.open(path, SqliteDatabase::Mode::ReadOnly))
        return cannotOpen(path, tr("SQLite cannot read it (%1).").arg(db.errorMessage()));
    db.harden();
    SqliteStatement check = db.prepare("PRAGMA integrity_check(1)");
    if (!check.next() || check.text(0) != QLatin1String("ok"))
        return cannotOpen(path, tr("the file is damaged (its integrity check failed)."));
    if (!schema::hasExpectedTables(db, header->userVersion()))
        return cannotOpen(path, tr("the file is damaged: tables Consulta needs are missing."));
    if (db.queryInteger("SELECT count(*) FROM consultation WHERE id = 1") != 1)
        return cannotOpen(path, tr("the file is damaged: it holds no consultation."));
    return db;
}

int formatVersion(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray bytes = file.read(kHeaderSize);
    return bytes.size() == kHeaderSize ? int(bigEndian32(bytes, 60)) : -1;
}

qint64 changeCounter(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray bytes = file.read(kHeaderSize);
    return bytes.size() == kHeaderSize ? qint64(bigEndian32(bytes, 24)) : -1;
}

Result<void> createPrivateFile(const QString &path)
{
    if (const int error = createPrivate(path))
        return Error{tr("Cannot create “%1”: %2").arg(displayName(path), reasonForErrno(error))};
    return {};
}

Result<void> copyTo(SqliteDatabase &source, const QString &destination)
{
    if (const int error = createPrivate(destination))
        return Error{tr("Cannot create the working copy “%1”: %2")
                         .arg(displayName(destination), reasonForErrno(error))};
    SqliteDatabase target;
    if (!target.open(destination, SqliteDatabase::Mode::ReadWrite)) {
        QFile::remove(destination);
        return Error{tr("Cannot create the working copy “%1”: %2")
                         .arg(displayName(destination), target.errorMessage())};
    }
    sqlite3_backup *backup = sqlite3_backup_init(target.handle(), "main", source.handle(), "main");
    int rc = backup ? sqlite3_backup_step(backup, -1) : target.errorCode();
    if (backup)
        rc = sqlite3_backup_finish(backup) == SQLITE_OK && rc == SQLITE_DONE ? SQLITE_OK : rc;
    if (rc != SQLITE_OK) {
        target.close();
        QFile::remove(destination);
        return Error{tr("Cannot create the working copy “%1”: %2")
                         .arg(displayName(destination), reasonForSqlite(rc, target.systemErrno()))};
    }
    return {};
}

Result<void> writeAtomically(SqliteDatabase &source, const QString &target,
                             const FileFingerprint *expected)
{
    if (expected && !(FileFingerprint::of(target) == *expected))
        return changedOnDisk(target);
    // Renaming over a symbolic link would replace the link and leave its file as it was.
    const QString destination = finalTarget(target);
    const QFileInfo targetInfo(destination);
    if (targetInfo.isDir())
        return cannotSave(target, tr("it is a folder."));
    if (!targetInfo.absoluteDir().exists())
        return cannotSave(target, tr("the folder does not exist."));

    const QString temporary = temporaryNameBeside(destination);
    if (const int error = createPrivate(temporary))
        return cannotSave(target, reasonForErrno(error));
    auto fail = [&](const QString &reason) -> Result<void> {
        QFile::remove(temporary);
        return cannotSave(target, reason);
    };

    // VACUUM INTO writes a compacted copy: nothing deleted survives in free pages.
    SqliteStatement vacuum = source.prepare("VACUUM INTO ?1");
    vacuum.bind(1, temporary);
    if (!vacuum.exec())
        return fail(reasonForSqlite(source.errorCode(), source.systemErrno()));
    if (!syncPath(temporary, false))
        return fail(reasonForErrno(errno));
    if (Result<void> verified = verifyWritten(temporary); !verified)
        return fail(verified.errorMessage());
    if (expected && !(FileFingerprint::of(target) == *expected)) {
        QFile::remove(temporary);
        return changedOnDisk(target);
    }
    if (std::rename(QFile::encodeName(temporary).constData(),
                    QFile::encodeName(destination).constData()) != 0)
        return fail(reasonForErrno(errno));
    syncPath(targetInfo.absolutePath(), true);
    return {};
}

QString backupNameFor(const QString &path, int version, int attempt)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    const QString base = info.suffix().isEmpty() ? info.fileName() : info.completeBaseName();
    const QString label = attempt <= 1
                              ? tr("%1 (format %2 backup)").arg(base).arg(version)
                              : tr("%1 (format %2 backup %3)").arg(base).arg(version).arg(attempt);
    return info.absoluteDir().filePath(label + suffix);
}

Result<QString> keepBackup(const QString &path, int version)
{
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly))
        return Error{tr("Cannot keep a copy of “%1” before upgrading it: %2")
                         .arg(displayName(path), reasonForErrno(errno))};
    const QString temporary = temporaryNameBeside(path);
    auto fail = [&](int error) -> Result<QString> {
        QFile::remove(temporary);
        return Error{tr("Cannot keep a copy of “%1” before upgrading it: %2")
                         .arg(displayName(path), reasonForErrno(error))};
    };
    if (const int error = createPrivate(temporary))
        return fail(error);
    {
        QFile copy(temporary);
        if (!copy.open(QIODevice::WriteOnly))
            return fail(errno);
        while (!source.atEnd()) {
            const QByteArray chunk = source.read(1 << 20);
            if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
                return fail(EIO);
            if (copy.write(chunk) != chunk.size())
                return fail(errno ? errno : EIO);
        }
        if (!copy.flush())
            return fail(errno ? errno : EIO);
    }
    if (!syncPath(temporary, false))
        return fail(errno);
    // link() never replaces a file: an existing backup is kept and the next number taken.
    for (int attempt = 1; attempt < 1000; ++attempt) {
        const QString backup = backupNameFor(path, version, attempt);
        if (::link(QFile::encodeName(temporary).constData(),
                   QFile::encodeName(backup).constData()) == 0) {
            QFile::remove(temporary);
            syncPath(QFileInfo(path).absolutePath(), true);
            return backup;
        }
        if (errno == EPERM || errno == EOPNOTSUPP) {
            // A file system without hard links (FAT, some network shares).
            if (QFileInfo::exists(backup))
                continue;
            if (std::rename(QFile::encodeName(temporary).constData(),
                            QFile::encodeName(backup).constData()) != 0)
                return fail(errno);
            syncPath(QFileInfo(path).absolutePath(), true);
            return backup;
        }
        if (errno != EEXIST)
            return fail(errno);
    }
    return fail(EEXIST);
}

int removeStaleTemporaries(const QString &target)
{
    const QFileInfo info(finalTarget(target));
    const QString pattern = QLatin1Char('.') + info.fileName() + QStringLiteral(".*.consulta-tmp");
    int removed = 0;
    const QFileInfoList leftovers =
        info.absoluteDir().entryInfoList({pattern}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo &leftover : leftovers) {
        if (QFile::remove(leftover.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

} // namespace documentfile
} // namespace consulta
