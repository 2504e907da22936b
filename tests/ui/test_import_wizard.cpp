// The import wizard and File → Export driven through the real main window, offscreen: files
// of tests/data imported page by page (choices changed as a person would), the import as one
// undo step, rejected lines, a read-only document refusing, drops, and an export read back
// into a new document. The wizard's models run under QAbstractItemModelTester throughout.
#include "ScriptedPrompts.h"
#include "TestSupport.h"
#include "UiFixture.h"
#include "WindowAccess.h"

#include "DocumentController.h"
#include "DocumentSession.h"
#include "DocumentWidget.h"
#include "MainWindow.h"
#include "ParticipantTableModel.h"
#include "ParticipantsPage.h"
#include "common/TimeFormat.h"
#include "import/ColumnMappingModel.h"
#include "import/ExportDialog.h"
#include "import/ImportMappingPage.h"
#include "import/ImportMergeModel.h"
#include "import/ImportPreviewModel.h"
#include "import/ImportProgress.h"
#include "import/ImportRejectionModel.h"
#include "import/ImportReviewPage.h"
#include "import/ImportWizard.h"
#include "store/Document.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

#include <memory>
#include <vector>

using namespace consulta;
using consulta::test::action;
using consulta::test::ScriptedPrompts;
using consulta::test::session;
using consulta::test::UiFixture;

namespace {

std::optional<Participant> byEmail(MainWindow &window, const QString &email)
{
    for (const Participant &p : session(window).store().participants()) {
        if (p.email == email)
            return p;
    }
    return std::nullopt;
}

// Drives one wizard: shows it, waits for the file, and keeps every model under the tester.
class WizardDriver
{
public:
    explicit WizardDriver(QDialog &dialog)
        : m_wizard(qobject_cast<ImportWizard *>(&dialog))
    {
        REQUIRE(m_wizard != nullptr);
        m_wizard->show();
        waitForRead();
        REQUIRE(m_wizard->currentId() == ImportWizard::FilePageId);
        test(m_wizard->mappingModel());
        test(sourceView()->model());
        test(mappingPage()->previewModel());
        test(reviewPage()->rejectionModel());
    }

    ImportWizard &wizard() { return *m_wizard; }

    void waitForRead()
    {
        REQUIRE(QTest::qWaitFor([this] { return !m_wizard->isReading(); }, 20000));
    }

    template<typename T>
    T *child(const char *name)
    {
        auto *found = m_wizard->findChild<T *>(QString::fromLatin1(name));
        REQUIRE(found != nullptr);
        return found;
    }

    QTableView *sourceView() { return child<QTableView>("sourceView"); }
    ImportMappingPage *mappingPage()
    {
        auto *page = qobject_cast<ImportMappingPage *>(m_wizard->page(ImportWizard::MappingPageId));
        REQUIRE(page != nullptr);
        return page;
    }
    ImportReviewPage *reviewPage()
    {
        auto *page = qobject_cast<ImportReviewPage *>(m_wizard->page(ImportWizard::ReviewPageId));
        REQUIRE(page != nullptr);
        return page;
    }
    ImportPreviewModel *preview() { return mappingPage()->previewModel(); }

    // Chooses an item of one of the file page's combo boxes by its data; the file is read
    // again.
    void choose(const char *comboName, const QVariant &data)
    {
        auto *combo = child<QComboBox>(comboName);
        const int index = combo->findData(data);
        REQUIRE(index >= 0);
        combo->setCurrentIndex(index);
        waitForRead();
    }

    // The mapping row of the column with this header.
    int mappingRow(const QString &header)
    {
        const int column = int(m_wizard->mapping().header().indexOf(header));
        REQUIRE(column >= 0);
        return column;
    }

    // Chooses a field in the combo box the mapping view shows for a column.
    void mapColumn(const QString &header, ImportField field)
    {
        const int row = mappingRow(header);
        auto *view = child<QTableView>("mappingView");
        auto *combo = qobject_cast<QComboBox *>(
            view->indexWidget(view->model()->index(row, ColumnMappingModel::FieldColumn)));
        REQUIRE(combo != nullptr);
        const int index = combo->findData(importFieldCode(field));
        REQUIRE(index >= 0);
        combo->setCurrentIndex(index);
        REQUIRE(m_wizard->mapping().field(row) == field);
    }

    // The preview's texts in one column, row by row.
    QStringList previewColumn(int column)
    {
        QStringList texts;
        for (int row = 0; row < preview()->rowCount(); ++row)
            texts.append(preview()->index(row, column).data().toString());
        return texts;
    }

    void next(int expectedPage)
    {
        m_wizard->next();
        REQUIRE(m_wizard->currentId() == expectedPage);
    }

