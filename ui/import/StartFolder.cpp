#include "StartFolder.h"

#include "DocumentSession.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace consulta {

QString startFolder(const QString &key, DocumentSession &session,
                    QStandardPaths::StandardLocation fallback)
{
    const QString remembered = QSettings().value(key).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    if (!session.document().isUntitled())
        return QFileInfo(session.document().filePath()).absolutePath();
    const QString standard = QStandardPaths::writableLocation(fallback);
    return QFileInfo(standard).isDir() ? standard : QDir::homePath();
}

void rememberFolder(const QString &key, const QString &chosenFile)
{
    QSettings().setValue(key, QFileInfo(chosenFile).absolutePath());
}

} // namespace consulta
