#include "TestSupport.h"
#include "UiFixture.h"

#include "BalanceDimensionView.h"
#include "BalancePage.h"
#include "DocumentSession.h"
#include "ReportActions.h"
#include "ReportProgress.h"
#include "ReportRenderer.h"
#include "TargetsDialog.h"
#include "balance/BalanceJson.h"
#include "commands/SetTargetsCommand.h"
#include "report/BalanceReport.h"
#include "report/ParticipantsReport.h"
#include "report/ReportFormat.h"
#include "store/Document.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QJsonObject>
#include <QListWidget>
#include <QPdfWriter>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace consulta;

namespace {

std::unique_ptr<Document> openSample(const test::UiFixture &fixture)
{
    Result<std::unique_ptr<Document>> opened = Document::open(fixture.samplePath());
    REQUIRE(opened.ok());
    return opened.takeValue();
}

QJsonObject independentStats(const ConsultationStore &store)
{
    BalanceTally tally;
    for (const BalanceRecord &record : store.balanceRecords())
        tally.add(record);
    const Consultation consultation = store.consultation();
    return statsJson(consultation,
                     BalanceCalculator(consultation, store.balanceTargets()).compute(tally),
                     store.organizationNames());
}

void resetFromStore(BalancePage &page, const ConsultationStore &store,
                    const QList<BalanceRecord> &records)
{
    page.reset(store.consultation(), store.balanceTargets(), store.organizationNames(), records);
}

} // namespace

TEST_CASE("the dashboard shows the figures of stats and updates without a rescan", "[report-ui]")
{
    const test::UiFixture fixture;
    const std::unique_ptr<Document> document = openSample(fixture);
    const ConsultationStore &store = document->store();
    const QList<BalanceRecord> records = store.balanceRecords();
    REQUIRE(records.size() > 100);

    BalancePage page;
    resetFromStore(page, store, records);
    const QJsonObject expected = independentStats(store);
    CHECK(statsJson(store.consultation(), page.figures(), store.organizationNames()) == expected);

    // The widgets show them: the registered stage by default.
    page.refresh();
    CHECK(page.stage() == Stage::Registered);
    const QJsonObject registered = expected.value(QStringLiteral("stages"))
                                       .toObject()
                                       .value(QStringLiteral("registered"))
                                       .toObject();
    CHECK(page.overallText().contains(
        formatScore(registered.value(QStringLiteral("overall")).toDouble())));
    const BalanceDimensionView *gender = page.dimensionView(Dimension::Gender);
    const QJsonObject woman = registered.value(QStringLiteral("dimensions"))
                                  .toObject()
                                  .value(QStringLiteral("gender"))
                                  .toObject()
                                  .value(QStringLiteral("categories"))
                                  .toObject()
                                  .value(QStringLiteral("woman"))
                                  .toObject();
    const int womanRow = int(gender->rowCodes().indexOf(QStringLiteral("woman")));
    CHECK(gender->table()->item(womanRow, 1)->text() ==
          QString::number(woman.value(QStringLiteral("count")).toInt()));
    CHECK(gender->table()->item(womanRow, 2)->text() ==
          formatPercent(woman.value(QStringLiteral("share")).toDouble()));

    // Half the people first, then the rest one by one, one removed and put back, one
    // changed and changed back: the same tally as a fresh one.
    BalancePage incremental;
    const qsizetype half = records.size() / 2;
    resetFromStore(incremental, store, records.mid(0, half));
    for (qsizetype i = half; i < records.size(); ++i)
        incremental.addRecord(records.at(i));
    incremental.removeRecord(records.at(3));
    incremental.addRecord(records.at(3));
    BalanceRecord changed = records.at(5);
    changed.status = Status::Attended;
    changed.gender = Gender::Other;
    incremental.replaceRecord(records.at(5), changed);
    CHECK_FALSE(incremental.tally() == page.tally());
    incremental.replaceRecord(changed, records.at(5));
    CHECK(incremental.tally() == page.tally());
    CHECK(incremental.figures() == page.figures());

    // Repaints are coalesced into the next event-loop turn.
    QSignalSpy shown(&incremental, &BalancePage::figuresShown);
    for (int i = 0; i < 100; ++i)
        incremental.replaceRecord(records.at(7), records.at(7));
    CHECK(shown.isEmpty());
    QCoreApplication::processEvents();
    CHECK(shown.size() == 1);
}

