#pragma once

#include "ImportSourceLoader.h"
#include "common/Result.h"
#include "io/ColumnMapping.h"
#include "io/ImportOptions.h"
#include "io/ImportReport.h"
#include "model/Status.h"

#include <QDateTime>
#include <QTimeZone>
#include <QWizard>

#include <optional>

namespace consulta {

class ColumnMappingModel;
class DocumentSession;

// Imports participants from a registration export into the open document, in four pages:
// how the file is read (ImportFilePage), which column is which field with a preview
// (ImportMappingPage), what a dry run found (ImportReviewPage, where "Import" commits), and
// what was done (ImportDonePage).
//
// The wizard holds what the pages share: the file as last read (ImportSourceLoader reads it
// off the window's thread, again whenever a guess is corrected), the mapping, the status to
// give everyone, and the outcome. The check (a dry run, when Next leaves the mapping page) and
// the import itself are store transactions run here with progress and Cancel; the import goes
// on the document's undo stack as one ImportParticipantsCommand.
//
// Once the import is running, Escape and closing the window do nothing (reject()): the import
// has its own Cancel, and once it is committed the last page must be seen, so its Close
// button is the way out.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePageId,
        MappingPageId,
        ReviewPageId,
        DonePageId,
    };

    // Starts reading `path` at once. The document must be writable (ImportFlow checks).
    ImportWizard(DocumentSession &session, const QString &path, QWidget *parent = nullptr);
    ~ImportWizard() override;

    DocumentSession &session() { return m_session; }
    QString path() const { return m_path; }

    // The file: read again with other choices; the last read; whether one is running.
    void reread(ImportFormat format, const CsvOptions &options);
    const ImportSource &source() const { return m_loader->source(); }
    bool isReading() const { return m_loader->isReading(); }
    ImportSourceLoader *loader() const { return m_loader; }

    ColumnMappingModel *mappingModel() const { return m_mapping; }
    const ColumnMapping &mapping() const;
    // The status every imported row gets; nullopt: each row's own.
    std::optional<Status> forcedStatus() const { return m_forcedStatus; }
    void setForcedStatus(std::optional<Status> status);
    // The consultation's zone: times written without one are read in it.
    QTimeZone timeZone() const;
    // The options of the import (no progress, not a dry run).
    ImportOptions options() const;

    // Runs the import as a dry run, with progress and Cancel: what the review page shows.
    // False when the person cancelled it; otherwise dryRunReport(), or dryRunError() when it
    // failed.
    bool runDryRun();
    const ImportReport &dryRunReport() const { return m_dryRun; }
    QString dryRunError() const { return m_dryRunError; }
    // Runs the import, with progress and Cancel, and pushes it on the undo stack. False when
    // it was cancelled or failed; errorString() says which.
    bool runImport();
    bool hasImported() const { return m_imported; }
    const ImportReport &importReport() const { return m_result; }
    QString errorString() const { return m_error; }

    // Does nothing once the import has started (see above).
    void reject() override;

Q_SIGNALS:
    // A read of the file finished (source() is the new one; the mapping was reset when the
    // header changed).
    void sourceChanged();
    // The mapping or the forced status changed.
    void importChoicesChanged();

private:
    void takeSource();

    DocumentSession &m_session;
    QString m_path;
    ImportSourceLoader *m_loader;
    ColumnMappingModel *m_mapping;
    std::optional<Status> m_forcedStatus;
    QDateTime m_now;
    ImportReport m_dryRun;
    QString m_dryRunError;
    bool m_importing = false;
    bool m_imported = false;
    ImportReport m_result;
    QString m_error;
};

} // namespace consulta
