#pragma once

#include <QString>

namespace consulta {

// Why a file operation failed, in a person's words ("the disk is full."), from an errno
// value or an SQLite extended result code and the errno SQLite saw.
QString reasonForErrno(int error);
QString reasonForSqlite(int code, int systemErrno = 0);

} // namespace consulta