TEST_CASE("clicking a category or a rule asks for those people", "[report-ui]")
{
    const test::UiFixture fixture;
    const std::unique_ptr<Document> document = openSample(fixture);
    const ConsultationStore &store = document->store();
    BalancePage page;
    resetFromStore(page, store, store.balanceRecords());
    page.setStage(Stage::Invited);
    page.resize(1000, 2400);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    QSignalSpy categories(&page, &BalancePage::categoryActivated);
    const BalanceDimensionView *subregion = page.dimensionView(Dimension::Subregion);
    QTableWidget *table = subregion->table();
    const int row = int(subregion->rowCodes().indexOf(QStringLiteral("PAC")));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualItemRect(table->item(row, 0)).center());
    REQUIRE(categories.size() == 1);
    CHECK(categories.at(0).at(0).value<Stage>() == Stage::Invited);
    CHECK(categories.at(0).at(1).value<Dimension>() == Dimension::Subregion);
    CHECK(categories.at(0).at(2).toString() == QStringLiteral("PAC"));
    // An excluded category too.
    const int unknown = int(subregion->rowCodes().indexOf(QStringLiteral("unknown")));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualItemRect(table->item(unknown, 0)).center());
    REQUIRE(categories.size() == 2);
    CHECK(categories.at(1).at(2).toString() == QStringLiteral("unknown"));

    QSignalSpy rules(&page, &BalancePage::ruleActivated);
    QListWidget *list = page.rulesList();
    const BalanceRules expected = page.figures().rules;
    REQUIRE_FALSE(expected.overOrganizationLimit.isEmpty());
    QListWidgetItem *firstOrganization = list->item(1);
    list->scrollToItem(firstOrganization);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(firstOrganization).center());
    REQUIRE(rules.size() == 1);
    CHECK(rules.at(0).at(0).toString() == BalancePage::overOrganizationLimitRule());
    CHECK(rules.at(0).at(1).toLongLong() ==
          expected.overOrganizationLimit.constFirst().organizationId);
    QListWidgetItem *late =
        list->findItems(QStringLiteral("Late registrations"), Qt::MatchStartsWith).value(0);
    REQUIRE(late);
    CHECK(late->text().contains(QString::number(expected.lateRegistrations)));
    list->scrollToItem(late);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(late).center());
    REQUIRE(rules.size() == 2);
    CHECK(rules.at(1).at(0).toString() == BalancePage::lateRegistrationsRule());
}

