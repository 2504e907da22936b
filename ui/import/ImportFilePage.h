#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace consulta {

class ImportWizard;
class SourceTableModel;

// The import wizard's first page: the file as it was read — its kind (Zoom report, Forms
// export, table), encoding, delimiter and header row — with the first rows under the header.
// Each guess can be corrected; the file is read again at once (off the window's thread).
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard &wizard);

    bool isComplete() const override;
    bool validatePage() override;

private:
    void reread();
    void showReading();
    void showSource();

    ImportWizard &m_wizard;
    QLabel *m_file;
    QLabel *m_kind;
    QComboBox *m_format;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QSpinBox *m_headerLine;
    QCheckBox *m_padShortRows;
    QLabel *m_summary;
    SourceTableModel *m_model;
    QTableView *m_view;
};

} // namespace consulta
