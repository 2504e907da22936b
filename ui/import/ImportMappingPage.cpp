#include "ImportMappingPage.h"

#include "ColumnMappingModel.h"
#include "ImportCellProblems.h"
#include "ImportFieldDelegate.h"
#include "ImportPreviewModel.h"
#include "ImportWizard.h"
#include "io/ParticipantImporter.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace consulta {

ImportMappingPage::ImportMappingPage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_mappingView(new QTableView(this))
    , m_status(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_checkCancelled(new QLabel(this))
    , m_preview(new ImportPreviewModel(this))
    , m_previewView(new QTableView(this))
    , m_previewNote(new QLabel(this))
{
    setTitle(tr("Columns"));
    setSubTitle(tr("Each column of the file is imported as the field shown. Choose another "
                   "field where the guess is wrong, or “Not imported” to leave a column out."));

    m_mappingView->setObjectName(QStringLiteral("mappingView"));
    m_mappingView->setModel(wizard.mappingModel());
    m_mappingView->setItemDelegateForColumn(ColumnMappingModel::FieldColumn,
                                            new ImportFieldDelegate(this));
    m_mappingView->setSelectionMode(QAbstractItemView::NoSelection);
    m_mappingView->setFocusPolicy(Qt::NoFocus); // the combo boxes take the focus
    m_mappingView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mappingView->setWordWrap(false);
    m_mappingView->verticalHeader()->hide();
    m_mappingView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_mappingView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_mappingView->horizontalHeader()->setSectionResizeMode(ColumnMappingModel::HeaderColumn,
                                                            QHeaderView::Stretch);
    m_mappingView->horizontalHeader()->setSectionResizeMode(ColumnMappingModel::ExampleColumn,
                                                            QHeaderView::Stretch);
    m_mappingView->horizontalHeader()->setSectionResizeMode(ColumnMappingModel::FieldColumn,
                                                            QHeaderView::Fixed);
    m_mappingView->setColumnWidth(ColumnMappingModel::FieldColumn, 220);

    m_status->setObjectName(QStringLiteral("status"));
    m_status->addItem(tr("As in the file"), QString());
    for (Status status : allStatuses())
        m_status->addItem(statusLabel(status), statusCode(status));
    m_status->setToolTip(tr("Gives every imported person this status. A person already in "
                            "the consultation keeps a more advanced one."));

    m_problem->setObjectName(QStringLiteral("mappingProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a01c1c"));

    m_checkCancelled->setObjectName(QStringLiteral("checkCancelled"));
    m_checkCancelled->setWordWrap(true);
    m_checkCancelled->setText(tr("The check was cancelled; nothing was imported. Press Next to "
                                 "check the file again."));
    m_checkCancelled->hide();

    m_previewView->setObjectName(QStringLiteral("previewView"));
    m_previewView->setModel(m_preview);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->setSelectionMode(QAbstractItemView::NoSelection);
    m_previewView->setWordWrap(false);
    m_previewView->setAlternatingRowColors(true);
    m_previewView->verticalHeader()->hide();
    m_previewView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_previewView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_previewView->horizontalHeader()->setStretchLastSection(true);

    m_previewNote->setObjectName(QStringLiteral("previewNote"));
    m_previewNote->setWordWrap(true);
    m_previewNote->hide();

    auto *statusForm = new QFormLayout;
    statusForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    statusForm->addRow(tr("&Status of every imported person:"), m_status);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_mappingView, 1);
    topLayout->addLayout(statusForm);
    topLayout->addWidget(m_problem);
    topLayout->addWidget(m_checkCancelled);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *previewLabel =
        new QLabel(tr("<b>Preview</b> — the first rows as they will be imported"), bottom);
    previewLabel->setBuddy(m_previewView);
    bottomLayout->addWidget(previewLabel);
    bottomLayout->addWidget(m_previewView, 1);
    bottomLayout->addWidget(m_previewNote);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_wizard.setForcedStatus(statusFromCode(m_status->currentData().toString()));
    });
    connect(wizard.mappingModel(), &QAbstractItemModel::modelReset, this,
            &ImportMappingPage::openEditors);
    connect(&wizard, &ImportWizard::importChoicesChanged, this, &ImportMappingPage::updatePreview);
}

void ImportMappingPage::initializePage()
{
    m_checkCancelled->hide();
    openEditors();
    updatePreview();
}

void ImportMappingPage::openEditors()
{
    ColumnMappingModel *model = m_wizard.mappingModel();
    for (int row = 0; row < model->rowCount(); ++row)
        m_mappingView->openPersistentEditor(model->index(row, ColumnMappingModel::FieldColumn));
    m_mappingView->resizeRowsToContents();
}

void ImportMappingPage::updatePreview()
{
    // Other pages change the choices too (a new read resets the mapping): the preview is
    // made when this page is shown.
    if (m_wizard.currentPage() != this)
        return;
    const ColumnMapping &mapping = m_wizard.mapping();
    ImportOptions options = m_wizard.options();
    const CsvTable &table = m_wizard.source().table();
    const QList<ImportRecord> records =
        ParticipantImporter::preview(table, mapping, options, kPreviewRows);
    const ImportCellProblems problems(table, mapping, records, options.status.has_value());
    m_preview->setRecords(records, m_wizard.timeZone(), problems);
    // Tooltips are easy to miss: say that the marks mean something.
    m_previewNote->setText(
        problems.count() == 1
            ? tr("One cell is marked: a value the import will not understand, or an e-mail "
                 "address an earlier row has. Point at it to see why.")
            : tr("%1 cells are marked: values the import will not understand, or e-mail "
                 "addresses an earlier row has. Point at one to see why.")
                  .arg(QLocale().toString(problems.count())));
    m_previewNote->setVisible(!problems.isEmpty());
    for (int column = 0; column < ImportPreviewModel::ColumnCount; ++column)
        m_previewView->setColumnHidden(column, !m_preview->isColumnUsed(column, mapping));
    m_previewView->resizeColumnsToContents();
    for (int column = 0; column < ImportPreviewModel::ColumnCount; ++column)
        m_previewView->setColumnWidth(column, qMin(m_previewView->columnWidth(column), 240));

    m_problem->setText(mapping.identifiesPeople()
                           ? QString()
                           : tr("No column is imported as a name or an e-mail address, so "
                                "nobody could be told apart: choose one to continue."));
    m_problem->setVisible(!mapping.identifiesPeople());
    Q_EMIT completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return m_wizard.mapping().identifiesPeople();
}

bool ImportMappingPage::validatePage()
{
    if (!isComplete())
        return false;
    // The check runs here rather than as the next page opens, so that its Cancel can leave
    // the person on this page.
    const bool checked = m_wizard.runDryRun();
    m_checkCancelled->setVisible(!checked);
    return checked;
}

} // namespace consulta