TEST_CASE("the targets dialog takes equal shares or percentages adding up to 100", "[report-ui]")
{
    TargetsDialog dialog{BalanceTargets()};
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK(dialog.targets() == BalanceTargets());
    CHECK(dialog.problem().isEmpty());
    CHECK(ok->isEnabled());

    dialog.customButton(Dimension::Gender)->setChecked(true);
    CHECK(dialog.problem().isEmpty()); // starts from the shares in force: 50 + 50
    dialog.percentBox(Dimension::Gender, QStringLiteral("woman"))->setValue(60.0);
    CHECK_FALSE(ok->isEnabled());
    CHECK(dialog.problem().contains(QStringLiteral("Gender")));
    CHECK(dialog.problem().contains(QStringLiteral("110.0%")));
    CHECK(dialog.problem().contains(QStringLiteral("10.0 points too many")));
    dialog.percentBox(Dimension::Gender, QStringLiteral("man"))->setValue(30.0);
    CHECK(dialog.problem().contains(QStringLiteral("10.0 points short of 100")));
    dialog.percentBox(Dimension::Gender, QStringLiteral("man"))->setValue(40.0);
    CHECK(ok->isEnabled());

    // Equal thirteenths start as 7.7s and 7.6s adding up to 100, so the custom choice is
    // valid the moment it is picked (thirteen 7.7s would make 100.1).
    dialog.customButton(Dimension::Sector)->setChecked(true);
    CHECK(dialog.problem().isEmpty());
    CHECK(ok->isEnabled());
    dialog.equalButton(Dimension::Sector)->setChecked(true);

    // Thirds in tenths of a percent add up exactly.
    dialog.customButton(Dimension::Subregion)->setChecked(true);
    const QList<double> shares = {33.3, 33.3, 33.4, 0.0, 0.0};
    const QStringList codes = BalanceTargets::inScopeCategories(Dimension::Subregion);
    for (qsizetype i = 0; i < codes.size(); ++i)
        dialog.percentBox(Dimension::Subregion, codes.at(i))->setValue(shares.at(i));
    CHECK(dialog.problem().isEmpty());

    const BalanceTargets targets = dialog.targets();
    CHECK(targets.shares.value(Dimension::Gender).value(QStringLiteral("woman")) == Approx(0.6));
    CHECK(targets.shares.value(Dimension::Gender).value(QStringLiteral("man")) == Approx(0.4));
    CHECK(targets.shares.value(Dimension::Subregion).value(QStringLiteral("NCA")) == 0.0);
    CHECK_FALSE(targets.shares.contains(Dimension::Sector)); // equal shares: the defaults

    // Back to equal shares: nothing stored for that dimension.
    dialog.equalButton(Dimension::Gender)->setChecked(true);
    CHECK_FALSE(dialog.targets().shares.contains(Dimension::Gender));

    TargetsDialog reopened{targets};
    CHECK(reopened.customButton(Dimension::Gender)->isChecked());
    CHECK(reopened.equalButton(Dimension::Sector)->isChecked());
    CHECK(reopened.targets() == targets);
}

TEST_CASE("setting targets is one undoable step", "[report-ui]")
{
    const test::UiFixture fixture;
    DocumentSession session(openSample(fixture));
    const BalanceTargets before = session.store().balanceTargets();
    BalanceTargets after;
    after.shares.insert(Dimension::Gender,
                        {{QStringLiteral("woman"), 0.6}, {QStringLiteral("man"), 0.4}});
    QSignalSpy changed(&session, &DocumentSession::consultationChanged);
    session.undoStack()->push(new SetTargetsCommand(session, before, after));
    CHECK(session.store().balanceTargets() == after);
    CHECK(session.isModified());
    session.undoStack()->undo();
    CHECK(session.store().balanceTargets() == before);
    session.undoStack()->redo();
    CHECK(session.store().balanceTargets() == after);
    CHECK(changed.size() >= 3);
}

TEST_CASE("the renderer picks the locale's paper and paginates with page numbers", "[report-ui]")
{
    for (const char *name : {"en_US", "en_CA", "es_MX", "en_PH", "fr_CA"})
        CHECK(ReportRenderer::pageSizeFor(QLocale(QString::fromLatin1(name))).id() ==
              QPageSize::Letter);
    for (const char *name : {"th_TH", "en_GB", "fr_FR", "en_AU", "ja_JP", "C"})
        CHECK(ReportRenderer::pageSizeFor(QLocale(QString::fromLatin1(name))).id() ==
              QPageSize::A4);

    const test::UiFixture fixture;
    const std::unique_ptr<Document> document = openSample(fixture);
    const ReportDocument balance = BalanceReport::fromStore(document->store(), {}).document();
    const ReportRenderer renderer(balance);
    const QPageLayout portrait = renderer.pageLayout(QPageSize(QPageSize::A4));
    CHECK(portrait.orientation() == QPageLayout::Portrait);
    CHECK(renderer.pageLayout(QPageSize(QPageSize::A4), true).orientation() ==
          QPageLayout::Landscape);

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("balance.pdf"));
    const Result<int> pages = renderer.writePdf(path, portrait);
    REQUIRE(pages.ok());
    CHECK(*pages >= 5); // summary, then every stage from a new page
    CHECK(test::readAll(path).startsWith("%PDF-"));

    // A printer-like device: the same pages.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageLayout(portrait);
    CHECK(renderer.render(writer) == *pages);

    ParticipantsReport::Options options;
    options.landscape = true;
    const ReportDocument list =
        ParticipantsReport::fromStore(document->store(), options).document();
    const ReportRenderer listRenderer(list);
    CHECK(listRenderer.pageLayout(QPageSize(QPageSize::A4)).orientation() ==
          QPageLayout::Landscape);
    const Result<int> listPages =
        listRenderer.writePdf(folder.filePath(QStringLiteral("list.pdf")),
                              listRenderer.pageLayout(QPageSize(QPageSize::A4)));
    REQUIRE(listPages.ok());
    CHECK(*listPages > 5);

    // An unwritable path is an error for a person, not a crash.
    const Result<int> failed =
        renderer.writePdf(folder.filePath(QStringLiteral("missing/balance.pdf")), portrait);
    CHECK_FALSE(failed.ok());
    CHECK(failed.errorMessage().contains(QStringLiteral("balance.pdf")));
}