    int finish()
    {
        REQUIRE(m_wizard->currentId() == ImportWizard::DonePageId);
        QAbstractButton *finishButton = m_wizard->button(QWizard::FinishButton);
        REQUIRE(finishButton->isVisible());
        finishButton->click();
        return m_wizard->result();
    }

private:
    void test(QAbstractItemModel *model)
    {
        REQUIRE(model != nullptr);
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::Fatal));
    }

    ImportWizard *m_wizard;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void dropFile(MainWindow &window, const QString &path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    // The window acts once the drop is over.
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("A Zoom registration report imports through the wizard as one undoable step",
          "[ui][import]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));
    const int before = session(window).store().participantCount();
    QUndoStack *stack = session(window).undoStack();
    ParticipantTableModel *table = window.documentWidget()->participantsPage()->model();
    REQUIRE(table->rowCount() == before);

    int dialogs = 0;
    prompts.importPath = test::dataPath(QStringLiteral("csv/zoom_registration_report.csv"));
    prompts.onDialog = [&](QDialog &dialog) {
        ++dialogs;
        WizardDriver driver(dialog);
        ImportWizard &wizard = driver.wizard();
        CHECK(wizard.source().table().headerLine == 6);
        CHECK(driver.child<QLabel>("fileSummary")->text().contains(QStringLiteral("line 6")));
        CHECK(driver.sourceView()->model()->rowCount() == 9);
        CHECK(driver.sourceView()->model()->index(0, 0).data().toString() ==
              QStringLiteral("กัลยา"));
        CHECK(driver.child<QComboBox>("encoding")->itemText(0).contains(QStringLiteral("UTF-8")));
        CHECK(driver.child<QComboBox>("delimiter")->itemText(0).contains(QStringLiteral("comma")));

        driver.next(ImportWizard::MappingPageId);
        CHECK(wizard.mapping().field(driver.mappingRow(QStringLiteral("First Name"))) ==
              ImportField::GivenName);
        CHECK(wizard.mapping().field(driver.mappingRow(QStringLiteral("Approval Status"))) ==
              ImportField::Status);
        CHECK(wizard.mapping().field(driver.mappingRow(QStringLiteral("City"))) ==
              ImportField::None);
        REQUIRE(driver.preview()->rowCount() == 9);
        CHECK(driver.previewColumn(ImportPreviewModel::FamilyNameColumn).at(1) ==
              QStringLiteral("الزهراء"));
        CHECK(driver.previewColumn(ImportPreviewModel::StatusColumn) ==
              QStringList({statusLabel(Status::Registered), statusLabel(Status::Registered),
                           statusLabel(Status::Waitlisted), statusLabel(Status::Registered),
                           statusLabel(Status::Registered), statusLabel(Status::Declined),
                           statusLabel(Status::Registered), statusLabel(Status::Waitlisted),
                           statusLabel(Status::Registered)}));

        driver.next(ImportWizard::ReviewPageId);
        const ImportReport &dry = driver.reviewPage()->dryRunReport();
        CHECK(dry.added == 9);
        CHECK(dry.merged == 0);
        CHECK(dry.rejected.isEmpty());
        CHECK(session(window).store().participantCount() == before); // a dry run

        driver.next(ImportWizard::DonePageId);
        CHECK(wizard.hasImported());
        CHECK(driver.child<QLabel>("doneSummary")->text().contains(QStringLiteral("<b>9</b>")));
        return driver.finish();
    };
    action(window, "actionImport")->trigger();
    REQUIRE(dialogs == 1);
    CHECK(prompts.errors.isEmpty());

    CHECK(session(window).store().participantCount() == before + 9);
    CHECK(table->rowCount() == before + 9);
    CHECK(stack->count() == 1);
    CHECK(stack->undoText().contains(QStringLiteral("zoom_registration_report.csv")));
    CHECK(window.isWindowModified());
    std::optional<Participant> kanlaya = byEmail(window, QStringLiteral("kanlaya.s@example.org"));
    REQUIRE(kanlaya);
    CHECK(kanlaya->givenName == QStringLiteral("กัลยา"));
    CHECK(kanlaya->familyName == QStringLiteral("ศรีสุข"));
    CHECK(kanlaya->country == QStringLiteral("TH"));
    CHECK(kanlaya->gender == Gender::Woman);
    CHECK(kanlaya->status == Status::Registered);
    CHECK(kanlaya->source.contains(QStringLiteral("zoom_registration_report.csv")));
    CHECK(toIsoUtc(kanlaya->registeredAt) == QStringLiteral("2020-10-22T03:15:32Z"));
    CHECK(byEmail(window, QStringLiteral("li.xiuying@example.org"))->status == Status::Waitlisted);
    CHECK(byEmail(window, QStringLiteral("jose.munoz@example.org"))->status == Status::Declined);

    // Undo takes the whole import back; redo imports again; and undo again.
    action(window, "actionUndo")->trigger();
    CHECK(session(window).store().participantCount() == before);
    CHECK(table->rowCount() == before);
    CHECK_FALSE(byEmail(window, QStringLiteral("kanlaya.s@example.org")));
    action(window, "actionRedo")->trigger();
    CHECK(session(window).store().participantCount() == before + 9);
    CHECK(table->rowCount() == before + 9);
    CHECK(byEmail(window, QStringLiteral("kanlaya.s@example.org"))->givenName ==
          QStringLiteral("กัลยา"));
    action(window, "actionUndo")->trigger();
    CHECK(session(window).store().participantCount() == before);
    CHECK_FALSE(window.isWindowModified());
    CHECK(prompts.errors.isEmpty());
}

TEST_CASE("A UTF-16 file: the encoding can be changed and back, the status forced, a column "
          "mapped",
          "[ui][import]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));
    const int before = session(window).store().participantCount();

    prompts.importPath = test::dataPath(QStringLiteral("csv/utf16le_bom_tab.txt"));
    prompts.onDialog = [&](QDialog &dialog) {
        WizardDriver driver(dialog);
        ImportWizard &wizard = driver.wizard();
        CHECK(wizard.source().table().encoding == TextDecoder::Encoding::Utf16LE);
        CHECK(wizard.source().table().delimiter == QLatin1Char('\t'));
        CHECK(
            driver.child<QComboBox>("encoding")->itemText(0).contains(QStringLiteral("UTF-16LE")));
        CHECK(driver.sourceView()->model()->index(0, 0).data().toString() ==
              QStringLiteral("สมศรี"));

        // Read as Windows-1252, the Thai name is lost (and so is the header); back to
        // automatic, it is there again.
        driver.choose("encoding", int(TextDecoder::Encoding::Windows1252));
        CHECK(wizard.source().table().encoding == TextDecoder::Encoding::Windows1252);
        CHECK_FALSE(wizard.source().table().header.contains(QStringLiteral("First Name")));
        CHECK(wizard.button(QWizard::NextButton)->isEnabled() ==
              wizard.currentPage()->isComplete());
        driver.choose("encoding", -1);
        CHECK(wizard.source().table().header ==
              QStringList({QStringLiteral("First Name"), QStringLiteral("Last Name"),
                           QStringLiteral("Email"), QStringLiteral("Organization"),
                           QStringLiteral("City")}));
        CHECK(driver.sourceView()->model()->index(0, 0).data().toString() ==
              QStringLiteral("สมศรี"));
        // A forced delimiter that is wrong puts each line in one column.
        driver.choose("delimiter", QStringLiteral(","));
        CHECK(wizard.source().table().delimiter == QLatin1Char(','));
        driver.choose("delimiter", QString());
        CHECK(wizard.source().table().delimiter == QLatin1Char('\t'));

        // Reads asked for in a row: only the last one's result is kept.
        CsvOptions semicolon;
        semicolon.delimiter = QLatin1Char(';');
        wizard.reread(ImportFormat::Generic, semicolon);
        wizard.reread(ImportFormat::Zoom, CsvOptions());
        wizard.reread(ImportFormat::Auto, CsvOptions());
        CHECK(wizard.isReading());
        CHECK_FALSE(wizard.currentPage()->isComplete());
        driver.waitForRead();
        CHECK(wizard.loader()->request().format == ImportFormat::Auto);
        CHECK(wizard.source().table().delimiter == QLatin1Char('\t'));
        CHECK(wizard.currentPage()->isComplete());

        driver.next(ImportWizard::MappingPageId);
        CHECK(driver.previewColumn(ImportPreviewModel::StatusColumn) ==
              QStringList(3, statusLabel(Status::Identified)));
        auto *status = driver.child<QComboBox>("status");
        status->setCurrentIndex(status->findData(statusCode(Status::Invited)));
        CHECK(driver.previewColumn(ImportPreviewModel::StatusColumn) ==
              QStringList(3, statusLabel(Status::Invited)));

        // City is not a field of its own: keep it as notes.
        auto *preview = driver.child<QTableView>("previewView");
        CHECK(preview->isColumnHidden(ImportPreviewModel::NotesColumn));
        driver.mapColumn(QStringLiteral("City"), ImportField::Notes);
        CHECK_FALSE(preview->isColumnHidden(ImportPreviewModel::NotesColumn));
        CHECK(driver.previewColumn(ImportPreviewModel::NotesColumn).at(0) ==
              QStringLiteral("Bangkok, Thailand"));

        driver.next(ImportWizard::ReviewPageId);
        CHECK(driver.reviewPage()->dryRunReport().added == 3);
        // The summary says what the status box on the page before will do, and keys typed
        // here go to the Import button, never to that box.
        CHECK(driver.child<QLabel>("reviewSummary")
                  ->text()
                  .contains(QStringLiteral("Every imported person gets the status <b>%1</b>.")
                                .arg(statusLabel(Status::Invited))));
        QCoreApplication::processEvents();
        CHECK_FALSE(status->hasFocus());
        CHECK(wizard.button(QWizard::CommitButton)->hasFocus());
        driver.next(ImportWizard::DonePageId);
        return driver.finish();
    };
    action(window, "actionImport")->trigger();
    CHECK(prompts.errors.isEmpty());
    CHECK(session(window).store().participantCount() == before + 3);
    std::optional<Participant> somsri = byEmail(window, QStringLiteral("somsri.t@example.org"));
    REQUIRE(somsri);
    CHECK(somsri->givenName == QStringLiteral("สมศรี"));
    CHECK(somsri->familyName == QStringLiteral("ทองดี"));
    CHECK(somsri->status == Status::Invited);
    CHECK(somsri->notes == QStringLiteral("Bangkok, Thailand"));
    CHECK(byEmail(window, QStringLiteral("m.rahimi@example.org"))->status == Status::Invited);
}

TEST_CASE("The preview follows the mapping, and a mapping without names cannot go on",
          "[ui][import]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));
    const int before = session(window).store().participantCount();

    prompts.importPath = test::dataPath(QStringLiteral("csv/zoom_registration_report.csv"));
    prompts.onDialog = [&](QDialog &dialog) {
        WizardDriver driver(dialog);
        ImportWizard &wizard = driver.wizard();
        driver.next(ImportWizard::MappingPageId);
        auto *preview = driver.child<QTableView>("previewView");
        CHECK(driver.previewColumn(ImportPreviewModel::JobTitleColumn).at(0) ==
              QStringLiteral("Programme Officer"));

        // Job Title read as notes: the job title column empties and hides, notes appear.
        driver.mapColumn(QStringLiteral("Job Title"), ImportField::Notes);
        CHECK(preview->isColumnHidden(ImportPreviewModel::JobTitleColumn));
        CHECK(driver.previewColumn(ImportPreviewModel::JobTitleColumn).at(0).isEmpty());
        CHECK(driver.previewColumn(ImportPreviewModel::NotesColumn).at(0) ==
              QStringLiteral("Programme Officer"));

        // Giving "E-mail" to City takes it from the Email column: City is no address, so
        // every row would be rejected, and the preview says so.
        driver.mapColumn(QStringLiteral("City"), ImportField::Email);
        CHECK(wizard.mapping().field(driver.mappingRow(QStringLiteral("Email"))) ==
              ImportField::None);
        CHECK(driver.mappingPage()->previewModel()->records().at(0).isRejected());
        CHECK_FALSE(preview->isColumnHidden(ImportPreviewModel::ProblemColumn));
        const QString problem = driver.previewColumn(ImportPreviewModel::ProblemColumn).at(0);
        CHECK_FALSE(problem.isEmpty());
        CHECK_FALSE(problem.contains(QStringLiteral("Chiang Mai")));

        // With neither a name nor an e-mail, Next is refused.
        driver.mapColumn(QStringLiteral("City"), ImportField::None);
        driver.mapColumn(QStringLiteral("First Name"), ImportField::None);
        driver.mapColumn(QStringLiteral("Last Name"), ImportField::None);
        CHECK_FALSE(driver.mappingPage()->isComplete());
        CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
        CHECK(driver.child<QLabel>("mappingProblem")->isVisibleTo(&wizard));
        wizard.next();
        CHECK(wizard.currentId() == ImportWizard::MappingPageId);
        driver.mapColumn(QStringLiteral("Email"), ImportField::Email);
        CHECK(driver.mappingPage()->isComplete());
        CHECK(wizard.button(QWizard::NextButton)->isEnabled());
        return int(QDialog::Rejected);
    };
    action(window, "actionImport")->trigger();
    // Cancelled: nothing changed.
    CHECK(session(window).store().participantCount() == before);
    CHECK(session(window).undoStack()->count() == 0);
}

TEST_CASE("Rejected lines are listed with reasons that hold no personal data", "[ui][import]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));
    const int before = session(window).store().participantCount();

    prompts.importPath = test::dataPath(QStringLiteral("import/malformed_rows.csv"));
    prompts.onDialog = [&](QDialog &dialog) {
        WizardDriver driver(dialog);
        CHECK(
            driver.child<QLabel>("fileSummary")->text().contains(QStringLiteral("cannot be read")));
        driver.next(ImportWizard::MappingPageId);
        driver.next(ImportWizard::ReviewPageId);
        ImportRejectionModel *rejections = driver.reviewPage()->rejectionModel();
        QList<int> lines;
        for (int row = 0; row < rejections->rowCount(); ++row) {
            lines.append(rejections->index(row, ImportRejectionModel::LineColumn).data().toInt());
            const QString reason =
                rejections->index(row, ImportRejectionModel::ReasonColumn).data().toString();
            CHECK_FALSE(reason.isEmpty());
            for (const char *personal : {"not-an-address", "two@@", "Bad", "Double", "surplus",
                                         "Beta Association", "Three"})
                CHECK_FALSE(reason.contains(QLatin1String(personal)));
        }
        CHECK(lines == QList<int>({3, 4, 5, 7, 8}));
        CHECK(driver.child<QTableView>("rejectedView")->isVisibleTo(&driver.wizard()));
        CHECK(driver.reviewPage()->dryRunReport().added == 2);
        driver.next(ImportWizard::DonePageId);
        // The result keeps the list, to go back to those lines once the rest is in.
        auto *after = driver.child<QTableView>("doneRejectedView");
        CHECK(after->isVisibleTo(&driver.wizard()));
        REQUIRE(after->model()->rowCount() == 5);
        CHECK(after->model()->index(0, ImportRejectionModel::LineColumn).data().toInt() == 3);
        CHECK(after->model()->index(4, ImportRejectionModel::LineColumn).data().toInt() == 8);
        CHECK_FALSE(driver.child<QTableView>("doneMergedView")->isVisibleTo(&driver.wizard()));
        return driver.finish();
    };
    action(window, "actionImport")->trigger();
    CHECK(session(window).store().participantCount() == before + 2);
    CHECK(byEmail(window, QStringLiteral("good.one@example.org")));
    CHECK(byEmail(window, QStringLiteral("good.two@example.org")));
}

TEST_CASE("The result lists the rows merged, into whom and found how", "[ui][import]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));

    prompts.importPath = test::dataPath(QStringLiteral("import/duplicates.csv"));
    prompts.onDialog = [&](QDialog &dialog) {
        WizardDriver driver(dialog);
        driver.next(ImportWizard::MappingPageId);
        driver.next(ImportWizard::ReviewPageId);
        driver.next(ImportWizard::DonePageId);
        auto *merged = driver.child<QTableView>("doneMergedView");
        CHECK(merged->isVisibleTo(&driver.wizard()));
        const QAbstractItemModel *model = merged->model();
        REQUIRE(model->rowCount() == 2);
        const auto cell = [&](int row, int column) {
            return model->index(row, column).data().toString();
        };
        CHECK(cell(0, ImportMergeModel::LineColumn) == QStringLiteral("3"));
        CHECK(cell(0, ImportMergeModel::PersonColumn) == QStringLiteral("Dana Upton"));
        CHECK(cell(0, ImportMergeModel::MatchColumn) == QStringLiteral("Same e-mail"));
        CHECK(cell(1, ImportMergeModel::LineColumn) == QStringLiteral("5"));
        // The name as the document has it, not as the merged row wrote it.
        CHECK(cell(1, ImportMergeModel::PersonColumn) == QStringLiteral("Nadia Noemail"));
        CHECK(cell(1, ImportMergeModel::MatchColumn) ==
              QStringLiteral("Same name and organization"));
        CHECK(cell(1, ImportMergeModel::ChangeColumn) == QStringLiteral("Filled in or advanced"));
        return driver.finish();
    };
    action(window, "actionImport")->trigger();
}

TEST_CASE("A read-only document refuses to import, with a message", "[ui][import][lock]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    Result<std::unique_ptr<Document>> elsewhere = Document::open(fixture.samplePath());
    REQUIRE(elsewhere.ok());
    MainWindow window;
    prompts.confirmAnswer = true;
    REQUIRE(window.openFile(fixture.samplePath()));
    REQUIRE(session(window).document().isReadOnly());
    const int before = session(window).store().participantCount();

    int dialogs = 0;
    prompts.onDialog = [&](QDialog &) {
        ++dialogs;
        return int(QDialog::Rejected);
    };
    prompts.importPath = test::dataPath(QStringLiteral("csv/zoom_registration_report.csv"));
    action(window, "actionImport")->trigger();
    REQUIRE(prompts.errors.size() == 1);
    CHECK(prompts.errors.at(0).contains(QStringLiteral("read-only")));
    CHECK(prompts.errors.at(0).contains(QStringLiteral("Save As")));
    dropFile(window, prompts.importPath);
    CHECK(prompts.errors.size() == 2);
    CHECK(dialogs == 0);
    CHECK(session(window).store().participantCount() == before);
}

TEST_CASE("Dropping a CSV file imports it; dropping a consultation opens it", "[ui][import]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;

    // Nothing open: an import needs a consultation to go into.
    dropFile(window, test::dataPath(QStringLiteral("csv/utf8_comma_lf.csv")));
    CHECK(prompts.errors.size() == 1);
    CHECK(window.documentWidget() == nullptr);

    dropFile(window, fixture.samplePath());
    REQUIRE(window.documentWidget() != nullptr);
    const int before = session(window).store().participantCount();

    QString wizardFile;
    prompts.onDialog = [&](QDialog &dialog) {
        WizardDriver driver(dialog);
        wizardFile = driver.wizard().source().name();
        driver.next(ImportWizard::MappingPageId);
        driver.next(ImportWizard::ReviewPageId);
        driver.next(ImportWizard::DonePageId);
        return driver.finish();
    };
    dropFile(window, test::dataPath(QStringLiteral("csv/utf8_comma_lf.csv")));
    CHECK(wizardFile == QStringLiteral("utf8_comma_lf.csv"));
    CHECK(session(window).store().participantCount() == before + 6);
    CHECK(byEmail(window, QStringLiteral("lan.nguyen@example.org"))->givenName ==
          QStringLiteral("Nguyễn Thị"));
    CHECK(prompts.errors.size() == 1);
}

TEST_CASE("File → Export writes a safe CSV that imports into a new document as the same "
          "participants",
          "[ui][import][export]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));
    const QList<Participant> original = session(window).store().participants();
    QHash<qint64, QString> originalOrganizations;
    for (const Organization &organization : session(window).store().organizations())
        originalOrganizations.insert(organization.id, organization.name);

    // The stage dialog, then the file.
    int registered = 0;
    for (const Participant &p : original)
        registered += isInStage(p.status, Stage::Registered) ? 1 : 0;
    prompts.exportPath = fixture.path(QStringLiteral("registered"));
    prompts.onDialog = [](QDialog &dialog) {
        auto *exportDialog = qobject_cast<ExportDialog *>(&dialog);
        REQUIRE(exportDialog != nullptr);
        auto *stage = exportDialog->findChild<QComboBox *>(QStringLiteral("stage"));
        REQUIRE(stage != nullptr);
        stage->setCurrentIndex(stage->findData(stageCode(Stage::Registered)));
        return int(QDialog::Accepted);
    };
    action(window, "actionExport")->trigger();
    CHECK(prompts.errors.isEmpty());
    const QByteArray registeredCsv = test::readAll(fixture.path(QStringLiteral("registered.csv")));
    REQUIRE(registeredCsv.startsWith("\xEF\xBB\xBF"));
    CHECK(registeredCsv.count("\r\n") == registered + 1);

    prompts.exportPath = fixture.path(QStringLiteral("everyone.csv"));
    prompts.onDialog = [](QDialog &dialog) {
        auto *exportDialog = qobject_cast<ExportDialog *>(&dialog);
        REQUIRE(exportDialog != nullptr);
        CHECK(exportDialog->stage() == std::nullopt); // everyone by default
        return int(QDialog::Accepted);
    };
    action(window, "actionExport")->trigger();
    CHECK(window.statusBar()->currentMessage().contains(
        QStringLiteral("Exported %1 participants").arg(original.size())));
    const QByteArray everyone = test::readAll(prompts.exportPath);
    REQUIRE(everyone.startsWith("\xEF\xBB\xBF"));
    CHECK(everyone.count("\r\n") == original.size() + 1);
    CHECK(prompts.lastExportSuggestion.endsWith(QStringLiteral(".csv")));

    // A new consultation, the export imported into it.
    prompts.saveChoice = Prompts::SaveChoice::Discard;
    action(window, "actionNew")->trigger();
    REQUIRE(session(window).store().participantCount() == 0);
    prompts.importPath = prompts.exportPath;
    prompts.onDialog = [&](QDialog &dialog) {
        WizardDriver driver(dialog);
        driver.next(ImportWizard::MappingPageId);
        driver.next(ImportWizard::ReviewPageId);
        CHECK(driver.reviewPage()->dryRunReport().added == original.size());
        CHECK(driver.reviewPage()->dryRunReport().rejected.isEmpty());
        driver.next(ImportWizard::DonePageId);
        return driver.finish();
    };
    action(window, "actionImport")->trigger();
    CHECK(prompts.errors.isEmpty());
    REQUIRE(session(window).store().participantCount() == original.size());
    QHash<qint64, QString> organizations;
    for (const Organization &organization : session(window).store().organizations())
        organizations.insert(organization.id, organization.name);
    for (const Participant &p : original) {
        INFO(p.email.toStdString());
        std::optional<Participant> copy = byEmail(window, p.email);
        REQUIRE(copy);
        CHECK(copy->givenName == p.givenName);
        CHECK(copy->familyName == p.familyName);
        CHECK(copy->gender == p.gender);
        CHECK(copy->country == p.country);
        CHECK(copy->status == p.status);
        CHECK(copy->jobTitle == p.jobTitle);
        CHECK(copy->registeredAt == p.registeredAt);
        CHECK(copy->timeZone == p.timeZone);
        CHECK(copy->notes == p.notes);
        CHECK(organizations.value(copy->organizationId) ==
              originalOrganizations.value(p.organizationId));
    }
}

TEST_CASE("Import and export start in the document's folder the first time", "[ui][import]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));
    QSettings().remove(QStringLiteral("importFolder"));
    QSettings().remove(QStringLiteral("exportFolder"));
    const QString folder = QFileInfo(fixture.samplePath()).absolutePath();

    prompts.importPath.clear(); // the person cancels the file dialog
    action(window, "actionImport")->trigger();
    CHECK(prompts.lastImportFolder == folder);

    prompts.exportPath.clear();
    prompts.onDialog = [](QDialog &) { return int(QDialog::Accepted); };
    action(window, "actionExport")->trigger();
    CHECK(QFileInfo(prompts.lastExportSuggestion).absolutePath() == folder);
}

TEST_CASE("Import progress takes Cancel away once only the writing is left", "[ui][import]")
{
    QWidget parent;
    ImportProgress progress(&parent, QStringLiteral("Importing big.csv…"), true,
                            QStringLiteral("Writing the imported rows…"));
    auto *dialog = parent.findChild<QProgressDialog *>(QStringLiteral("importProgress"));
    REQUIRE(dialog);
    const auto cancelButtons = [&] { return dialog->findChildren<QPushButton *>().size(); };
    const std::function<bool(qsizetype, qsizetype)> callback = progress.callback();
    CHECK(callback(0, 3000));
    CHECK(callback(1500, 3000));
    CHECK(dialog->labelText() == QStringLiteral("Importing big.csv…"));
    CHECK(cancelButtons() == 1);
    // Every row read: a Cancel now would be ignored, so there is none.
    CHECK(callback(3000, 3000));
    CHECK(dialog->labelText() == QStringLiteral("Writing the imported rows…"));
    CHECK(cancelButtons() == 0);
    CHECK_FALSE(progress.wasCancelled());

    SECTION("a Cancel while rows are read stops the import")
    {
        ImportProgress another(&parent, QStringLiteral("Importing…"), true,
                               QStringLiteral("Writing…"));
        const auto next = another.callback();
        CHECK(next(0, 3000));
        auto *second = parent.findChildren<QProgressDialog *>().constLast();
        second->cancel();
        CHECK_FALSE(next(512, 3000));
        CHECK(another.wasCancelled());
    }
}

TEST_CASE("The check of a large file has progress, and its Cancel goes back to the columns "
          "with every choice kept",
          "[ui][import]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));
    const int before = session(window).store().participantCount();

    // The progress appears at once rather than after half a second, which a file that takes
    // that long on any machine would need; it still needs a few hundred rows to move.
    const int showDelay = ImportProgress::showDelay();
    ImportProgress::setShowDelay(0);
    const auto restoreDelay = qScopeGuard([showDelay] { ImportProgress::setShowDelay(showDelay); });
    constexpr int rows = 20000;
    prompts.importPath = fixture.path(QStringLiteral("large.csv"));
    {
        QFile file(prompts.importPath);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QByteArray text = "First Name,Last Name,Email,Organization,City\n";
        for (int i = 0; i < rows; ++i)
            text += QStringLiteral("Given%1,Family%1,person%1@example.org,Org %2,City %2\n")
                        .arg(i)
                        .arg(i % 97)
                        .toUtf8();
        REQUIRE(file.write(text) == text.size());
    }

    prompts.onDialog = [&](QDialog &dialog) {
        WizardDriver driver(dialog);
        ImportWizard &wizard = driver.wizard();
        driver.next(ImportWizard::MappingPageId);
        driver.mapColumn(QStringLiteral("City"), ImportField::Notes);
        auto *status = driver.child<QComboBox>("status");
        status->setCurrentIndex(status->findData(statusCode(Status::Invited)));
        const ColumnMapping chosen = wizard.mapping();

        // The person presses Cancel as soon as the progress shows.
        QString label;
        bool cancelled = false;
        QTimer canceller; // runs whenever the progress lets the window take events
        canceller.setInterval(0);
        QObject::connect(&canceller, &QTimer::timeout, [&] {
            const auto dialogs = wizard.findChildren<QProgressDialog *>();
            for (QProgressDialog *progress : dialogs) {
                auto *cancel = progress->findChild<QPushButton *>();
                if (!progress->isVisible() || !cancel || cancelled)
                    continue;
                label = progress->labelText();
                CHECK(progress->maximum() == rows);
                cancelled = true;
                cancel->click();
            }
        });
        canceller.start();
        wizard.next();
        canceller.stop();
        REQUIRE(cancelled);
        CHECK(label.contains(QStringLiteral("Checking large.csv")));
        // Back on the columns, as they were.
        CHECK(wizard.currentId() == ImportWizard::MappingPageId);
        CHECK(wizard.mapping().header() == chosen.header());
        CHECK(wizard.mapping().field(driver.mappingRow(QStringLiteral("City"))) ==
              ImportField::Notes);
        CHECK(wizard.forcedStatus() == Status::Invited);
        CHECK(status->currentData().toString() == statusCode(Status::Invited));
        CHECK(driver.child<QLabel>("checkCancelled")->isVisibleTo(&wizard));
        CHECK(driver.preview()->rowCount() == ImportMappingPage::kPreviewRows);
        CHECK(session(window).store().participantCount() == before);

        // Next again checks to the end.
        driver.next(ImportWizard::ReviewPageId);
        CHECK(driver.reviewPage()->dryRunReport().added == rows);
        CHECK(wizard.button(QWizard::CommitButton)->isEnabled());
        return int(QDialog::Rejected);
    };
    action(window, "actionImport")->trigger();
    CHECK(prompts.errors.isEmpty());
    CHECK(session(window).store().participantCount() == before);
    CHECK(session(window).undoStack()->count() == 0);
}

TEST_CASE("Escape pressed as the import runs leaves its result on screen, and the import is "
          "one undo step",
          "[ui][import]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));
    const int before = session(window).store().participantCount();
    QUndoStack *stack = session(window).undoStack();

    prompts.importPath = test::dataPath(QStringLiteral("csv/zoom_registration_report.csv"));
    prompts.onDialog = [&](QDialog &dialog) {
        WizardDriver driver(dialog);
        ImportWizard &wizard = driver.wizard();
        driver.next(ImportWizard::MappingPageId);
        driver.next(ImportWizard::ReviewPageId);
        QAbstractButton *import = wizard.button(QWizard::CommitButton);
        REQUIRE(import->isEnabled());

        // Import, and Escape straight after: the key waits until the import is over.
        QCoreApplication::postEvent(
            import, new QKeyEvent(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier));
        QCoreApplication::postEvent(
            import, new QKeyEvent(QEvent::KeyRelease, Qt::Key_Escape, Qt::NoModifier));
        import->click();
        QCoreApplication::processEvents();
        CHECK(wizard.isVisible());
        CHECK(wizard.currentId() == ImportWizard::DonePageId);
        CHECK(wizard.hasImported());
        CHECK(stack->count() == 1);

        // On the result: Escape, the window's close and reject() itself leave it there.
        QTest::keyClick(wizard.button(QWizard::FinishButton), Qt::Key_Escape);
        CHECK(wizard.isVisible());
        CHECK_FALSE(wizard.close());
        CHECK(wizard.isVisible());
        wizard.reject();
        CHECK(wizard.isVisible());
        CHECK(wizard.currentId() == ImportWizard::DonePageId);
        CHECK(wizard.button(QWizard::FinishButton)->text() == QStringLiteral("&Close"));
        CHECK(stack->count() == 1);
        return driver.finish();
    };
    action(window, "actionImport")->trigger();
    CHECK(prompts.errors.isEmpty());
    CHECK(session(window).store().participantCount() == before + 9);
    CHECK(stack->count() == 1);
    action(window, "actionUndo")->trigger();
    CHECK(session(window).store().participantCount() == before);
}

TEST_CASE("Escape before the import still cancels the wizard", "[ui][import]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));
    const int before = session(window).store().participantCount();

    prompts.importPath = test::dataPath(QStringLiteral("csv/zoom_registration_report.csv"));
    prompts.onDialog = [&](QDialog &dialog) {
        WizardDriver driver(dialog);
        ImportWizard &wizard = driver.wizard();
        driver.next(ImportWizard::MappingPageId);
        driver.next(ImportWizard::ReviewPageId);
        QTest::keyClick(wizard.button(QWizard::CommitButton), Qt::Key_Escape);
        CHECK_FALSE(wizard.isVisible());
        CHECK_FALSE(wizard.hasImported());
        return wizard.result();
    };
    action(window, "actionImport")->trigger();
    CHECK(session(window).store().participantCount() == before);
    CHECK(session(window).undoStack()->count() == 0);
}

TEST_CASE("The preview marks each value that will not be understood and each e-mail met "
          "earlier in the file, saying why",
          "[ui][import]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));

    prompts.importPath = fixture.path(QStringLiteral("marked.csv"));
    {
        QFile file(prompts.importPath);
        REQUIRE(file.open(QIODevice::WriteOnly));
        const QByteArray text =
            QStringLiteral("First Name,Last Name,Email,Gender,Country,Registration "
                           "Time,Approval Status,Organization\n"
                           "สมชาย,ใจดี,somchai@example.org,Male,Thailand,"
                           "2024-03-01 09:30,approved,Org A\n"
                           "فاطمة,الزهراء,fatima@example.org,femal,Narnia,"
                           "next Tuesday,approved,Org B\n"
                           "秀英,李,li@example.org,Female,China,2024-03-02 10:00,"
                           "maybe,Org C\n"
                           "Bad,Mail,not-an-address,Male,France,2024-03-02 10:00,"
                           "approved,Org D\n"
                           "Somchai,Jaidee,SOMCHAI@example.org,Male,Thailand,"
                           "2024-03-03 11:00,approved,Org A\n")
                .toUtf8();
        REQUIRE(file.write(text) == text.size());
    }

    prompts.onDialog = [&](QDialog &dialog) {
        WizardDriver driver(dialog);
        ImportWizard &wizard = driver.wizard();
        driver.next(ImportWizard::MappingPageId);
        CHECK(wizard.mapping().field(driver.mappingRow(QStringLiteral("Gender"))) ==
              ImportField::Gender);
        CHECK(wizard.mapping().field(driver.mappingRow(QStringLiteral("Country"))) ==
              ImportField::Country);
        CHECK(wizard.mapping().field(driver.mappingRow(QStringLiteral("Registration Time"))) ==
              ImportField::RegisteredAt);
        CHECK(wizard.mapping().field(driver.mappingRow(QStringLiteral("Approval Status"))) ==
              ImportField::Status);
        ImportPreviewModel *preview = driver.preview();
        REQUIRE(preview->rowCount() == 5);
        const auto tip = [&](int row, int column) {
            return preview->index(row, column).data(Qt::ToolTipRole).toString();
        };
        const auto marked = [&](int row, int column) {
            const QModelIndex index = preview->index(row, column);
            return !index.data(Qt::DecorationRole).isNull() &&
                   index.data(Qt::BackgroundRole).canConvert<QColor>();
        };

        // A row read as written has no marks.
        for (int column = 0; column < ImportPreviewModel::ColumnCount; ++column) {
            CHECK(tip(0, column).isEmpty());
            CHECK_FALSE(marked(0, column));
        }
        // The gender word, the country and the time are not understood: each cell says so,
        // with the value and what the import does instead.
        CHECK(marked(1, ImportPreviewModel::GenderColumn));
        CHECK(tip(1, ImportPreviewModel::GenderColumn).contains(QStringLiteral("“femal”")));
        CHECK(tip(1, ImportPreviewModel::GenderColumn).contains(QStringLiteral("undisclosed")));
        CHECK(marked(1, ImportPreviewModel::CountryColumn));
        CHECK(tip(1, ImportPreviewModel::CountryColumn).contains(QStringLiteral("“Narnia”")));
        CHECK(marked(1, ImportPreviewModel::RegisteredAtColumn));
        CHECK(tip(1, ImportPreviewModel::RegisteredAtColumn)
                  .contains(QStringLiteral("“next Tuesday” cannot be read as a date")));
        CHECK_FALSE(marked(1, ImportPreviewModel::EmailColumn));
        CHECK(tip(1, ImportPreviewModel::FamilyNameColumn).isEmpty());
        // A status that is not understood.
        CHECK(marked(2, ImportPreviewModel::StatusColumn));
        CHECK(tip(2, ImportPreviewModel::StatusColumn).contains(QStringLiteral("“maybe”")));
        // An e-mail that is no address: the cell says why, and the row that it is rejected.
        CHECK(marked(3, ImportPreviewModel::EmailColumn));
        CHECK(tip(3, ImportPreviewModel::EmailColumn)
                  .contains(QStringLiteral("“not-an-address” is not an e-mail address")));
        CHECK(tip(3, ImportPreviewModel::EmailColumn)
                  .contains(QStringLiteral("Line 5 will not be imported")));
        // The same e-mail as line 2, in other capitals: merged into that person.
        CHECK(marked(4, ImportPreviewModel::EmailColumn));
        CHECK(tip(4, ImportPreviewModel::EmailColumn)
                  .contains(QStringLiteral("Line 2 has the same e-mail address")));
        CHECK_FALSE(marked(4, ImportPreviewModel::CountryColumn));
        CHECK(preview->cellProblems().count() == 6);
        auto *note = driver.child<QLabel>("previewNote");
        CHECK(note->isVisibleTo(&wizard));
        CHECK(note->text().contains(QStringLiteral("6 cells are marked")));

        // With one status for everybody, the status column is not read: no mark there.
        auto *status = driver.child<QComboBox>("status");
        status->setCurrentIndex(status->findData(statusCode(Status::Invited)));
        CHECK_FALSE(marked(2, ImportPreviewModel::StatusColumn));
        CHECK(tip(2, ImportPreviewModel::StatusColumn).isEmpty());
        CHECK(preview->cellProblems().count() == 5);

        // Without the columns that are not understood, no marks but the e-mails'.
        driver.mapColumn(QStringLiteral("Gender"), ImportField::None);
        driver.mapColumn(QStringLiteral("Country"), ImportField::None);
        driver.mapColumn(QStringLiteral("Registration Time"), ImportField::None);
        CHECK_FALSE(marked(1, ImportPreviewModel::GenderColumn));
        CHECK(preview->cellProblems().count() == 2);
        CHECK(note->text().contains(QStringLiteral("2 cells are marked")));
        driver.mapColumn(QStringLiteral("Email"), ImportField::None);
        CHECK(preview->cellProblems().isEmpty());
        CHECK_FALSE(note->isVisibleTo(&wizard));
        return int(QDialog::Rejected);
    };
    action(window, "actionImport")->trigger();
    CHECK(prompts.errors.isEmpty());
}

TEST_CASE("Closing the wizard while the import runs lands on its result, with one undo step",
          "[ui][import]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));
    const int before = session(window).store().participantCount();
    QUndoStack *stack = session(window).undoStack();

    // The progress shows at once, so the window takes events (the close) while rows are read.
    const int showDelay = ImportProgress::showDelay();
    ImportProgress::setShowDelay(0);
    const auto restoreDelay = qScopeGuard([showDelay] { ImportProgress::setShowDelay(showDelay); });
    constexpr int rows = 3000;
    prompts.importPath = fixture.path(QStringLiteral("close.csv"));
    {
        QFile file(prompts.importPath);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QByteArray text = "Name,Email\n";
        for (int i = 0; i < rows; ++i)
            text += QStringLiteral("Person %1,close%1@example.org\n").arg(i).toUtf8();
        REQUIRE(file.write(text) == text.size());
    }

    prompts.onDialog = [&](QDialog &dialog) {
        WizardDriver driver(dialog);
        ImportWizard &wizard = driver.wizard();
        driver.next(ImportWizard::MappingPageId);
        driver.next(ImportWizard::ReviewPageId);

        // The window's close button and Escape (reject) while the import's progress is up.
        int closes = 0;
        QTimer closer;
        closer.setInterval(0);
        QObject::connect(&closer, &QTimer::timeout, [&] {
            const auto dialogs = wizard.findChildren<QProgressDialog *>();
            for (QProgressDialog *progress : dialogs) {
                if (!progress->isVisible() || !wizard.isVisible())
                    continue;
                ++closes;
                wizard.close();
                wizard.reject();
            }
        });
        closer.start();
        wizard.next();
        closer.stop();
        CHECK(closes > 0);
        CHECK(wizard.isVisible());
        CHECK(wizard.currentId() == ImportWizard::DonePageId);
        CHECK(wizard.hasImported());
        CHECK(wizard.importReport().added == rows);
        CHECK(stack->count() == 1);
        return driver.finish();
    };
    action(window, "actionImport")->trigger();
    CHECK(prompts.errors.isEmpty());
    CHECK(session(window).store().participantCount() == before + rows);
    CHECK(stack->count() == 1);
}
