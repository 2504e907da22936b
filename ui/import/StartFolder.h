#pragma once

#include <QStandardPaths>
#include <QString>

namespace consulta {

class DocumentSession;

// Where a file dialog for an import or an export starts: the folder last used for it (kept
// in the settings under key) while it exists; else the document's own folder; else the
// standard folder given (Downloads, Documents) when it exists; else the home folder.
QString startFolder(const QString &key, DocumentSession &session,
                    QStandardPaths::StandardLocation fallback);
// Remembers the folder of a file just chosen under key.
void rememberFolder(const QString &key, const QString &chosenFile);

} // namespace consulta