TEST_CASE("the renderer tells its progress and stops when asked, writing nothing", "[report-ui]")
{
    const test::UiFixture fixture;
    const std::unique_ptr<Document> document = openSample(fixture);
    const ReportDocument list =
        ParticipantsReport::fromStore(document->store(), ParticipantsReport::Options{}).document();
    ReportRenderer renderer(list);
    const QPageLayout layout = renderer.pageLayout(QPageSize(QPageSize::A4));
    QTemporaryDir folder;

    // Every row laid out, then every page painted, in order.
    int layoutCalls = 0;
    QList<int> painted;
    int paintedTotal = -1;
    renderer.setProgress([&](ReportRenderer::Step step, int done, int total) {
        if (step == ReportRenderer::Step::LayingOut) {
            CHECK(painted.isEmpty());
            CHECK(done <= total);
            ++layoutCalls;
        } else {
            painted.append(done);
            paintedTotal = total;
        }
        return true;
    });
    const Result<int> pages = renderer.writePdf(folder.filePath(QStringLiteral("all.pdf")), layout);
    REQUIRE(pages.ok());
    CHECK(layoutCalls >= 1); // the sample lists 334 people
    CHECK(paintedTotal == *pages);
    REQUIRE(painted.size() == *pages);
    for (int i = 0; i < painted.size(); ++i)
        CHECK(painted.at(i) == i);

    // Stopped while painting, or while laying out: the file there before is left alone.
    const QString path = folder.filePath(QStringLiteral("list.pdf"));
    test::writeAll(path, "the earlier export");
    for (const ReportRenderer::Step stopAt :
         {ReportRenderer::Step::Painting, ReportRenderer::Step::LayingOut}) {
        renderer.setProgress([stopAt](ReportRenderer::Step step, int done, int) {
            return step != stopAt || done < 2;
        });
        const Result<int> stopped = renderer.writePdf(path, layout);
        REQUIRE_FALSE(stopped.ok());
        CHECK(stopped.errorMessage().contains(QStringLiteral("stopped")));
        CHECK(test::readAll(path) == "the earlier export");
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        CHECK(renderer.render(writer) == 0);
    }
    CHECK(QDir(folder.path()).entryList(QDir::Files).size() == 2); // no temporary left

    // A printer: stopped while laying out, nothing is sent, not even a blank page; once
    // pages go out they cannot be taken back, so the run goes on to the end.
    const QString printed = folder.filePath(QStringLiteral("printed.pdf"));
    for (const ReportRenderer::Step stopAt :
         {ReportRenderer::Step::LayingOut, ReportRenderer::Step::Painting}) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        printer.setPageLayout(layout);
        renderer.setProgress([stopAt](ReportRenderer::Step step, int done, int) {
            return step != stopAt || done < 2;
        });
        const int sent = renderer.print(&printer);
        if (stopAt == ReportRenderer::Step::LayingOut) {
            CHECK(sent == 0);
            CHECK_FALSE(QFileInfo::exists(printed));
        } else {
            CHECK(sent == *pages);
            CHECK(test::readAll(printed).startsWith("%PDF-"));
        }
    }
}

