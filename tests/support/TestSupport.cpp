#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace consulta::test {

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(CONSULTA_TEST_DATA_DIR)).filePath(relative);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace consulta::test
