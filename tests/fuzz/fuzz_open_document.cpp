// Feeds arbitrary bytes to the code that opens a document: the header checks, the
// hardened read-only connection and integrity_check, then every read the window makes.
#include "store/ConsultationStore.h"
#include "store/DocumentFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QString path =
        QDir::temp().filePath(QStringLiteral("consulta-fuzz-%1.consulta")
                                  .arg(QString::number(QCoreApplication::applicationPid())));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    consulta::Result<consulta::SqliteDatabase> opened = consulta::documentfile::openVerified(path);
    if (opened) {
        consulta::ConsultationStore store(*opened);
        (void)store.consultation();
        (void)store.participants();
        (void)store.organizations();
        (void)store.balanceRecords();
        (void)store.balanceTargets();
        (void)store.organizationNames();
    }
    return 0;
}