TEST_CASE("report progress stops the work once Cancel is pressed", "[report-ui]")
{
    QWidget window;
    ReportProgress progress(&window, QStringLiteral("Export PDF"), ReportProgress::Stop::Anytime);
    const ReportRenderer::Progress callback = progress.callback();
    CHECK(callback(ReportRenderer::Step::LayingOut, 256, 1000));
    CHECK(callback(ReportRenderer::Step::Painting, 0, 40));
    auto *dialog = window.findChild<QProgressDialog *>(QStringLiteral("reportProgress"));
    REQUIRE(dialog);
    CHECK(dialog->maximum() == 40);
    CHECK(dialog->labelText().contains(QStringLiteral("1 of 40")));
    CHECK_FALSE(progress.wasCancelled());
    dialog->cancel();
    CHECK(progress.wasCancelled());
    CHECK_FALSE(callback(ReportRenderer::Step::Painting, 1, 40));

    // Printing: Cancel stops the layout; once pages go to the printer it is taken away.
    ReportProgress printing(&window, QStringLiteral("Print"), ReportProgress::Stop::WhileLayingOut);
    const ReportRenderer::Progress print = printing.callback();
    CHECK(print(ReportRenderer::Step::LayingOut, 256, 1000));
    auto dialogs = window.findChildren<QProgressDialog *>(QStringLiteral("reportProgress"));
    REQUIRE(dialogs.size() == 2);
    QProgressDialog *printDialog = dialogs.at(0) == dialog ? dialogs.at(1) : dialogs.at(0);
    CHECK(print(ReportRenderer::Step::Painting, 0, 40));
    CHECK(printDialog->findChildren<QPushButton *>().isEmpty());
    printDialog->cancel();
    CHECK(print(ReportRenderer::Step::Painting, 1, 40));
}

TEST_CASE("report actions export a PDF to the path the window chose", "[report-ui]")
{
    const test::UiFixture fixture;
    const std::unique_ptr<Document> document = openSample(fixture);
    QWidget window;
    ReportActions actions(&window);
    actions.setPageSize(QPageSize(QPageSize::Letter));
    BalanceReport::Options options;
    options.stage = Stage::Registered;
    const ReportDocument report = BalanceReport::fromStore(document->store(), options).document();
    CHECK(ReportActions::suggestedFileName(report).endsWith(QStringLiteral(".pdf")));
    ReportDocument awkward = report;
    awkward.title = QStringLiteral("A/B: \"C\" <D>?");
    CHECK(ReportActions::suggestedFileName(awkward) == QStringLiteral("A B C D.pdf"));

    QTemporaryDir folder;
    const Result<int> written = actions.exportPdf(report, folder.filePath(QStringLiteral("r.pdf")));
    REQUIRE(written.ok());
    CHECK(*written >= 2);
}

// Not run by default: `ui_tests "[.screenshot]"` with CONSULTA_SCREENSHOT_DIR set writes
// pictures of the dashboard and the targets dialog there, for people to look at.
TEST_CASE("dashboard screenshots", "[.screenshot]")
{
    const QString folder = qEnvironmentVariable("CONSULTA_SCREENSHOT_DIR");
    REQUIRE_FALSE(folder.isEmpty());
    const test::UiFixture fixture;
    const std::unique_ptr<Document> document = openSample(fixture);
    BalancePage page;
    resetFromStore(page, document->store(), document->store().balanceRecords());
    page.resize(1100, 900);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.refresh();
    QCoreApplication::processEvents();
    CHECK(page.grab().save(folder + QStringLiteral("/balance-page.png")));
    auto *content = page.dimensionView(Dimension::Gender)->parentWidget();
    content->resize(1080, content->sizeHint().height());
    CHECK(content->grab().save(folder + QStringLiteral("/balance-page-full.png")));

    TargetsDialog dialog{BalanceTargets()};
    dialog.customButton(Dimension::Gender)->setChecked(true);
    dialog.percentBox(Dimension::Gender, QStringLiteral("woman"))->setValue(60.0);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.grab().save(folder + QStringLiteral("/targets-dialog.png")));
}
