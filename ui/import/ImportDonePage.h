#pragma once

#include <QWizardPage>

class QLabel;

namespace consulta {

class ImportMergeView;
class ImportRejectionView;
class ImportWizard;

// The import wizard's last page: what the import did, the rows it left out (line and
// reason, to go back to in the file), the rows it merged into people (line, into whom, found
// how), and how to take it back.
class ImportDonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportDonePage(ImportWizard &wizard);

    void initializePage() override;

private:
    ImportWizard &m_wizard;
    QLabel *m_result;
    QLabel *m_rejectedLabel;
    ImportRejectionView *m_rejectedView;
    QLabel *m_mergedLabel;
    ImportMergeView *m_mergedView;
};

} // namespace consulta
