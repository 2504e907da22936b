#pragma once

#include <QString>

class QWidget;

namespace consulta {

class DocumentSession;

// File → Export…: the stage (ExportDialog), then the file (Prompts::exportFileName), then
// CsvExporter writes it (UTF-8 with BOM, cells neutralized against CSV injection, atomic).
// Exporting only reads, so it works on a read-only document too.
class ExportFlow
{
public:
    explicit ExportFlow(QWidget *window);

    // The number of participants written, or -1 when cancelled or failed (the error shown).
    int run(DocumentSession &session);
    QString lastPath() const { return m_lastPath; }

private:
    QWidget *m_window;
    QString m_lastPath;
};

} // namespace consulta
