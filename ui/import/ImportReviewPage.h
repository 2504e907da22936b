#pragma once

#include "ImportRejectionView.h"
#include "io/ImportReport.h"

#include <QWizardPage>

class QLabel;

namespace consulta {

class ImportRejectionModel;
class ImportWizard;

// The import wizard's third page: what the import will do, found by the dry run that ran as
// the page before was left (ImportWizard::runDryRun) — people added, merged into people
// already there, rows rejected with their lines and reasons, and values that were not
// understood. Its "Import" button commits (QWizard commit page): the import runs with
// progress and becomes one undo step.
class ImportReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportReviewPage(ImportWizard &wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    const ImportReport &dryRunReport() const { return m_report; }
    ImportRejectionModel *rejectionModel() const { return m_rejectedView->rejectionModel(); }

private:
    ImportWizard &m_wizard;
    QLabel *m_summary;
    QLabel *m_rejectedLabel;
    ImportRejectionView *m_rejectedView;
    QLabel *m_warnings;
    QLabel *m_note;
    QLabel *m_error;
    bool m_ready = false;
    ImportReport m_report;
};

} // namespace consulta
