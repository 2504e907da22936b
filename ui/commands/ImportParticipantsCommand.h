#pragma once

#include "DocumentCommand.h"
#include "io/ColumnMapping.h"
#include "io/ImportOptions.h"
#include "io/ImportReport.h"
#include "io/ImportSource.h"

#include <QPointer>
#include <QWidget>

namespace consulta {

// An import of participants from a file, as one undo step.
//
// The import wizard runs the import itself (with progress and a Cancel button) and hands the
// committed report over, so the first redo() only tells the views what changed. undo() takes
// the import back out with ImportUndo (one transaction); a later redo() runs the same import
// again — same table, mapping and options, the same `now` — with progress shown over
// `progressParent`, and keeps the new report for the next undo.
class ImportParticipantsCommand : public DocumentCommand
{
public:
    ImportParticipantsCommand(DocumentSession &session, ImportSource source, ColumnMapping mapping,
                              ImportOptions options, ImportReport done,
                              QWidget *progressParent = nullptr);

    const ImportReport &report() const { return m_report; }

    void redo() override;
    void undo() override;

private:
    void notify(const ImportReport &report);

    ImportSource m_source;
    ColumnMapping m_mapping;
    ImportOptions m_options;
    ImportReport m_report;
    QPointer<QWidget> m_progressParent;
};

} // namespace consulta
