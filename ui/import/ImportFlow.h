#pragma once

#include <QString>

class QWidget;

namespace consulta {

class DocumentSession;

// File → Import… and files dropped on the window: checks that the open document can take an
// import, asks for the file (through Prompts) when none was given, and runs the ImportWizard
// (through Prompts::exec, so tests drive the real wizard).
class ImportFlow
{
public:
    explicit ImportFlow(QWidget *window);

    // Asks for a file, then imports it. False when cancelled or refused.
    bool chooseAndImport(DocumentSession *session);
    // Imports a file into the session's document. False when cancelled or refused.
    bool importFile(DocumentSession *session, const QString &path);

    // A file the wizard reads (.csv, .tsv, .txt), as opposed to a consultation to open.
    static bool isImportable(const QString &path);

private:
    bool canImport(DocumentSession *session) const;

    QWidget *m_window;
};

} // namespace consulta
