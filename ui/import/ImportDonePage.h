#pragma once

#include <QWizardPage>

class QLabel;

namespace consulta {

class ImportWizard;

// The import wizard's last page: what the import did, and how to take it back.
class ImportDonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportDonePage(ImportWizard &wizard);

    void initializePage() override;

private:
    ImportWizard &m_wizard;
    QLabel *m_result;
};

} // namespace consulta
