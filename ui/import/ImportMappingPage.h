#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableView;

namespace consulta {

class ImportPreviewModel;
class ImportWizard;

// The import wizard's second page: every column of the file with the field it is imported
// as (a combo box of the fields, or "Not imported"), the status to give every row, and a
// preview of the first rows as the import will store them, updated with every change; cells
// whose value will not be read as written are marked (ImportCellProblems).
//
// Next checks the choices with a dry run (ImportWizard::runDryRun) whose result the review
// page shows; cancelling it stays here with every choice as it was.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard &wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    ImportPreviewModel *previewModel() const { return m_preview; }

    // Rows the preview shows.
    static constexpr int kPreviewRows = 50;

private:
    void openEditors();
    void updatePreview();

    ImportWizard &m_wizard;
    QTableView *m_mappingView;
    QComboBox *m_status;
    QLabel *m_problem;
    QLabel *m_checkCancelled;
    ImportPreviewModel *m_preview;
    QTableView *m_previewView;
    QLabel *m_previewNote;
};

} // namespace consulta
