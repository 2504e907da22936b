#include "StorageError.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>

namespace consulta {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("StorageError", text);
}
} // namespace

QString reasonForErrno(int error)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return tr("the disk is full.");
    case EROFS:
        return tr("the disk or folder is read-only.");
    case EACCES:
    case EPERM:
        return tr("you do not have permission to write in that folder.");
    case EFBIG:
        return tr("the file is too large for this disk.");
    case ENOENT:
        return tr("the folder does not exist.");
    case EBUSY:
    case ETXTBSY:
        return tr("the file is locked by another program.");
    default:
        return QString::fromLocal8Bit(std::strerror(error)) + QLatin1Char('.');
    }
}

QString reasonForSqlite(int code, int systemErrno)
{
    // An I/O error caused by a full disk or a size limit is a full disk to a person.
    if (systemErrno == ENOSPC || systemErrno == EDQUOT || systemErrno == EFBIG)
        return reasonForErrno(systemErrno);
    switch (code & 0xff) {
    case SQLITE_FULL:
        return tr("the disk is full.");
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return tr("the disk or folder is read-only.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("the file is locked by another program.");
    case SQLITE_IOERR:
        return tr("the disk reported an input/output error.");
    case SQLITE_CANTOPEN:
        return tr("the file cannot be created in that folder.");
    default:
        return QString::fromUtf8(sqlite3_errstr(code)) + QLatin1Char('.');
    }
}

} // namespace consulta
