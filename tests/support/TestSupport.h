#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

#include "TestPaths.h"

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template<>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &value) { return '"' + value.toStdString() + '"'; }
};
template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        return '[' + value.join(QStringLiteral(", ")).toStdString() + ']';
    }
};
template<>
struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime &value)
    {
        return value.isValid() ? value.toString(Qt::ISODateWithMs).toStdString() : "<invalid>";
    }
};
} // namespace Catch

namespace consulta::test {

// The absolute path of a file under tests/data.
QString dataPath(const QString &relative);
// The bytes of a file, or an empty array when it cannot be read.
QByteArray readAll(const QString &path);
// Writes bytes to a file, creating folders; fails the test when it cannot.
void writeAll(const QString &path, const QByteArray &bytes);

} // namespace consulta::test
