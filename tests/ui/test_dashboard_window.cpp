// The balance dashboard, its filters, printing and targets, driven through the real
// main window offscreen on a copy of the sample consultation. Figures are checked
// against counts computed here from the store's rows and against `consulta stats`.
#include "ScriptedPrompts.h"
#include "TestSupport.h"
#include "UiFixture.h"
#include "WindowAccess.h"

#include "BalanceDimensionView.h"
#include "BalanceFeed.h"
#include "BalancePage.h"
#include "DocumentController.h"
#include "DocumentSession.h"
#include "DocumentWidget.h"
#include "MainWindow.h"
#include "ParticipantFilterBar.h"
#include "ParticipantTableModel.h"
#include "ParticipantsPage.h"
#include "ReportOptionsDialog.h"
#include "StageSummary.h"
#include "TargetsDialog.h"
#include "balance/BalanceJson.h"
#include "reference/ReferenceData.h"
#include "report/ReportFormat.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace consulta;
using consulta::test::action;
using consulta::test::ScriptedPrompts;
using consulta::test::session;
using consulta::test::UiFixture;

namespace {

BalancePage *dashboard(MainWindow &window)
{
    REQUIRE(window.documentWidget() != nullptr);
    return window.documentWidget()->balancePage();
}

ParticipantsPage *participants(MainWindow &window)
{
    REQUIRE(window.documentWidget() != nullptr);
    return window.documentWidget()->participantsPage();
}

// The dashboard's figures as `stats --json` prints them.
QJsonObject dashboardJson(MainWindow &window)
{
    DocumentSession &s = session(window);
    return statsJson(s.consultation(), dashboard(window)->figures(), s.store().organizationNames());
}

void openAndShowDashboard(MainWindow &window, const QString &path)
{
    REQUIRE(window.openFile(path));
    window.resize(1300, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    action(window, "actionPage3")->trigger();
    REQUIRE(window.documentWidget()->currentPage() == DocumentWidget::Page::Balance);
    QCoreApplication::processEvents();
}

void clickCategory(BalancePage *page, Dimension dimension, const QString &code)
{
    const BalanceDimensionView *view = page->dimensionView(dimension);
    QTableWidget *table = view->table();
    const int row = int(view->rowCodes().indexOf(code));
    REQUIRE(row >= 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualItemRect(table->item(row, 0)).center());
}

void clickRule(BalancePage *page, QListWidgetItem *item)
{
    REQUIRE(item != nullptr);
    QListWidget *list = page->rulesList();
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
}

// Counted here from the stored rows, not through the index or the tally.
int countOf(const ConsultationStore &store, Stage stage, Dimension dimension, const QString &code)
{
    QHash<qint64, QString> categories;
    for (const Organization &organization : store.organizations())
        categories.insert(organization.id, organization.category);
    const ReferenceData &reference = ReferenceData::instance();
    int count = 0;
    for (const Participant &p : store.participants()) {
        if (!isInStage(p.status, stage))
            continue;
        QString value;
        switch (dimension) {
        case Dimension::Gender:
            value = genderCode(p.gender);
            break;
        case Dimension::Subregion:
            value = reference.subregionOf(p.country);
            break;
        case Dimension::Sector: {
            const QString category = categories.value(p.organizationId);
            value = reference.category(category) ? category : QStringLiteral("unknown");
            break;
        }
        }
        if (value == code)
            ++count;
    }
    return count;
}

QList<qint64> shownIds(ParticipantTableModel *model)
{
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->idAt(row));
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString withoutSpaces(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                                QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    // Noto Sans draws "fi" and "fl" as ligatures; spell them out again.
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    text.replace(QChar(0xFB01), QStringLiteral("fi"));
    text.replace(QChar(0xFB02), QStringLiteral("fl"));
    return text;
}

} // namespace

TEST_CASE("The dashboard shows the numbers of consulta stats", "[ui][dashboard]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    // The command line reads the file before the window locks it.
    QProcess stats;
    stats.start(QStringLiteral(CONSULTA_BINARY_DIR "/consulta"),
                {QStringLiteral("stats"), fixture.samplePath(), QStringLiteral("--json")});
    REQUIRE(stats.waitForFinished(60000));
    REQUIRE(stats.exitCode() == 0);
    const QJsonObject cli = QJsonDocument::fromJson(stats.readAllStandardOutput()).object();
    REQUIRE_FALSE(cli.isEmpty());

    MainWindow window;
    openAndShowDashboard(window, fixture.samplePath());
    CHECK(dashboardJson(window) == cli);

    // What the widgets show: every stage's overall score, the registered stage's counts.
    BalancePage *page = dashboard(window);
    const QJsonObject stages = cli.value(QStringLiteral("stages")).toObject();
    for (Stage stage : allStages()) {
        page->setStage(stage);
        const QJsonObject figures = stages.value(stageCode(stage)).toObject();
        CHECK(page->overallText().contains(
            formatScore(figures.value(QStringLiteral("overall")).toDouble())));
        CHECK(page->overallText().contains(
            QString::number(figures.value(QStringLiteral("total")).toInt())));
        const QJsonObject subregions = figures.value(QStringLiteral("dimensions"))
                                           .toObject()
                                           .value(QStringLiteral("subregion"))
                                           .toObject();
        const BalanceDimensionView *view = page->dimensionView(Dimension::Subregion);
        const QJsonObject pac = subregions.value(QStringLiteral("categories"))
                                    .toObject()
                                    .value(QStringLiteral("PAC"))
                                    .toObject();
        const int row = int(view->rowCodes().indexOf(QStringLiteral("PAC")));
        CHECK(view->table()->item(row, 1)->text() ==
              QString::number(pac.value(QStringLiteral("count")).toInt()));
    }
    // The status bar carries the counts per stage and the shown stage's score.
    const QString summary = window.findChild<StageSummary *>()->text();
    CHECK(summary.contains(QStringLiteral("Registered: %1")
                               .arg(stages.value(QStringLiteral("registered"))
                                        .toObject()
                                        .value(QStringLiteral("total"))
                                        .toInt())));
    CHECK(summary.contains(formatScore(stages.value(QStringLiteral("attended"))
                                           .toObject()
                                           .value(QStringLiteral("overall"))
                                           .toDouble())));
}

TEST_CASE("The dashboard follows status changes, undo and redo, feeding only who changed",
          "[ui][dashboard]")
{
    ScriptedPrompts prompts;
    prompts.warningChoice = Prompts::WarningChoice::Proceed;
    UiFixture fixture;
    MainWindow window;
    openAndShowDashboard(window, fixture.samplePath());
    const QJsonObject before = dashboardJson(window);
    const BalanceFeed &feed = window.documentWidget()->balanceFeed();
    const qint64 fedBefore = feed.recordsFed();

    // Three identified people registered.
    QList<qint64> ids;
    for (const Participant &p : session(window).store().participants()) {
        if (p.status == Status::Identified && ids.size() < 3)
            ids.append(p.id);
    }
    REQUIRE(ids.size() == 3);
    action(window, "actionPage1")->trigger();
    participants(window)->selectIds(ids);
    action(window, "actionRegister")->trigger();
    QCoreApplication::processEvents();
    CHECK(feed.recordsFed() == fedBefore + 3);
    const QJsonObject registered = dashboardJson(window);
    CHECK(registered != before);
    const auto total = [](const QJsonObject &json, const char *stage) {
        return json.value(QStringLiteral("stages"))
            .toObject()
            .value(QString::fromLatin1(stage))
            .toObject()
            .value(QStringLiteral("total"))
            .toInt();
    };
    CHECK(total(registered, "registered") == total(before, "registered") + 3);
    CHECK(total(registered, "pool") == total(before, "pool"));
    // A fresh computation from the file agrees.
    {
        BalanceTally tally;
        for (const BalanceRecord &record : session(window).store().balanceRecords())
            tally.add(record);
        const ConsultationStore &store = session(window).store();
        CHECK(statsJson(
                  store.consultation(),
                  BalanceCalculator(store.consultation(), store.balanceTargets()).compute(tally),
                  store.organizationNames()) == registered);
    }

    session(window).undoStack()->undo();
    QCoreApplication::processEvents();
    CHECK(dashboardJson(window) == before);
    CHECK(feed.recordsFed() == fedBefore + 6);
    session(window).undoStack()->redo();
    CHECK(dashboardJson(window) == registered);

    // Deleting and undoing brings the same figures back.
    participants(window)->selectIds(ids);
    action(window, "actionDeleteParticipants")->trigger();
    CHECK(total(dashboardJson(window), "pool") == total(before, "pool") - 3);
    session(window).undoStack()->undo();
    CHECK(dashboardJson(window) == registered);
}

TEST_CASE("Clicking a category or a rule filters the participants table to those people",
          "[ui][dashboard]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    openAndShowDashboard(window, fixture.samplePath());
    BalancePage *page = dashboard(window);
    ParticipantsPage *list = participants(window);
    ParticipantTableModel *model = list->model();
    const ConsultationStore &store = session(window).store();
    const int everyone = store.participantCount();

    page->setStage(Stage::Invited);
    clickCategory(page, Dimension::Subregion, QStringLiteral("PAC"));
    CHECK(window.documentWidget()->currentPage() == DocumentWidget::Page::Participants);
    const int pac = countOf(store, Stage::Invited, Dimension::Subregion, QStringLiteral("PAC"));
    REQUIRE(pac > 0);
    CHECK(model->rowCount() == pac);
    CHECK(list->filterBar()->filter().stage == Stage::Invited);
    CHECK(list->filterBar()->filter().subregion == QStringLiteral("PAC"));
    // The chip names what was clicked; its ✕ shows everyone again in one click.
    auto *categoryChip = list->filterBar()->findChild<QWidget *>(QStringLiteral("ruleFilter"));
    REQUIRE(categoryChip != nullptr);
    CHECK(categoryChip->isVisibleTo(&window));
    CHECK(list->filterBar()->findChild<QLabel *>()->text().isEmpty() == false);
    QTest::mouseClick(list->filterBar()->ruleClearButton(), Qt::LeftButton);
    CHECK(model->rowCount() == everyone);
    CHECK(list->filterBar()->filter().isEmpty());
    CHECK_FALSE(categoryChip->isVisibleTo(&window));
    action(window, "actionPage3")->trigger();
    clickCategory(page, Dimension::Subregion, QStringLiteral("PAC"));
    CHECK(model->rowCount() == pac);
    CHECK(page->dimensionView(Dimension::Subregion)
              ->table()
              ->item(int(page->dimensionView(Dimension::Subregion)
                             ->rowCodes()
                             .indexOf(QStringLiteral("PAC"))),
                     1)
              ->text() == QString::number(pac));

    // Another dimension, another stage, an excluded category.
    action(window, "actionPage3")->trigger();
    page->setStage(Stage::Registered);
    clickCategory(page, Dimension::Gender, QStringLiteral("woman"));
    CHECK(model->rowCount() ==
          countOf(store, Stage::Registered, Dimension::Gender, QStringLiteral("woman")));
    CHECK(list->filterBar()->filter().subregion.isEmpty()); // the earlier filter is gone
    action(window, "actionPage3")->trigger();
    page->setStage(Stage::Pool);
    clickCategory(page, Dimension::Sector, QStringLiteral("unknown"));
    CHECK(model->rowCount() ==
          countOf(store, Stage::Pool, Dimension::Sector, QStringLiteral("unknown")));
    CHECK_FALSE(list->filterBar()->filter().stage.has_value());

    // The late registrations: registered stage, after the deadline.
    const Consultation consultation = store.consultation();
    QList<qint64> late;
    QHash<qint64, QList<qint64>> registeredPerOrganization;
    for (const Participant &p : store.participants()) {
        if (!isInStage(p.status, Stage::Registered))
            continue;
        if (p.registeredAt.isValid() && p.registeredAt > consultation.registrationDeadline)
            late.append(p.id);
        if (p.organizationId != 0)
            registeredPerOrganization[p.organizationId].append(p.id);
    }
    std::sort(late.begin(), late.end());
    REQUIRE_FALSE(late.isEmpty());
    action(window, "actionPage3")->trigger();
    clickRule(page, page->rulesList()
                        ->findItems(QStringLiteral("Late registrations"), Qt::MatchStartsWith)
                        .value(0));
    CHECK(window.documentWidget()->currentPage() == DocumentWidget::Page::Participants);
    CHECK(shownIds(model) == late);
    QLabel *chip = list->filterBar()->ruleLabel();
    CHECK(chip->isVisibleTo(&window));
    CHECK(chip->text() == QStringLiteral("Late registrations"));

    // One organization over the limit: its registered people.
    action(window, "actionPage3")->trigger();
    const BalanceRules rules = page->figures().rules;
    REQUIRE_FALSE(rules.overOrganizationLimit.isEmpty());
    const OrganizationCount over = rules.overOrganizationLimit.constFirst();
    clickRule(page, page->rulesList()->item(1));
    QList<qint64> members = registeredPerOrganization.value(over.organizationId);
    std::sort(members.begin(), members.end());
    CHECK(members.size() == over.count);
    CHECK(shownIds(model) == members);
    CHECK(chip->text().contains(store.organizationNames().value(over.organizationId)));

    // Every organization over the limit.
    action(window, "actionPage3")->trigger();
    clickRule(page, page->rulesList()->item(0));
    int overTotal = 0;
    for (const OrganizationCount &o : rules.overOrganizationLimit)
        overTotal += o.count;
    CHECK(model->rowCount() == overTotal);

    // The chip clears the rule and shows everyone again.
    QTest::mouseClick(list->filterBar()->ruleClearButton(), Qt::LeftButton);
    CHECK_FALSE(chip->isVisibleTo(&window));
    CHECK(model->rowCount() == everyone);
}

TEST_CASE("Over capacity shows the latest registrations beyond it", "[ui][dashboard]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    openAndShowDashboard(window, fixture.samplePath());
    BalancePage *page = dashboard(window);
    ConsultationStore &store = session(window).store();
    const int registered = page->figures().stage(Stage::Registered).total;
    REQUIRE(registered > 10);
    Consultation changed = store.consultation();
    changed.capacity = registered - 7;
    REQUIRE(store.setConsultation(changed).ok());
    session(window).notifyConsultation();
    page->refresh();
    CHECK(page->figures().rules.overCapacity == 7);

    // The seven who registered last (times are distinct in the sample, or ties by id).
    struct Registered
    {
        QDateTime at;
        qint64 id;
    };
    QList<Registered> all;
    for (const Participant &p : store.participants()) {
        if (isInStage(p.status, Stage::Registered))
            all.append({p.registeredAt, p.id});
    }
    std::sort(all.begin(), all.end(), [](const Registered &a, const Registered &b) {
        if (a.at.isValid() != b.at.isValid())
            return a.at.isValid();
        if (a.at != b.at)
            return a.at < b.at;
        return a.id < b.id;
    });
    QList<qint64> expected;
    for (qsizetype i = changed.capacity; i < all.size(); ++i)
        expected.append(all.at(i).id);
    std::sort(expected.begin(), expected.end());

    clickRule(page, page->rulesList()
                        ->findItems(QStringLiteral("Over the capacity"), Qt::MatchStartsWith)
                        .value(0));
    CHECK(shownIds(participants(window)->model()) == expected);
}

TEST_CASE("Export PDF asks for the report and the file, then writes it", "[ui][dashboard]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    openAndShowDashboard(window, fixture.samplePath());
    dashboard(window)->setStage(Stage::Invited);

    QStringList asked;
    std::optional<Stage> offeredStage;
    prompts.onDialog = [&](QDialog &dialog) {
        asked.append(QString::fromLatin1(dialog.metaObject()->className()));
        if (auto *options = qobject_cast<ReportOptionsDialog *>(&dialog)) {
            offeredStage = options->balanceOptions().stage;
            options->setKind(ReportOptionsDialog::Kind::Balance);
            return int(QDialog::Accepted);
        }
        return int(QDialog::Rejected);
    };
    const QString pdf = fixture.path(QStringLiteral("balance.pdf"));
    prompts.exportPath = pdf;
    action(window, "actionExportPdf")->trigger();
    CHECK(asked == QStringList{QStringLiteral("consulta::ReportOptionsDialog")});
    CHECK(offeredStage == Stage::Invited); // the dashboard's stage is the default
    CHECK(prompts.exportCount == 1);
    CHECK(QFileInfo(prompts.lastExportSuggestion).fileName().endsWith(QStringLiteral(".pdf")));
    CHECK(prompts.errors.isEmpty());
    REQUIRE(QFileInfo::exists(pdf));
    const QString text = pdfText(pdf);
    // pdftotext breaks the title's lines where the page does.
    CHECK(withoutSpaces(text).contains(withoutSpaces(session(window).consultation().title)));
    const StageFigures invited = dashboard(window)->figures().stage(Stage::Invited);
    CHECK(text.contains(QStringLiteral("Invited stage: %1 people, overall score %2")
                            .arg(invited.total)
                            .arg(formatScore(invited.overall))));

    // The participants list, through the same flow.
    prompts.onDialog = [&](QDialog &dialog) {
        if (auto *options = qobject_cast<ReportOptionsDialog *>(&dialog)) {
            options->setKind(ReportOptionsDialog::Kind::Participants);
            options->setStage(std::nullopt); // everyone
            return int(QDialog::Accepted);
        }
        return int(QDialog::Rejected);
    };
    const QString listPdf = fixture.path(QStringLiteral("list.pdf"));
    prompts.exportPath = listPdf;
    action(window, "actionExportPdf")->trigger();
    REQUIRE(QFileInfo::exists(listPdf));
    const QString listText = pdfText(listPdf);
    int latinNames = 0;
    for (const Participant &p : session(window).store().participants()) {
        const QString name = p.givenName + QLatin1Char(' ') + p.familyName;
        if (name.toLatin1() == name.toUtf8()) { // plain ASCII: pdftotext gives it back as is
            CHECK(listText.contains(name));
            ++latinNames;
        }
    }
    CHECK(latinNames > 10);

    // Cancelling the file chooser writes nothing; cancelling the options asks no more.
    prompts.exportPath.clear();
    const int exports = prompts.exportCount;
    action(window, "actionExportPdf")->trigger();
    CHECK(prompts.exportCount == exports + 1);
    prompts.onDialog = {};
    action(window, "actionExportPdf")->trigger();
    CHECK(prompts.exportCount == exports + 1);
}

TEST_CASE("Print Preview and Print go through the prompts", "[ui][dashboard]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    openAndShowDashboard(window, fixture.samplePath());
    QStringList asked;
    prompts.onDialog = [&](QDialog &dialog) {
        asked.append(QString::fromLatin1(dialog.metaObject()->className()));
        return int(qobject_cast<ReportOptionsDialog *>(&dialog) ? QDialog::Accepted
                                                                : QDialog::Rejected);
    };
    action(window, "actionPrintPreview")->trigger();
    CHECK(asked == QStringList{QStringLiteral("consulta::ReportOptionsDialog"),
                               QStringLiteral("QPrintPreviewDialog")});
    asked.clear();
    QAction *print = action(window, "actionPrint");
    CHECK(print->shortcut() == QKeySequence(QKeySequence::Print));
    print->trigger();
    CHECK(asked.value(0) == QStringLiteral("consulta::ReportOptionsDialog"));
    CHECK(asked.value(1) == QStringLiteral("QPrintDialog"));
}

TEST_CASE("Balance Targets sets targets undoably and the dashboard follows", "[ui][dashboard]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    openAndShowDashboard(window, fixture.samplePath());
    BalancePage *page = dashboard(window);
    const BalanceTargets before = session(window).store().balanceTargets();
    const auto womanTarget = [&] {
        return page->figures()
            .stage(Stage::Registered)
            .dimension(Dimension::Gender)
            .category(QStringLiteral("woman"))
            ->target;
    };
    CHECK(womanTarget() == Approx(0.5));

    prompts.onDialog = [](QDialog &dialog) {
        auto *targets = qobject_cast<TargetsDialog *>(&dialog);
        REQUIRE(targets != nullptr);
        targets->customButton(Dimension::Gender)->setChecked(true);
        targets->percentBox(Dimension::Gender, QStringLiteral("woman"))->setValue(60.0);
        targets->percentBox(Dimension::Gender, QStringLiteral("man"))->setValue(40.0);
        return int(QDialog::Accepted);
    };
    action(window, "actionBalanceTargets")->trigger();
    const BalanceTargets after = session(window).store().balanceTargets();
    CHECK(after.shares.value(Dimension::Gender).value(QStringLiteral("woman")) == Approx(0.6));
    CHECK(womanTarget() == Approx(0.6));
    CHECK(window.isWindowModified());
    CHECK(session(window).undoStack()->count() == 1);

    session(window).undoStack()->undo();
    CHECK(session(window).store().balanceTargets() == before);
    CHECK(womanTarget() == Approx(0.5));
    session(window).undoStack()->redo();
    CHECK(womanTarget() == Approx(0.6));

    // Cancelled or unchanged: nothing pushed.
    prompts.onDialog = [](QDialog &) { return int(QDialog::Rejected); };
    action(window, "actionBalanceTargets")->trigger();
    prompts.onDialog = [](QDialog &) { return int(QDialog::Accepted); };
    action(window, "actionBalanceTargets")->trigger();
    CHECK(session(window).undoStack()->count() == 1);
}

// Not run by default: `ui_tests "[.dashboard-screenshot]"` with CONSULTA_SCREENSHOT_DIR set
// writes the real window on the sample's dashboard, and the table filtered by a click.
TEST_CASE("window dashboard screenshots", "[.dashboard-screenshot]")
{
    const QString folder = qEnvironmentVariable("CONSULTA_SCREENSHOT_DIR");
    REQUIRE_FALSE(folder.isEmpty());
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    openAndShowDashboard(window, fixture.samplePath());
    window.resize(1400, 900);
    QTest::qWait(300);
    CHECK(window.grab().save(folder + QStringLiteral("/window-dashboard.png")));
    clickRule(dashboard(window),
              dashboard(window)
                  ->rulesList()
                  ->findItems(QStringLiteral("Late registrations"), Qt::MatchStartsWith)
                  .value(0));
    QTest::qWait(300);
    CHECK(window.grab().save(folder + QStringLiteral("/window-late.png")));
}
